using Hotline.Contracts.Orders;
using Hotline.Contracts.Reviews;
using Hotline.Domain;
using Hotline.Domain.Categories;
using Hotline.Domain.Reference;
using Hotline.Domain.Reviews;

namespace Hotline.Grains.Reviews;

/// <summary>
/// The city's rule book: reads every rule from the store on activation (seeding an empty table when a seed is
/// registered), keeps the rules in force as a <see cref="ReviewRuleSet"/>, and rebuilds it on every change, so the
/// next evaluation applies the change. One activation serialises the changes; the store is the record.
/// </summary>
public sealed partial class ReviewRuleBookGrain(
    IReviewRuleStore store,
    IEnumerable<IReviewRuleSeed> seeds,
    CategoryTree categories,
    ReferenceData reference,
    TimeProvider time,
    ILogger<ReviewRuleBookGrain> logger) : Grain, IReviewRuleBookGrain
{
    private readonly Dictionary<string, ReviewRule> _rules = new(StringComparer.Ordinal);
    private ReviewRuleSet _inForce = ReviewRuleSet.Empty;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var rules = await store.All(cancellationToken);
        if (rules.Count == 0 && seeds.FirstOrDefault() is { } seed)
        {
            rules = seed.Rules(time.GetUtcNow());
            await store.Import(rules, cancellationToken);
            LogSeeded(rules.Count);
        }
        foreach (var rule in rules) _rules[rule.Id] = rule;
        Rebuild();
    }

    public Task<ReviewRulePage> List(ReviewRuleQuery query)
    {
        var status = Codes.TryParse<ReviewRuleStatus>(query.Status, out var s) ? s : ReviewRuleStatus.Active;
        var text = query.Query?.Trim();
        var matching = _rules.Values
            .Where(r => r.Status == status && (string.IsNullOrEmpty(text) || r.Mentions(text)))
            // Newest first; among the seeded ones the centre's own rules before the generated per-leaf ones.
            .OrderByDescending(r => r.CreatedAt)
            .ThenBy(r => r.Id.StartsWith("RG-", StringComparison.Ordinal))
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();
        var size = Math.Clamp(query.PageSize, 1, 200);
        var page = Math.Max(1, query.Page);
        var items = matching.Skip((page - 1) * size).Take(size).Select(r => r.ToDto()).ToArray();
        return Task.FromResult(new ReviewRulePage(items, matching.Length, page, size));
    }

    public Task<ReviewRuleDto?> Get(string id) => Task.FromResult(_rules.GetValueOrDefault(id)?.ToDto());

    public async Task<ReviewRuleResult> Add(AddReviewRule command)
    {
        var draft = command.ToDraft();
        var errors = new ReviewRuleValidator(categories, reference).Check(draft);
        if (errors.Count > 0)
            return ReviewRuleResult.Fail(new OrderError(OrderErrorKind.Invalid, ReviewBookTexts.Invalid, errors, null));
        var now = time.GetUtcNow();
        var rule = ReviewRuleValidator.ToRule(draft, NewId(now), command.Actor, now);
        await store.Save(rule);
        _rules[rule.Id] = rule;
        Rebuild();
        LogAdded(rule.Id, rule.Name, command.Actor);
        return ReviewRuleResult.Ok(rule.ToDto());
    }

    public async Task<ReviewRuleResult> Retire(RetireReviewRule command)
    {
        if (!_rules.TryGetValue(command.Id, out var rule))
            return ReviewRuleResult.Fail(new OrderError(OrderErrorKind.NotFound, ReviewTexts.NotFound(command.Id), new Dictionary<string, string[]>(), null));
        if (!rule.IsActive)
            return ReviewRuleResult.Fail(new OrderError(OrderErrorKind.Conflict, ReviewTexts.AlreadyRetired, new Dictionary<string, string[]>(), Codes.Of(rule.Status)));
        var retired = rule.Retire(command.Actor, time.GetUtcNow());
        await store.Save(retired);
        _rules[retired.Id] = retired;
        Rebuild();
        LogRetired(retired.Id, command.Actor);
        return ReviewRuleResult.Ok(retired.ToDto());
    }

    public Task<ReviewCheckReport> Evaluate(ReplyUnderReviewDto reply, string stage)
    {
        IReadOnlyList<RuleResult> results = Codes.TryParse<ReviewStage>(stage, out var s) ? _inForce.Evaluate(reply.ToDomain(), s) : [];
        return Task.FromResult(results.ToReport(stage));
    }

    private void Rebuild() => _inForce = new ReviewRuleSet(_rules.Values.OrderBy(r => r.Id, StringComparer.Ordinal));

    /// <summary>Readable and sortable; one activation hands them out, so a clash is only two adds in one millisecond.</summary>
    private string NewId(DateTimeOffset now)
    {
        var id = $"RU-{now:yyMMddHHmmssfff}";
        for (var n = 2; _rules.ContainsKey(id); n++) id = $"RU-{now:yyMMddHHmmssfff}-{n}";
        return id;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Review rules seeded: {Count}")]
    private partial void LogSeeded(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Review rule {Id} ({Name}) added by {Actor}")]
    private partial void LogAdded(string id, string name, string actor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Review rule {Id} retired by {Actor}")]
    private partial void LogRetired(string id, string actor);
}
