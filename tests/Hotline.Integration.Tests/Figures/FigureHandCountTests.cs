using Hotline.Contracts.Figures;
using Hotline.Contracts.Orders;
using Hotline.Integration.Tests.Infrastructure;
using Hotline.Synthetic.Months;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Xunit.Abstractions;

namespace Hotline.Integration.Tests.Figures;

/// <summary>
/// The hand count: a generated month of orders is played through a real silo on Azurite with a fake clock,
/// then the figures the shards counted from the board streams must equal a plain count of every order's audit
/// trail — for the city, every department, district and category.
/// </summary>
public sealed class FigureHandCountTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Month = "2026-11";
    // Sunday 1 November 2026, 08:00 in Lüliang; the script starts on Monday the 2nd.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.FromHours(8)));
    private InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await HotlineTestCluster.Start(Azurite.NewServiceId("figures"), _time);

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Figures_equal_the_hand_count_of_every_audit_trail()
    {
        var script = MonthScript.Generate(seed: 20261101, orders: 160, firstDay: new DateOnly(2026, 11, 2), workingDays: 10);
        Assert.True(script.Orders.Select(o => o.Fate).Distinct().Count() == Enum.GetValues<MonthFate>().Length, "every fate is scripted");
        var grains = _cluster.Client;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await new MonthDriver(grains, t => { if (t > _time.GetUtcNow()) _time.SetUtcNow(t); },
            new MonthActors("seat:month", "dispatcher:month", "reviewer:month", "dept")).Play(script);
        output.WriteLine($"played {script.Orders.Count} orders in {watch.Elapsed.TotalSeconds:0.0} s");

        var figures = grains.GetGrain<IFiguresGrain>(0);
        Dictionary<string, SortedDictionary<string, int>> expected = [];
        Dictionary<string, SortedDictionary<string, int>> actual = [];
        await Eventually.Get(async () =>
        {
            var snapshots = await Task.WhenAll(script.Orders.Select(o => grains.GetGrain<IWorkOrderGrain>(o.Id).Get()));
            expected = HandCount.Of(snapshots.Select(s => s!), Month);
            actual = Rows(await figures.Month(Month));
            return Same(expected, actual);
        }, same => same, "the figures equal the hand count", TimeSpan.FromSeconds(30),
            // The stream queues are polled on grain timers, which follow the fake clock: nudge it.
            between: () =>
            {
                _time.Advance(TimeSpan.FromMilliseconds(200));
                return Task.CompletedTask;
            }).ContinueWith(t =>
        {
            if (t.IsFaulted) output.WriteLine(Diff(expected, actual));
            return t;
        }).Unwrap();
        output.WriteLine($"agreed after {watch.Elapsed.TotalSeconds:0.0} s");

        var city = expected["city:city"];
        // The script must have exercised what the figures count, or agreement proves little.
        foreach (var counter in new[] { "received", "directlyAnswered", "dispatched", "accepted", "acceptedOnTime", "returned", "replied",
                     "repliedOnTime", "callbacksReached", "satisfied", "basicallySatisfied", "dissatisfied", "resolved", "unreachable",
                     "reopened", "closed", "breaches" })
            Assert.True(city.GetValueOrDefault(counter) > 0, $"the month has some {counter}");
        Assert.True(city["accepted"] > city["acceptedOnTime"], "some acceptances were late");
        Assert.True(city["replied"] > city["repliedOnTime"], "some replies were late");
        Assert.True(city.Keys.Any(k => k.StartsWith("escalation:", StringComparison.Ordinal)), "some clocks escalated");
        Assert.Equal(160, city["received"]);
        Assert.True(expected.Keys.Count(k => k.StartsWith("department:", StringComparison.Ordinal)) >= 10);
        Assert.True(expected.Keys.Count(k => k.StartsWith("district:", StringComparison.Ordinal)) >= 8);
    }

    private static Dictionary<string, SortedDictionary<string, int>> Rows(MonthFigures month)
    {
        var rows = new Dictionary<string, SortedDictionary<string, int>>();
        foreach (var row in month.Departments.Concat(month.Districts).Concat(month.Categories).Append(month.City))
        {
            var c = row.Counters;
            var counters = new SortedDictionary<string, int>
            {
                ["received"] = c.Received, ["directlyAnswered"] = c.DirectlyAnswered, ["dispatched"] = c.Dispatched,
                ["accepted"] = c.Accepted, ["acceptedOnTime"] = c.AcceptedOnTime, ["returned"] = c.Returned, ["replied"] = c.Replied,
                ["repliedOnTime"] = c.RepliedOnTime, ["callbacksReached"] = c.CallbacksReached, ["satisfied"] = c.Satisfied,
                ["basicallySatisfied"] = c.BasicallySatisfied, ["dissatisfied"] = c.Dissatisfied, ["resolved"] = c.Resolved,
                ["unreachable"] = c.Unreachable, ["reopened"] = c.Reopened, ["closed"] = c.Closed, ["breaches"] = c.Breaches,
            };
            foreach (var (level, n) in c.Escalations) counters["escalation:" + level] = n;
            foreach (var (code, n) in c.TypicalCases) counters["typical:" + code] = n;
            foreach (var zero in counters.Where(x => x.Value == 0).Select(x => x.Key).ToArray()) counters.Remove(zero);
            if (counters.Count > 0) rows[$"{row.Dimension}:{row.Key}"] = counters;
        }
        return rows;
    }

    private static bool Same(Dictionary<string, SortedDictionary<string, int>> a, Dictionary<string, SortedDictionary<string, int>> b) =>
        a.Count == b.Count && a.All(x => b.TryGetValue(x.Key, out var other) && x.Value.SequenceEqual(other));

    private static string Diff(Dictionary<string, SortedDictionary<string, int>> expected, Dictionary<string, SortedDictionary<string, int>> actual) =>
        string.Join('\n', expected.Keys.Union(actual.Keys).Order()
            .Select(k => (k, e: Text(expected.GetValueOrDefault(k)), a: Text(actual.GetValueOrDefault(k))))
            .Where(x => x.e != x.a)
            .Select(x => $"{x.k}\n  hand:    {x.e}\n  figures: {x.a}"));

    private static string Text(SortedDictionary<string, int>? row) =>
        row is null ? "(none)" : string.Join(' ', row.Select(x => $"{x.Key}={x.Value}"));
}
