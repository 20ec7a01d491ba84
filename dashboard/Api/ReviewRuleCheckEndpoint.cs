using Hotline.Contracts.Orders;
using Hotline.Contracts.Reviews;
using Hotline.Dashboard.Auth;
using Hotline.Domain;
using Hotline.Domain.Reviews;

namespace Hotline.Dashboard.Api;

/// <summary>
/// POST /api/orders/{id}/review-check: the rules of a stage applied to the handler's draft (自检) or to the lead's
/// latest reply (部门审核 / 中心审核). It changes nothing; the review itself is POST /api/orders/{id}/review.
/// </summary>
public static class ReviewCheckEndpoint
{
    public static async Task<IResult> Check(string id, HttpContext context, IClusterClient client)
    {
        var (body, error) = await JsonBody.Read<ReviewCheckRequest>(context);
        if (error is not null) return error;
        var user = context.User;
        // Another department's order is a 404 to a department user, as everywhere.
        if (await client.GetGrain<IWorkOrderGrain>(id).Get() is not { } order || !user.CanSee(order))
            return Problems.NotFound(ApiTexts.OrderNotFound(id));
        if (!Codes.TryParse<ReviewStage>(body!.Stage?.Trim(), out var stage))
            return Problems.Invalid("stage", ReviewRuleTexts.UnknownStage(Codes.Allowed<ReviewStage>()));

        ReplyUnderReviewDto reply;
        if (stage == ReviewStage.SelfCheck)
        {
            if (string.IsNullOrWhiteSpace(body.Content)) return Problems.Invalid("content", ReviewRuleTexts.DraftRequired);
            if (body.Evidence?.Any(string.IsNullOrWhiteSpace) == true) return Problems.Invalid("evidence", ReviewRuleTexts.BlankEvidence);
            // A co-handler checks its own draft; anyone else checks on the lead's behalf.
            var department = user.IsDepartmentUser() ? user.DepartmentCode() ?? "" : order.Lead ?? "";
            reply = Facts(order, department) with
            {
                Content = body.Content,
                Evidence = body.Evidence ?? [],
                Final = body.Final ?? false,
                EarlierReplies = order.Replies.Where(r => r.Department == department).Select(r => r.Content).ToArray(),
            };
        }
        else
        {
            var replies = order.Replies.Where(r => r.Department == order.Lead).ToArray();
            if (order.Lead is null || replies.Length == 0)
                return Problems.Conflict(ReviewRuleTexts.NoReplyToCheck, order.Status, order.StatusText);
            var latest = replies[^1];
            reply = Facts(order, order.Lead) with
            {
                Content = latest.Content,
                Evidence = latest.Evidence,
                Final = latest.Final,
                EarlierReplies = replies[..^1].Select(r => r.Content).ToArray(),
            };
        }
        return Results.Ok(await ReviewRuleEndpoints.Book(client).Evaluate(reply, Codes.Of(stage)));
    }

    private static ReplyUnderReviewDto Facts(OrderSnapshot order, string department) => new()
    {
        OrderId = order.Id,
        Topic = order.Category,
        CategoryCode = order.CategoryCode,
        Department = department,
        OrderTitle = order.Title,
        OrderContent = order.Content,
    };
}
