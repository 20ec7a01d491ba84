using Hotline.Client.Api;
using Hotline.Client.Commands;
using Hotline.Client.Simulation;

namespace Hotline.Client.Tests;

/// <summary>The simulator sends, for each planned order, exactly the commands its plan calls for, and ledgers each.</summary>
public sealed class HeatingSimulatorTests
{
    [Fact]
    public async Task Every_planned_step_is_sent_and_ledgered()
    {
        var server = new StubServer();
        using var api = new HotlineApi(new HttpClient(server) { BaseAddress = new Uri("http://stub/") }, ownsClient: true);
        // A day in a tenth of a second of wall time; the shares are high so every branch is taken.
        var settings = new SimulationSettings(40, 1_000_000, Returns: 0.3, Extensions: 0.3, Late: 0.3, Dissatisfied: 0.3, Seed: 5, Concurrency: 8);
        var ledgerText = new StringWriter();
        var output = new StringWriter();
        int rc;
        using (var ledger = new LedgerWriter(ledgerText))
            rc = await SimulateCommand.RunAsync(api, settings with { LedgerPath = null }, output, new StringWriter(), interactive: false, CancellationToken.None,
                ledger);

        Assert.Equal(ExitCodes.Ok, rc);
        var plan = HeatingPlan.Create(settings, ["141102", "141123"]);
        var expected = plan.Sum(p => 7 + (p.Returned ? 2 : 0) + (p.Extension ? 2 : 0) + (p.Dissatisfied ? 5 : 0));
        var entries = ledgerText.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Ledger.Parse).OfType<LedgerEntry>().ToArray();
        Assert.Equal(expected, entries.Length);
        Assert.Equal(40, entries.Count(e => e.Action == "create"));
        Assert.Equal(plan.Count(p => p.Returned), entries.Count(e => e.Action == "return"));
        Assert.Equal(plan.Count(p => p.Dissatisfied), entries.Count(e => e.Action == "callback" && e.EventAction == "reopened"));
        Assert.Equal(40, entries.Count(e => e.EventAction == "closed"));
        // A returned order from 兴县 (no heating company: ZJJ leads) is re-dispatched to RL-LS, and the other way round.
        Assert.Contains(server.Requests, r => r.Path.EndsWith("/dispatch", StringComparison.Ordinal) && r.Body!.Contains("\"lead\":\"ZJJ\""));
        Assert.Contains("办结率：      100.0", output.ToString());
    }
}
