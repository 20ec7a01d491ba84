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

    public static readonly Option<string> User = new("--user")
    {
        Description = "以哪个用户登录操作（默认取环境变量 HOTLINE_USER，否则 admin）；演示命令按角色自动换用演示用户",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("HOTLINE_USER") is { Length: > 0 } env ? env : "admin",
    };

    public static readonly Option<string> Password = new("--password")
    {
        Description = "登录密码（默认取环境变量 HOTLINE_PASSWORD，否则为演示密码 hotline123）",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("HOTLINE_PASSWORD") is { Length: > 0 } env ? env : "hotline123",
    };
}
