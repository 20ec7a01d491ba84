using System.CommandLine;
using System.Diagnostics;
using Hotline.Client.Api;
using Hotline.Client.Output;
using Hotline.Client.Simulation;

namespace Hotline.Client.Commands;

/// <summary>hotline simulate heating — replays a heating day against a running system and prints the outcome.</summary>
public static class SimulateCommand
{
    public static Command Build()
    {
        var simulate = new Command("simulate", "模拟：按真实流程向运行中的系统回放一天的诉求");
        simulate.Subcommands.Add(Heating());
        return simulate;
    }

    private static Command Heating()
    {
        var orders = new Option<int>("--orders") { Description = "当天的供热诉求件数", DefaultValueFactory = _ => 300 };
        var speedup = new Option<double>("--speedup") { Description = "加速倍数 K：模拟 1 小时用 3600/K 秒", DefaultValueFactory = _ => 720 };
        var returns = Share("--returns", "退单比例（退回后改派）", 0.05);
        var extensions = Share("--extensions", "申请延期的比例（中心同意）", 0.03);
        var late = Share("--late", "迟办比例：签收超过 30 分钟、答复晚于当日时限（均按模拟时间）", 0.1);
        var dissatisfied = Share("--dissatisfied", "回访不满意的比例（重办后再回访）", 0.05);
        var seed = new Option<int>("--seed") { Description = "随机种子：相同种子得到相同的一天", DefaultValueFactory = _ => 12345 };
        var concurrency = new Option<int>("--concurrency") { Description = "同时进行的请求数上限", DefaultValueFactory = _ => 32 };
        var ledger = new Option<string?>("--ledger") { Description = "把每个被确认的操作写入账本文件（供 hotline audit --ledger 核对）" };
        var command = new Command("heating", "回放供热高峰日：坐席受理 → 派单到区县供热公司 → 签收/退单/延期 → 答复（部分迟办）→ 两级审核 → 回访（部分不满意重办）")
        {
            orders, speedup, returns, extensions, late, dissatisfied, seed, concurrency, ledger,
        };
        ActionSupport.Range(orders, 1, 1_000_000);
        ActionSupport.Range(speedup, double.Epsilon, 1_000_000);
        ActionSupport.Range(concurrency, 1, 1024);

        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, ct, async api =>
        {
            var settings = new SimulationSettings(parse.GetValue(orders), parse.GetValue(speedup), parse.GetValue(returns),
                parse.GetValue(extensions), parse.GetValue(late), parse.GetValue(dissatisfied), parse.GetValue(seed),
                parse.GetValue(concurrency), parse.GetValue(ledger));
            return await RunAsync(api, settings, Console.Out, Console.Error, !Console.IsErrorRedirected, ct);
        }));
        return command;
    }

    /// <summary>Runs the day, then reads back every order it created and the task force; 1 when any step failed.</summary>
    public static async Task<int> RunAsync(HotlineApi api, SimulationSettings settings, TextWriter output, TextWriter error,
        bool interactive, CancellationToken ct, LedgerWriter? ledgerWriter = null)
    {
        output.WriteLine(SimulationTexts.Starting(api.BaseAddress, settings));
        var progress = new SimulationProgress(settings.Orders);
        using var owned = ledgerWriter is null && settings.LedgerPath is { } path ? LedgerWriter.Open(path) : null;
        var ledger = ledgerWriter ?? owned;
        using var stopBar = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var bar = ProgressBar.RunAsync(progress, error, interactive, stopBar.Token);
        var wall = Stopwatch.StartNew();
        SimulationRun run;
        try
        {
            run = await new HeatingSimulator(api, settings, progress, ledger, TimeProvider.System).RunAsync(ct);
        }
        finally
        {
            await stopBar.CancelAsync();
            await bar;
        }
        wall.Stop();

        var finals = await FetchAll(api, run.OrderIds, settings.Concurrency, ct);
        var figures = SimulationOutcome.Compute(finals, run.WallStart, settings.Speedup);
        TaskForceDto? taskForce = null;
        try { taskForce = await api.GetTaskForceAsync("HEATING", ct); }
        catch (HotlineApiException e) { error.WriteLine(SimulationTexts.NoTaskForce(e.Message)); }
        OutcomePrinter.Print(output, settings, figures, taskForce, wall.Elapsed);
        if (progress.Errors == 0) return ExitCodes.Ok;
        error.WriteLine(SimulationTexts.Errors(progress.Errors));
        foreach (var message in progress.FirstErrors) error.WriteLine("  " + message);
        return ExitCodes.Refused;
    }

    public static async Task<IReadOnlyList<OrderDto>> FetchAll(HotlineApi api, IReadOnlyList<string> ids, int concurrency, CancellationToken ct)
    {
        var results = new OrderDto[ids.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, ids.Count),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct },
            async (i, token) => results[i] = await api.GetOrderAsync(ids[i], token));
        return results;
    }

    private static Option<double> Share(string name, string description, double fallback)
    {
        var option = new Option<double>(name) { Description = description + "（0–1）", DefaultValueFactory = _ => fallback };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 0 or > 1) result.AddError(CliTexts.Between(name, 0, 1));
        });
        return option;
    }
}
