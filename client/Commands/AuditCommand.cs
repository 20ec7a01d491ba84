using System.CommandLine;
using System.Globalization;
using Hotline.Client.Audit;
using Hotline.Client.Output;
using Hotline.Client.Simulation;

namespace Hotline.Client.Commands;

/// <summary>hotline audit — checks every order's audit trail, the acknowledged commands of a ledger and the clocks.</summary>
public static class AuditCommand
{
    public static Command Build()
    {
        var since = new Option<string?>("--since") { Description = "只审计此时刻之后受理的工单（带时区，如 2026-12-01T00:00:00+08:00）" };
        var ledger = new Option<string?>("--ledger") { Description = "账本文件（simulate heating --ledger 写出）：逐条核对已确认的操作" };
        var grace = new Option<double>("--grace") { Description = "时限到期后允许的触发延迟（秒；默认 75：宕机后由每分钟一次的持久提醒补发）", DefaultValueFactory = _ => 75 };
        var concurrency = new Option<int>("--concurrency") { Description = "同时读取的工单数", DefaultValueFactory = _ => 16 };
        var command = new Command("audit", "审计全部工单：流转序号连续有序；账本中已确认的操作都在；到期的时限都触发且只触发一次超期。发现问题时退出码为 1")
        {
            since, ledger, grace, concurrency,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(since) is { } s && !ActionCommands.IsInstantWithOffset(s)) result.AddError(CliTexts.NotInstant("--since"));
            if (result.GetValue(ledger) is { } l && !File.Exists(l)) result.AddError(AuditCommandTexts.NoLedger(l));
        });
        ActionSupport.Range(grace, 0, 3600);
        ActionSupport.Range(concurrency, 1, 256);
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, ct, async api =>
        {
            var from = parse.GetValue(since) is { } s ? DateTimeOffset.Parse(s, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
            IReadOnlyList<LedgerEntry> entries;
            try { entries = parse.GetValue(ledger) is { } path ? Ledger.Read(path) : []; }
            catch (FormatException e)
            {
                Console.Error.WriteLine(e.Message);
                return ExitCodes.Usage;
            }
            var interactive = !Console.IsErrorRedirected;
            var report = await AuditRunner.RunAsync(api, from, entries, TimeSpan.FromSeconds(parse.GetValue(grace)), parse.GetValue(concurrency),
                done => { if (interactive && done % 50 == 0) Console.Error.Write($"\r已审计 {done} 件"); }, ct);
            if (interactive) Console.Error.Write("\r                    \r");
            Print(Console.Out, report);
            return report.Violations.Count == 0 ? ExitCodes.Ok : ExitCodes.Refused;
        }));
        return command;
    }

    public static void Print(TextWriter o, AuditReport report)
    {
        o.WriteLine(AuditTexts.Summary(report.Orders, report.Events, report.LedgerEntries, report.Violations.Count));
        foreach (var group in report.Violations.GroupBy(v => v.Check))
        {
            o.WriteLine($"  {AuditTexts.Check(group.Key)}：{group.Count()} 项");
            foreach (var v in group.Take(20)) o.WriteLine($"    {v.OrderId}  {v.Detail}");
        }
    }
}

/// <summary>Messages of the audit command's own validation.</summary>
public static class AuditCommandTexts
{
    public static string NoLedger(string path) => $"账本文件不存在：{path}";
}
