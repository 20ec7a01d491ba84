using System.CommandLine;
using System.Globalization;
using System.Text;
using Hotline.Client.Commands;

Console.OutputEncoding = Encoding.UTF8;
// Built-in help and parse errors of System.CommandLine in Chinese as well (HOTLINE_LANG=en to opt out).
if (!string.Equals(Environment.GetEnvironmentVariable("HOTLINE_LANG"), "en", StringComparison.OrdinalIgnoreCase))
{
    CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentUICulture = new CultureInfo("zh-Hans");
}

var root = new RootCommand("hotline — 12345 政务服务便民热线工单命令行工具（调用仪表盘 REST API）")
{
    GlobalOptions.Url,
    GlobalOptions.User,
    GlobalOptions.Password,
};
root.Subcommands.Add(CreateCommand.Build());
root.Subcommands.Add(ShowCommand.Build());
root.Subcommands.Add(ListCommand.Build());
root.Subcommands.Add(DemoCommand.Build());

return await root.Parse(args).InvokeAsync();
