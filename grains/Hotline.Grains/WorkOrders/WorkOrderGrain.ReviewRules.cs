using Hotline.Contracts.Reviews;
using Hotline.Domain.WorkOrders;

namespace Hotline.Grains.WorkOrders;

public sealed partial class WorkOrderGrain
{
    /// <summary>
    /// The blocking review rules (必改) of the level's stage that the lead's latest reply fails. A review may only
    /// pass a reply that meets them; rejecting it stays open. Asked only when the order is at that level's step, so
    /// an order elsewhere gets the domain's own 409 with its status.
    /// </summary>
    private async Task<IReadOnlyList<string>> BlockingRuleFailures(ReviewLevel level)
    {
        var order = Data!;
        var atStep = level == ReviewLevel.Department ? order.Status == OrderStatus.Replied : order.Status == OrderStatus.UnderReview;
        var replies = order.Replies.Where(r => r.Department == order.Lead).ToArray();
        if (!atStep || order.Lead is null || replies.Length == 0) return [];

        var latest = replies[^1];
        var reply = new ReplyUnderReviewDto
        {
            OrderId = order.Id,
            Topic = order.Category,
            CategoryCode = order.CategoryCode,
            Department = order.Lead,
            OrderTitle = order.Title,
            OrderContent = order.Content,
            Content = latest.Content,
            Evidence = [.. latest.Evidence],
            Final = latest.Final,
            EarlierReplies = replies[..^1].Select(r => r.Content).ToArray(),
        };
        var report = await GrainFactory.GetGrain<IReviewRuleBookGrain>(IReviewRuleBookGrain.CityKey)
            .Evaluate(reply, Domain.Codes.Of(level));
        return report.Results.Where(r => r.Blocking && !r.Passed).Select(r => r.Name).ToArray();
    }
}
