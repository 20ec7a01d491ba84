using System.Globalization;

namespace Hotline.Client.Output;

/// <summary>Chinese messages of the CLI's plumbing, actions and checks, kept in one place.</summary>
public static class CliTexts
{
    public static string BadUrl(string url) => $"无效的地址：{url}（应为 http://主机:端口）";

    public static string Unreachable(Uri baseUri, string message) =>
        $"无法连接到 {baseUri}：{message}\n请确认系统已启动（./run.sh），或用 --url / HOTLINE_URL 指定地址。";

    public static string TimedOut(Uri baseUri) => $"请求超时：{baseUri}";

    public const string Cancelled = "已取消。";

    public static string BadResponse(string message) => $"无法处理服务器响应：{message}";

    public const string UsageHint = "用法错误（退出码 2）。查看帮助：hotline --help 或 hotline <命令> --help";

    public static string Done(string action, string id, string status, long version) =>
        $"✓ {action}：工单 {id} → {status}（版本 {version.ToString(CultureInfo.InvariantCulture)}）";

    public const string ApproveOrReject = "必须且只能指定 --approve 或 --reject 之一";

    public const string RejectNeedsReason = "--reject 时必须用 --reason 说明理由";

    public static string Required(string option) => $"缺少必填项 {option}";

    public static string Between(string option, double min, double max) =>
        $"{option} 应在 {min.ToString(CultureInfo.InvariantCulture)} 到 {max.ToString(CultureInfo.InvariantCulture)} 之间";

    public static string Positive(string option) => $"{option} 必须大于 0";

    public static string NotInstant(string option) => $"{option} 应为带时区的时间，如 2026-12-10T18:00:00+08:00";

    public const string UntilOrDays = "必须且只能指定 --until 或 --days 之一";
}
