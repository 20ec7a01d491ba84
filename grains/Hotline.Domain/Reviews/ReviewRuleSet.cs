using Hotline.Domain.Reviews.Checks;

namespace Hotline.Domain.Reviews;

/// <summary>
/// The rules in force, ready to apply: active rules only, indexed per stage (see <see cref="RuleIndex"/>), each
/// rule's check built once. Immutable: a change to the rules builds a new set.
/// </summary>
public sealed class ReviewRuleSet
{
    private readonly ReviewRule[] _rules;
    private readonly IReplyCheck[] _checks;
    private readonly Dictionary<ReviewStage, RuleIndex> _indexes = [];

    public ReviewRuleSet(IEnumerable<ReviewRule> rules)
    {
        _rules = rules.Where(r => r.IsActive).ToArray();
        _checks = _rules.Select(r => ReplyChecks.Create(r.Check)).ToArray();
        foreach (var stage in Enum.GetValues<ReviewStage>()) _indexes[stage] = new RuleIndex();
        for (var i = 0; i < _rules.Length; i++)
            foreach (var stage in _rules[i].Stages.Distinct())
                _indexes[stage].Add(_rules[i], i);
    }

    public static ReviewRuleSet Empty { get; } = new([]);

    /// <summary>How many rules are in force.</summary>
    public int Count => _rules.Length;

    /// <summary>Every rule in force that applies to the reply at this stage, in the set's order, with its verdict.</summary>
    public IReadOnlyList<RuleResult> Evaluate(ReplyUnderReview reply, ReviewStage stage)
    {
        if (!_indexes.TryGetValue(stage, out var index)) return [];
        var results = new List<RuleResult>();
        foreach (var i in index.Candidates(reply))
            if (_rules[i].Match.Matches(reply))
                results.Add(_rules[i].Evaluate(_checks[i], reply));
        return results;
    }
}
