using System.CommandLine;
using Hotline.Client.Commands;
using Hotline.Client.Output;

namespace Hotline.Client;

/// <summary>The command tree and its invocation: parse errors are usage errors (exit 2), never a request.</summary>
public static class Cli
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("hotline — 12345 政务服务便民热线工单命令行工具（调用仪表盘 REST API）\n退出码：0 成功；1 服务器拒绝（或审计发现问题）；2 用法错误；3 无法连接服务器")
        {
            GlobalOptions.Url,
            GlobalOptions.User,
            GlobalOptions.Password,
        };
        root.Subcommands.Add(CreateCommand.Build());
        root.Subcommands.Add(ShowCommand.Build());
        root.Subcommands.Add(ListCommand.Build());
        foreach (var action in ActionCommands.Build()) root.Subcommands.Add(action);
        foreach (var action in MoreActionCommands.Build()) root.Subcommands.Add(action);
        root.Subcommands.Add(SimulateCommand.Build());
        root.Subcommands.Add(AuditCommand.Build());
        root.Subcommands.Add(DemoCommand.Build());
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken ct = default)
    {
        var parse = BuildRoot().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine(error.Message);
            Console.Error.WriteLine(CliTexts.UsageHint);
            return ExitCodes.Usage;
        }
        return await parse.InvokeAsync(cancellationToken: ct);
    }
}
