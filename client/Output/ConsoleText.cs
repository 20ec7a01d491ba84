using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Hotline.Client.Output;

/// <summary>Chinese labels and CJK-aware plain-text tables for terminal output.</summary>
public static class ConsoleText
{
    // The same names the server gives in statusText (WorkOrderTexts.OrderStatusText), for the
    // from/to codes of the audit trail, which carry no text of their own.
    private static readonly Dictionary<string, string> StatusNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["received"] = "受理",
        ["directly-answered"] = "直接答复",
        ["pending-dispatch"] = "待派单",
        ["dispatched"] = "已派单",
        ["accepted"] = "已签收",
        ["replied"] = "已答复",
        ["under-review"] = "审核中",
        ["pending-callback"] = "待回访",
        ["closed"] = "办结",
        ["returned"] = "退单",
        ["merged"] = "并单",
        ["transferred"] = "转办",
        ["reopened"] = "重办",
    };

    private static readonly Dictionary<string, string> ClockNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["accept"] = "签收时限",
        ["return-window"] = "退回时限",
        ["emergency-answer"] = "紧急响应",
        ["completion"] = "办结时限",
        ["same-day"] = "当日办结",
        ["callback"] = "回访时限",
    };

    private static readonly Dictionary<string, string> ClockStates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["running"] = "计时中",
        ["warning"] = "预警",
        ["overdue"] = "已超期",
        ["met"] = "按时完成",
        ["late"] = "超期完成",
        ["cancelled"] = "已取消",
    };

    private static readonly Dictionary<string, string> Urgencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["normal"] = "一般",
        ["urgent"] = "紧急",
        ["life-safety"] = "涉及生命安全",
    };

    private static readonly Dictionary<string, string> CallerTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["citizen"] = "市民",
        ["enterprise"] = "企业",
    };

    public static string Status(string? status, string? statusText = null) =>
        string.IsNullOrEmpty(status) ? "-"
        : $"{(string.IsNullOrEmpty(statusText) ? Lookup(StatusNames, status) : statusText)}（{status}）";

    public static string StatusShort(string? status, string? statusText = null) =>
        string.IsNullOrEmpty(statusText) ? Lookup(StatusNames, status) : statusText;

    public static string ClockName(string? name) => Lookup(ClockNames, name);
    public static string ClockState(string? state) => Lookup(ClockStates, state);
    public static string Urgency(string? urgency) => Lookup(Urgencies, urgency);
    public static string CallerType(string? type) => Lookup(CallerTypes, type);

    private static string Lookup(Dictionary<string, string> map, string? key) =>
        string.IsNullOrEmpty(key) ? "-" : map.TryGetValue(key, out var v) ? v : key;

    public static string Time(DateTimeOffset? t) =>
        t is null ? "-" : t.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string TimeWithOffset(DateTimeOffset? t) =>
        t is null ? "-" : t.Value.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

    public static string Or(string? s, string fallback = "-") => string.IsNullOrWhiteSpace(s) ? fallback : s;

    public static string Join(IEnumerable<string>? items) =>
        items is null ? "-" : Or(string.Join("、", items));

    /// <summary>Renders a JSON value of unknown shape (string, bool, object…) for display.</summary>
    public static string Json(JsonElement? e) => e switch
    {
        null => "-",
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => "-",
        { ValueKind: JsonValueKind.String } v => Or(v.GetString()),
        { ValueKind: JsonValueKind.True } => "是",
        { ValueKind: JsonValueKind.False } => "否",
        { } v => v.GetRawText(),
    };

    public static string YesNo(bool b) => b ? "是" : "否";

    /// <summary>Terminal columns of a string: East Asian wide/fullwidth characters count 2.</summary>
    public static int Width(string s)
    {
        var w = 0;
        foreach (var rune in s.EnumerateRunes())
        {
            var c = rune.Value;
            if (c < 0x20) continue;
            w += IsWide(c) ? 2 : 1;
        }
        return w;
    }

    private static bool IsWide(int c) =>
        (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
        (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
        (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) ||
        (c >= 0x20000 && c <= 0x3FFFD);

    public static string Pad(string s, int width) => s + new string(' ', Math.Max(0, width - Width(s)));

    /// <summary>Cuts a string to at most <paramref name="max"/> columns, ending with "…" when cut.</summary>
    public static string Truncate(string s, int max)
    {
        s = s.ReplaceLineEndings(" ");
        if (Width(s) <= max) return s;
        var sb = new StringBuilder();
        var w = 0;
        foreach (var rune in s.EnumerateRunes())
        {
            var rw = IsWide(rune.Value) ? 2 : 1;
            if (w + rw > max - 1) break;
            sb.Append(rune.ToString());
            w += rw;
        }
        return sb.Append('…').ToString();
    }

    /// <summary>Writes a simple aligned table. Cells wider than <paramref name="maxCell"/> columns are cut.</summary>
    public static void Table(TextWriter o, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, int maxCell = 40, string indent = "  ")
    {
        var data = rows.Select(r => r.Select(c => Truncate(c ?? "", maxCell)).ToArray()).ToList();
        var widths = headers.Select(Width).ToArray();
        foreach (var r in data)
            for (var i = 0; i < widths.Length && i < r.Length; i++)
                widths[i] = Math.Max(widths[i], Width(r[i]));

        void Line(IReadOnlyList<string> cells)
        {
            var sb = new StringBuilder(indent);
            for (var i = 0; i < widths.Length; i++)
            {
                var cell = i < cells.Count ? cells[i] : "";
                sb.Append(i == widths.Length - 1 ? cell : Pad(cell, widths[i]) + "  ");
            }
            o.WriteLine(sb.ToString().TrimEnd());
        }

        Line(headers);
        o.WriteLine(indent + string.Join("  ", widths.Select(w => new string('-', w))));
        if (data.Count == 0) o.WriteLine(indent + "（无）");
        foreach (var r in data) Line(r);
    }
}
