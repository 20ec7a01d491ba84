using System.Globalization;
using Hotline.Domain.Categories;
using Hotline.Domain.Reference;

namespace Hotline.Synthetic;

/// <summary>
/// Generates distinct, realistic knowledge-base entries (policy Q&amp;A with place specifics) and
/// reworded search probes for them. Deterministic for a seed: entry n is drawn from its own random
/// stream, so a probe re-derives the specifics of the entry it rewords from the entry's id alone.
/// </summary>
public sealed class KnowledgeGenerator
{
    private const int EntrySalt = 0x4B42;
    private const int ProbeSalt = 0x5052;
    private const int MaxAttempts = 200;
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private readonly ReferenceData _reference;
    private readonly ResponsibilityList _rules;
    private readonly int _seed;
    private readonly (KnowledgeKind Kind, CategoryNode Leaf)[] _kinds;
    private readonly double[] _kindWeights;
    private readonly double[] _districtWeights;

    public KnowledgeGenerator(ReferenceData reference, CategoryTree tree, ResponsibilityList rules, int seed)
    {
        _reference = reference ?? throw new ArgumentNullException(nameof(reference));
        ArgumentNullException.ThrowIfNull(tree);
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _seed = seed;
        var leaves = tree.Leaves.ToDictionary(l => l.Name, StringComparer.Ordinal);
        // A kind whose leaf an administrator renamed is left out rather than failing the generator.
        _kinds = KnowledgeCatalog.All.Where(k => leaves.ContainsKey(k.Leaf)).Select(k => (k, leaves[k.Leaf])).ToArray();
        if (_kinds.Length == 0) throw new InvalidOperationException("No knowledge kind matches a leaf of the category tree.");
        _kindWeights = _kinds.Select(k => k.Kind.Weight).ToArray();
        _districtWeights = DistrictWeights.For(reference.Districts);
    }

    /// <summary>Streams <paramref name="count"/> entries with distinct specifics and questions, ids KB000001….</summary>
    public IEnumerable<GeneratedEntry> Entries(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var questions = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 1; index <= count; index++)
        {
            for (var attempt = 0; ; attempt++)
            {
                if (attempt == MaxAttempts)
                    throw new InvalidOperationException($"The knowledge catalog ran out of distinct entries at {index}.");
                var draft = Draft(index, attempt);
                if (!keys.Add(draft.Key) || !questions.Add(draft.Question)) continue;
                yield return Build(index, draft);
                break;
            }
        }
    }

    /// <summary>Reworded searches for <paramref name="count"/> of the entries (each entry at most once), each naming its entry.</summary>
    public IReadOnlyList<SearchProbe> Probes(IReadOnlyList<GeneratedEntry> entries, int count)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var random = Seeds.Stream(_seed, ProbeSalt);
        var order = Enumerable.Range(0, entries.Count).ToArray();
        var take = Math.Min(count, order.Length);
        for (var i = 0; i < take; i++)
        {
            var j = random.Next(i, order.Length);
            (order[i], order[j]) = (order[j], order[i]);
        }
        var probes = new List<SearchProbe>(take);
        foreach (var position in order.Take(take))
        {
            var entry = entries[position];
            probes.Add(new SearchProbe(Reword(entry), entry.Id));
        }
        return probes;
    }

    private string Reword(GeneratedEntry entry)
    {
        if (int.TryParse(entry.Id.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            for (var attempt = 0; attempt < MaxAttempts; attempt++)
            {
                var draft = Draft(index, attempt);
                if (draft.Question != entry.Question) continue;
                var random = Seeds.Stream(_seed, ProbeSalt, index);
                for (var tries = 0; tries < 4; tries++)
                {
                    var query = SlotValues.Fill(ProbeRewriter.Rewrite(random.Pick(draft.Kind.Probes), random), draft.Slots);
                    if (query != entry.Question) return query;
                }
            }
        }
        // string.GetHashCode differs per process; a sum of the characters is stable.
        return ProbeRewriter.RewriteText(entry.Question, Seeds.Stream(_seed, ProbeSalt, entry.Question.Sum(c => (int)c)));
    }

    private EntryDraft Draft(int index, int attempt)
    {
        var random = Seeds.Stream(_seed, EntrySalt, index, attempt);
        var (kind, leaf) = _kinds[random.Weighted(_kindWeights)];
        var district = _reference.Districts[random.Weighted(_districtWeights)];
        var department = _rules.Decide(leaf.Code, district.Code)?.Department ?? "HOTLINE";
        var slots = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["区"] = district.Name,
            ["部门"] = _reference.FindDepartment(department)?.Name ?? department,
        };
        foreach (var slot in kind.Slots)
            if (!slots.ContainsKey(slot) && !SlotValues.Derived.Contains(slot))
                slots[slot] = SlotValues.Draw(slot, random, slots);
        SlotValues.Derive(slots);
        var key = kind.Leaf + "|" + string.Join("|", kind.Key.Select(k => slots[k]));
        var question = SlotValues.Fill(random.Pick(kind.Questions), slots);
        return new EntryDraft(kind, leaf, district.Code, slots, key, question);
    }

    private GeneratedEntry Build(int index, EntryDraft draft)
    {
        var leaf = draft.Leaf;
        var department = _rules.Decide(leaf.Code, draft.DistrictCode)?.Department ?? "HOTLINE";
        // Heating companies answer to the housing bureau (供热监管), so its entries name both.
        string[] departments = leaf.Topic == "供热" && department != "ZJJ" ? [department, "ZJJ"] : [department];
        var (from, until) = Window(draft.Kind.Validity, draft.Slots);
        var tags = draft.Kind.Tags.Append(leaf.Topic).Append(draft.Slots["区"]).Distinct().ToArray();
        return new GeneratedEntry($"KB{index:D6}", draft.Question, SlotValues.Fill(draft.Kind.Answer, draft.Slots),
            leaf.Code, departments, tags, from, until);
    }

    private static (DateTimeOffset? From, DateTimeOffset? Until) Window(Validity validity, IReadOnlyDictionary<string, string> slots)
    {
        if (validity == Validity.None || !slots.TryGetValue("年", out var yearText)) return (null, null);
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        DateTimeOffset At(int y, int m, int d) => new(y, m, d, 0, 0, 0, China);
        DateTimeOffset End(int y, int m, int d) => At(y, m, d).AddDays(1).AddTicks(-1);
        return validity switch
        {
            Validity.HeatingSeason => (At(year, 11, 1), End(year + 1, 3, 31)),
            Validity.BeforeSeason => (At(year, 9, 1), End(year, 10, 31)),
            Validity.CalendarYear => (At(year, 1, 1), End(year, 12, 31)),
            Validity.OnDay => OnDay(year, slots),
            _ => (null, null),
        };

        (DateTimeOffset?, DateTimeOffset?) OnDay(int y, IReadOnlyDictionary<string, string> s)
        {
            var day = At(y, int.Parse(s["月"], CultureInfo.InvariantCulture), int.Parse(s["日"], CultureInfo.InvariantCulture));
            return (day.AddDays(-3), day.AddDays(2).AddTicks(-1));
        }
    }
}
