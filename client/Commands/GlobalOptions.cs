using System.CommandLine;

namespace Hotline.Client.Commands;

/// <summary>Options valid on every command (declared on the root as recursive).</summary>
public static class GlobalOptions
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static readonly Option<string> Url = new("--url")
    {
        Description = "仪表盘 REST API 地址（默认取环境变量 HOTLINE_URL，否则 " + DefaultUrl + "）",
        Recursive = true,
        DefaultValueFactory = _ =>
            Environment.GetEnvironmentVariable("HOTLINE_URL") is { Length: > 0 } env ? env : DefaultUrl,
    };

    public static readonly Option<string?> Actor = new("--actor")
    {
        Description = "以谁的身份操作（X-Actor 请求头），例如 seat:1001、dispatcher:zhang、dept:RL-LS",
        Recursive = true,
    };
}
