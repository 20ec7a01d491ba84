using Hotline.Contracts.Reviews;
using Hotline.Domain;
using Hotline.Domain.Reviews;
using Hotline.Domain.Reviews.Checks;

namespace Hotline.Grains.Reviews;

/// <summary>Domain rules and replies to and from their contract shapes.</summary>
internal static class ReviewRuleMapping
{
    public static ReviewRuleDto ToDto(this ReviewRule rule) => new()
    {
        Id = rule.Id,
        Name = rule.Name,
        Description = rule.Description,
        Match = new RuleMatchDto(rule.Match.Topics, rule.Match.CategoryCodes, rule.Match.Departments, rule.Match.Keywords),
        Check = new RuleCheckDto(rule.Check.Kind, rule.Check.Terms, rule.Check.Min),
        Stages = rule.Stages.Select(s => Codes.Of(s)).ToArray(),
        Blocking = rule.Blocking,
        Status = Codes.Of(rule.Status),
        StatusText = ReviewTexts.StatusText(rule.Status),
        Version = rule.Version,
        CreatedBy = rule.CreatedBy,
        CreatedAt = rule.CreatedAt,
        RetiredBy = rule.RetiredBy,
        RetiredAt = rule.RetiredAt,
        CheckText = ReplyChecks.Find(rule.Check.Kind)?.Text ?? rule.Check.Kind,
    };

    public static ReviewRuleDraft ToDraft(this AddReviewRule command) => new()
    {
        Name = command.Name,
        Description = command.Description,
        Match = new RuleMatch
        {
            Topics = command.Match.Topics ?? [],
            CategoryCodes = command.Match.CategoryCodes ?? [],
            Departments = command.Match.Departments ?? [],
            Keywords = command.Match.Keywords ?? [],
        },
        Check = new RuleCheck { Kind = command.Check.Kind ?? "", Terms = command.Check.Terms ?? [], Min = command.Check.Min },
        Stages = command.Stages ?? [],
        Blocking = command.Blocking,
    };

    public static ReplyUnderReview ToDomain(this ReplyUnderReviewDto reply) => new()
    {
        OrderId = reply.OrderId,
        Topic = reply.Topic,
        CategoryCode = reply.CategoryCode,
        Department = reply.Department,
        OrderTitle = reply.OrderTitle,
        OrderContent = reply.OrderContent,
        Content = reply.Content,
        Evidence = reply.Evidence,
        Final = reply.Final,
        EarlierReplies = reply.EarlierReplies,
    };

    public static ReviewCheckReport ToReport(this IReadOnlyList<RuleResult> results, string stage) => new(
        stage,
        results.Select(r => new RuleResultDto(r.RuleId, r.Name, r.Passed, r.Message, r.Blocking, r.Kind)).ToArray(),
        results.Count(r => r.Passed),
        results.Count(r => !r.Passed),
        results.Count(r => !r.Passed && r.Blocking));

    /// <summary>True when the rule's name, description, id, terms or match values contain the text.</summary>
    public static bool Mentions(this ReviewRule rule, string text) =>
        rule.Id.Contains(text, StringComparison.OrdinalIgnoreCase)
        || rule.Name.Contains(text, StringComparison.Ordinal)
        || rule.Description.Contains(text, StringComparison.Ordinal)
        || rule.Check.Kind.Contains(text, StringComparison.Ordinal)
        || rule.Check.Terms.Concat(rule.Match.Topics).Concat(rule.Match.CategoryCodes).Concat(rule.Match.Departments)
            .Concat(rule.Match.Keywords).Any(v => v.Contains(text, StringComparison.Ordinal));
}
