namespace Hotline.Dashboard.Live;

/// <summary>Every Chinese text the live screens get from the server.</summary>
public static class LiveTexts
{
    public static string SeatStatus(string status) => status switch
    {
        "available" => "空闲",
        "on-call" => "通话中",
        "wrap-up" => "话后处理",
        _ => "离线",
    };

    public static string Received(string title, string? district) => $"新受理：{title}（{district}）";

    public static string Dispatched(string title, string? lead) => $"派单 → {lead}：{title}";

    public static string Returned(string? department, string title, string? grounds) =>
        string.IsNullOrWhiteSpace(grounds) ? $"{department} 退单：{title}" : $"{department} 退单：{title}（{grounds}）";

    public static string Accepted(string? department, string title) => $"{department} 已签收：{title}";

    public static string Replied(string? department, string title) => $"{department} 已答复：{title}";

    public static string Warning(string? department, string title, string clock, int percent) =>
        $"{department}「{title}」{clock}时限已过 {percent}%";

    public static string Breach(string? department, string title, string clock) => $"{department}「{title}」{clock}已超时";

    public static string Escalation(string? department, string title, string clock, int percent) =>
        $"{department}「{title}」{clock}超时达 {percent}%，已提级督办";

    public const string UnknownScreen = "无法识别的屏幕，应为 board、taskforce:{代码} 或 department:{代码}";

    public const string NotAllowed = "无权查看该屏幕的工单";

    public const string UnknownDepartment = "没有这个承办单位";

    public const string UnknownTaskForce = "没有这个专班";
}
