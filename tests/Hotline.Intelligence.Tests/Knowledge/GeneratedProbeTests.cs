using Hotline.Intelligence.Knowledge;
using Hotline.Intelligence.Tests.Synthetic;
using Hotline.Synthetic;

namespace Hotline.Intelligence.Tests.Knowledge;

/// <summary>
/// Reworded searches from the synthetic generator (place names shuffled, words swapped, fragments) against a
/// few thousand generated entries: the wanted entry should be first nearly always and in the top 5 almost always.
/// </summary>
public sealed class GeneratedProbeTests
{
    private const int EntryCount = 3_000;
    private const int ProbeCount = 200;
    private static readonly DateTimeOffset Standing = new(2025, 6, 1, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Reworded_probes_find_their_entries()
    {
        var generator = new KnowledgeGenerator(SyntheticData.City, SyntheticData.Tree, SyntheticData.Rules, SyntheticData.Seed);
        var entries = generator.Entries(EntryCount).ToArray();
        var byId = entries.ToDictionary(e => e.Id);
        using var index = new KnowledgeSearchIndex();
        index.UpsertMany(entries.Select(ToDocument));

        var first = 0;
        var inTopFive = 0;
        foreach (var probe in generator.Probes(entries, ProbeCount))
        {
            // Search at a time the wanted entry is offered.
            var hits = index.Search(probe.Query, byId[probe.ExpectedEntryId].ValidFrom ?? Standing);
            first += hits.Count > 0 && hits[0].Id == probe.ExpectedEntryId ? 1 : 0;
            inTopFive += hits.Any(h => h.Id == probe.ExpectedEntryId) ? 1 : 0;
        }

        Assert.InRange(first, ProbeCount * 90 / 100, ProbeCount);
        Assert.InRange(inTopFive, ProbeCount * 97 / 100, ProbeCount);
    }

    private static KnowledgeDocument ToDocument(GeneratedEntry e) => new(
        e.Id, e.Question, e.Answer, e.CategoryCode, SyntheticData.Tree.PathText(e.CategoryCode), e.Departments, e.Tags,
        e.ValidFrom, e.ValidUntil, Hits: 0, Version: 1);
}
