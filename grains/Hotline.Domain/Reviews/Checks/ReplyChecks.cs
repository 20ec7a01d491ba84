namespace Hotline.Domain.Reviews.Checks;

/// <summary>The check kinds rules may use, by code.</summary>
public static class ReplyChecks
{
    public const string MentionsAny = "mentions-any";
    public const string CitesRegulation = "cites-regulation";
    public const string IncludesContact = "includes-contact";
    public const string NotTemplate = "not-template";
    public const string EvidenceAttached = "evidence-attached";
    public const string MinLength = "min-length";
    public const string FinalSigned = "final-signed";

    public static IReadOnlyList<CheckKind> Kinds { get; } =
    [
        new(MentionsAny, ReviewTexts.KindMentionsAny, NeedsTerms: true, NeedsMin: false, c => new MentionsAnyCheck(c.Terms)),
        new(CitesRegulation, ReviewTexts.KindCitesRegulation, NeedsTerms: false, NeedsMin: false, c => new CitesRegulationCheck(c.Terms)),
        new(IncludesContact, ReviewTexts.KindIncludesContact, NeedsTerms: false, NeedsMin: false, c => new IncludesContactCheck(c.Terms)),
        new(NotTemplate, ReviewTexts.KindNotTemplate, NeedsTerms: false, NeedsMin: false, c => new NotTemplateCheck(c.Terms, c.Min)),
        new(EvidenceAttached, ReviewTexts.KindEvidenceAttached, NeedsTerms: false, NeedsMin: false, c => new EvidenceAttachedCheck(c.Min ?? 1)),
        new(MinLength, ReviewTexts.KindMinLength, NeedsTerms: false, NeedsMin: true, c => new MinLengthCheck(c.Min ?? 0)),
        new(FinalSigned, ReviewTexts.KindFinalSigned, NeedsTerms: false, NeedsMin: false, c => new FinalSignedCheck(c.Terms)),
    ];

    private static readonly Dictionary<string, CheckKind> ByCode = Kinds.ToDictionary(k => k.Code, StringComparer.Ordinal);

    public static CheckKind? Find(string? code) => code is null ? null : ByCode.GetValueOrDefault(code);

    public static string Allowed => string.Join(" | ", Kinds.Select(k => k.Code));

    /// <summary>Builds the check a rule describes; an unknown kind is a bad rule (validation keeps them out).</summary>
    public static IReplyCheck Create(RuleCheck check) =>
        (Find(check.Kind) ?? throw new ArgumentException($"unknown check kind '{check.Kind}'.", nameof(check))).Build(check);
}
