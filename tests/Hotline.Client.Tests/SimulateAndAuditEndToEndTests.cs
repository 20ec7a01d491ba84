using Hotline.Client.Commands;
using Hotline.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Hotline.Client.Tests;

/// <summary>
/// `simulate heating` against a real silo on Azurite and the real dashboard (in-process), then `audit` with its ledger:
/// every order closes, and every acknowledged command is found again.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class SimulateAndAuditEndToEndTests : IAsyncLifetime
{
    private IHost? _silo;
    private WebApplicationFactory<Program>? _dashboard;
    private readonly string _ledger = Path.Combine(Path.GetTempPath(), $"hotline-ledger-{Guid.NewGuid():N}.tsv");

    public async Task InitializeAsync()
    {
        var serviceId = Azurite.NewServiceId("cli");
        var clusterId = $"cluster-{Guid.NewGuid():N}";
        _silo = await SiloProcess.Start(serviceId, clusterId);
        _dashboard = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Hotline:Storage", "AzureTables");
            web.UseSetting("Hotline:ConnectionString", Azurite.ConnectionString);
            web.UseSetting("Hotline:ServiceId", serviceId);
            web.UseSetting("Hotline:ClusterId", clusterId);
            web.UseSetting("Hotline:Auth:SeedDemoUsers", "true");
        });
        _ = _dashboard.Server;   // start it now, not inside the first CLI call
        CommandRunner.HandlerFactory = () => _dashboard.Server.CreateHandler();
    }

    [Fact]
    public async Task A_simulated_day_closes_every_order_and_the_audit_finds_every_acknowledged_command()
    {
        int simulated, audited;
        string output;
        using (var console = new ConsoleCapture())
        {
            simulated = await Cli.RunAsync(["simulate", "heating", "--orders", "10", "--speedup", "100000", "--returns", "0.3",
                "--extensions", "0.3", "--late", "0.3", "--dissatisfied", "0.3", "--seed", "11", "--ledger", _ledger]);
            audited = await Cli.RunAsync(["audit", "--ledger", _ledger]);
            output = console.Out + "\n" + console.Error;
        }

        Assert.True(simulated == ExitCodes.Ok, output);
        Assert.Contains("办结率：      100.0 %（10/10）", output);
        Assert.True(audited == ExitCodes.Ok, output);
        Assert.Contains("审计完成：10 件工单", output);
        Assert.Contains("违规 0 项", output);
        Assert.True(File.ReadAllLines(_ledger).Length >= 10 * 7);
    }

    public async Task DisposeAsync()
    {
        CommandRunner.HandlerFactory = null;
        File.Delete(_ledger);
        if (_dashboard is not null) await _dashboard.DisposeAsync();
        if (_silo is not null)
        {
            await _silo.StopAsync();
            _silo.Dispose();
        }
    }
}
