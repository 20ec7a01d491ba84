using Hotline.Domain.Categories;
using Hotline.Domain.Reference;
using Hotline.Domain.Reviews.Checks;

namespace Hotline.Domain.Reviews;

/// <summary>
/// Checks a proposed rule against the city's data: every field that is wrong is named at once (field names as the
/// API spells them), and nothing becomes a rule until all are right.
/// </summary>
public sealed class ReviewRuleValidator(CategoryTree categories, ReferenceData reference)
{
    public const int NameMax = 50;
    public const int DescriptionMax = 500;
    public const int MinMax = 5000;

    /// <summary>The field errors; empty when the draft is a valid rule.</summary>
    public IReadOnlyDictionary<string, string[]> Check(ReviewRuleDraft draft)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
            list.Add(message);
        }

        if (string.IsNullOrWhiteSpace(draft.Name)) Add("name", ReviewTexts.NameRequired);
        else if (draft.Name.Trim().Length > NameMax) Add("name", ReviewTexts.TooLong(ReviewTexts.FieldName, NameMax));
        if (draft.Description is { Length: > DescriptionMax }) Add("description", ReviewTexts.TooLong(ReviewTexts.FieldDescription, DescriptionMax));

        var match = draft.Match;
        foreach (var topic in match.Topics.Where(t => categories.FindTopic(t) is null)) Add("match.topics", ReviewTexts.UnknownTopic(topic));
        foreach (var code in match.CategoryCodes.Where(c => categories.Find(c) is null)) Add("match.categoryCodes", ReviewTexts.UnknownCategory(code));
        foreach (var code in match.Departments.Where(d => reference.FindDepartment(d) is null)) Add("match.departments", ReviewTexts.UnknownDepartment(code));
        if (match.Keywords.Any(string.IsNullOrWhiteSpace)) Add("match.keywords", ReviewTexts.BlankKeyword);

        var check = draft.Check;
        var kind = ReplyChecks.Find(check.Kind);
        if (string.IsNullOrWhiteSpace(check.Kind)) Add("check.kind", ReviewTexts.KindRequired);
        else if (kind is null) Add("check.kind", ReviewTexts.UnknownKind(ReplyChecks.Allowed));
        if (check.Terms.Any(string.IsNullOrWhiteSpace)) Add("check.terms", ReviewTexts.BlankTerm);
        else if (kind is { NeedsTerms: true } && check.Terms.Count == 0) Add("check.terms", ReviewTexts.TermsRequired);
        if (check.Min is { } min && (min < 1 || min > MinMax)) Add("check.min", ReviewTexts.MinRange);
        else if (kind is { NeedsMin: true } && check.Min is null) Add("check.min", ReviewTexts.MinRequired);

        var allowed = Codes.Allowed<ReviewStage>();
        if (draft.Stages.Count == 0) Add("stages", ReviewTexts.StagesRequired(allowed));
        foreach (var stage in draft.Stages.Where(s => !Codes.TryParse<ReviewStage>(s, out _))) Add("stages", ReviewTexts.UnknownStage(stage, allowed));

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The rule a valid draft makes (call <see cref="Check"/> first).</summary>
    public static ReviewRule ToRule(ReviewRuleDraft draft, string id, string actor, DateTimeOffset now) => new()
    {
        Id = id,
        Name = draft.Name!.Trim(),
        Description = draft.Description?.Trim() ?? "",
        Match = new RuleMatch
        {
            Topics = Clean(draft.Match.Topics),
            CategoryCodes = Clean(draft.Match.CategoryCodes),
            Departments = Clean(draft.Match.Departments),
            Keywords = Clean(draft.Match.Keywords),
        },
        Check = draft.Check with { Kind = draft.Check.Kind.Trim(), Terms = Clean(draft.Check.Terms) },
        Stages = draft.Stages.Select(s => Codes.TryParse<ReviewStage>(s, out var stage) ? stage : throw new ArgumentException($"stage '{s}'"))
            .Distinct().Order().ToArray(),
        Blocking = draft.Blocking,
        Status = ReviewRuleStatus.Active,
        Version = 1,
        CreatedBy = actor,
        CreatedAt = now,
    };

    private static string[] Clean(IEnumerable<string> values) =>
        values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
}
