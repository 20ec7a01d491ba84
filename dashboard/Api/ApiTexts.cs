namespace Hotline.Dashboard.Api;

/// <summary>User-facing text of the HTTP edge.</summary>
public static class ApiTexts
{
    public const string InvalidTitle = "提交的内容有误";
    public const string ConflictTitle = "当前状态不允许此操作";
    public const string FinalReplyTitle = "该事项已作出最终答复";
    public const string KnowledgeQueryTooLong = "搜索内容不能超过 200 个字";
    public static string KnowledgeNotFound(string id) => $"知识条目 {id} 不存在";
    public const string NotFoundTitle = "未找到";
    public const string BodyMissing = "请求体不能为空，须为 JSON 对象。";
    public static string BodyNotJson(string detail) => $"请求体不是有效的 JSON：{detail}";
    public const string Required = "不能为空。";
    public const string MustBeBoolean = "须为 true 或 false。";
    public static string InvalidValue(string field) => $"字段 {field} 的值类型不正确。";
    public static string OrderNotFound(string id) => $"工单 {id} 不存在。";
    public static string DepartmentNotFound(string code) => $"单位 {code} 不存在。";
    public static string TaskForceNotFound(string code) => $"专班 {code} 不存在。";
    public const string PageSizeRange = "每页条数须在 1 到 200 之间。";
    public const string OverdueBoolean = "overdue 须为 true 或 false。";
    public const string WorkingDaysRange = "工作日数须在 1 到 365 之间。";
    public const string FromInstant = "from 须为带时区的 ISO 8601 时间，例如 2026-02-13T10:00:00+08:00。";
    public const string ContactName = "联系人姓名不能为空，且不超过 50 个字。";
    public const string FromRange = "from 须在 2000 年至 2100 年之间。";
    public static string UnknownStatus(string allowed) => $"status 取值必须是：{allowed}。";
}
