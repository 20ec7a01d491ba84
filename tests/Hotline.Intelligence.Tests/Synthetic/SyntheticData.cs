using System.Diagnostics;
using Hotline.Domain.Categories;
using Hotline.Domain.Reference;
using Hotline.Synthetic;

namespace Hotline.Intelligence.Tests.Synthetic;

/// <summary>The real data files, and one large generated set shared by the tests (made once, timed).</summary>
internal static class SyntheticData
{
    public const int Seed = 12345;
    public const int EntryCount = 40_000;
    public const int OrderCount = 20_000;

    public static readonly DateTimeOffset From = new(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
    public static readonly DateTimeOffset To = new(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private static readonly string DataDirectory = Path.Combine(AppContext.BaseDirectory, "data");

    public static ReferenceData City { get; } = ReferenceData.LoadDefault(DataDirectory);
    public static CategoryTree Tree { get; } = CategoryTree.Load(DataDirectory);
    public static ResponsibilityList Rules { get; } = ResponsibilityList.Load(DataDirectory, Tree);

    private static readonly Lazy<(IReadOnlyList<GeneratedEntry> Items, TimeSpan Took)> LazyEntries = new(() =>
    {
        var clock = Stopwatch.StartNew();
        var items = new KnowledgeGenerator(City, Tree, Rules, Seed).Entries(EntryCount).ToArray();
        return (items, clock.Elapsed);
    });

    private static readonly Lazy<(IReadOnlyList<GeneratedOrder> Items, TimeSpan Took)> LazyOrders = new(() =>
    {
        var clock = Stopwatch.StartNew();
        var items = new OrderHistoryGenerator(City, Tree, Rules, Seed).Orders(OrderCount, From, To).ToArray();
        return (items, clock.Elapsed);
    });

    public static IReadOnlyList<GeneratedEntry> Entries => LazyEntries.Value.Items;
    public static TimeSpan EntriesTook => LazyEntries.Value.Took;
    public static IReadOnlyList<GeneratedOrder> Orders => LazyOrders.Value.Items;
    public static TimeSpan OrdersTook => LazyOrders.Value.Took;

    /// <summary>Records hold lists, which compare by reference; compare their text instead.</summary>
    public static string Text(GeneratedEntry e) =>
        $"{e.Id}|{e.Question}|{e.Answer}|{e.CategoryCode}|{string.Join(",", e.Departments)}|{string.Join(",", e.Tags)}|{e.ValidFrom:O}|{e.ValidUntil:O}";
}
