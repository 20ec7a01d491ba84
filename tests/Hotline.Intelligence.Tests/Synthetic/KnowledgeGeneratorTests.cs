using System.Text.RegularExpressions;
using Hotline.Synthetic;
using static Hotline.Intelligence.Tests.Synthetic.SyntheticData;

namespace Hotline.Intelligence.Tests.Synthetic;

public sealed partial class KnowledgeGeneratorTests
{
    [Fact]
    public void Same_seed_gives_the_same_entries_and_another_seed_does_not()
    {
        var first = new KnowledgeGenerator(City, Tree, Rules, 7).Entries(300).Select(Text).ToArray();
        var again = new KnowledgeGenerator(City, Tree, Rules, 7).Entries(300).Select(Text).ToArray();
        var other = new KnowledgeGenerator(City, Tree, Rules, 8).Entries(300).Select(Text).ToArray();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Forty_thousand_entries_are_distinct_and_fast()
    {
        Assert.Equal(EntryCount, Entries.Count);
        Assert.Equal(EntryCount, Entries.Select(e => e.Id).Distinct().Count());
        Assert.Equal("KB000001", Entries[0].Id);
        var distinctQuestions = Entries.Select(e => e.Question).Distinct().Count() / (double)EntryCount;
        Assert.True(distinctQuestions >= 0.99, $"distinct questions {distinctQuestions:P2}");
        Assert.True(Entries.Select(e => e.Answer).Distinct().Count() >= 0.99 * EntryCount);
        Assert.True(EntriesTook < TimeSpan.FromSeconds(15), $"took {EntriesTook}");
    }

    [Fact]
    public void Entries_are_well_formed()
    {
        var departmentNames = City.Departments.Select(d => d.Name).ToArray();

        Assert.All(Entries, e =>
        {
            Assert.InRange(e.Answer.Length, 60, 300);
            Assert.True(Tree.Find(e.CategoryCode)?.IsLeaf, e.CategoryCode);
            Assert.NotEmpty(e.Departments);
            Assert.All(e.Departments, d => Assert.NotNull(City.FindDepartment(d)));
            Assert.Contains(departmentNames, name => e.Answer.Contains(name, StringComparison.Ordinal));
            Assert.NotEmpty(e.Tags);
            if (e.ValidFrom is { } from) Assert.True(e.ValidUntil > from);
        });
    }

    [Fact]
    public void Entries_cover_every_topic_and_some_notices_have_expired()
    {
        var topics = Entries.Select(e => Tree.TopicOf(e.CategoryCode)).Distinct().ToHashSet();
        var now = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.FromHours(8));

        Assert.All(Tree.All.Where(n => n.Level == 2), t => Assert.Contains(t.Name, topics));
        Assert.Contains(Entries, e => e.ValidUntil < now);
        Assert.Contains(Entries, e => e.ValidUntil is null);
        Assert.Contains(Entries, e => e.ValidFrom?.Month == 11 && e.ValidUntil?.Month == 3);
        Assert.Contains(Entries, e => e.ValidUntil > now);
    }

    [Fact]
    public void Every_catalog_kind_names_a_real_leaf_and_keeps_its_key_in_every_pattern()
    {
        var leaves = Tree.Leaves.Select(l => l.Name).ToHashSet();

        Assert.All(KnowledgeCatalog.All, kind =>
        {
            Assert.Contains(kind.Leaf, leaves);
            kind.Check();
        });
    }

    [Fact]
    public void Probes_reword_the_question_keep_its_specifics_and_name_a_real_entry()
    {
        var generator = new KnowledgeGenerator(City, Tree, Rules, Seed);
        var probes = generator.Probes(Entries, 3000);
        var byId = Entries.ToDictionary(e => e.Id);

        Assert.Equal(3000, probes.Count);
        Assert.Equal(3000, probes.Select(p => p.ExpectedEntryId).Distinct().Count());
        Assert.All(probes, p =>
        {
            var entry = byId[p.ExpectedEntryId];
            Assert.NotEqual(entry.Question, p.Query);
            // The first year is the entry's own (a season's second year may be left out).
            if (Year().Match(entry.Question) is { Success: true } year) Assert.Contains(year.Value, p.Query);
        });
        Assert.Equal(probes.Select(p => p.Query), generator.Probes(Entries, 3000).Select(p => p.Query));
    }

    [Fact]
    public void Probes_of_entries_made_elsewhere_still_differ_from_the_question()
    {
        var foreign = new GeneratedEntry("X-1", "请问离石区供暖费是多少？", new string('答', 80), "0101030101", ["RL-LS"], ["供热"], null, null);

        var probe = Assert.Single(new KnowledgeGenerator(City, Tree, Rules, Seed).Probes([foreign], 5));

        Assert.NotEqual(foreign.Question, probe.Query);
        Assert.Equal("X-1", probe.ExpectedEntryId);
    }

    [GeneratedRegex(@"20\d\d")]
    private static partial Regex Year();
}
