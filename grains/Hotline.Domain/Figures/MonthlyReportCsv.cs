using System.Globalization;
using System.Text;

namespace Hotline.Domain.Figures;

/// <summary>
/// The monthly report as CSV for Excel: UTF-8 with a byte-order mark (Excel then reads the Chinese),
/// Chinese headers, one row per department and the city total, then a section of typical cases.
/// </summary>
public static class MonthlyReportCsv
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "单位", "派单数", "签收数", "按时签收数", "退单数", "答复数", "按时答复数", "回访数", "满意", "基本满意", "不满意",
        "解决数", "未接通", "重办数", "办结数", "超期数", "督办数", "响应率", "按时签收率", "按时办结率", "解决率", "满意率",
        "退单率", "重办率", "红黄牌",
    ];

    /// <param name="departments">Each department's display name, counters and card colour (null: none).</param>
    /// <param name="city">The city total.</param>
    /// <param name="typicalCases">Typical case code → count.</param>
    public static byte[] Write(string month, IEnumerable<(string Name, FigureCounters Counters, string? Card)> departments,
        FigureCounters city, IReadOnlyDictionary<string, int> typicalCases)
    {
        var text = new StringBuilder();
        Line(text, [$"12345热线 月度考核报告 {month}"]);
        Line(text, Headers);
        foreach (var (name, counters, card) in departments) Line(text, Row(name, counters, card));
        Line(text, Row(FigureTexts.CityTotal, city, null));
        text.Append("\r\n");
        Line(text, [FigureTexts.TypicalCasesSection, "数量"]);
        foreach (var (code, count) in typicalCases.OrderBy(x => x.Key, StringComparer.Ordinal))
            Line(text, [FigureTexts.TypicalCaseName(code), Number(count)]);
        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(text.ToString());
        return [.. preamble, .. body];
    }

    private static string[] Row(string name, FigureCounters c, string? card)
    {
        var r = c.Rates();
        return
        [
            name, Number(c.Dispatched), Number(c.Accepted), Number(c.AcceptedOnTime), Number(c.Returned), Number(c.Replied),
            Number(c.RepliedOnTime), Number(c.CallbacksReached), Number(c.Satisfied), Number(c.BasicallySatisfied),
            Number(c.Dissatisfied), Number(c.Resolved), Number(c.Unreachable), Number(c.Reopened), Number(c.Closed),
            Number(c.Breaches), Number(c.EscalationTotal()),
            FigureTexts.Percent(r.ResponseRate), FigureTexts.Percent(r.OnTimeAcceptance), FigureTexts.Percent(r.OnTimeCompletion),
            FigureTexts.Percent(r.ResolutionRate), FigureTexts.Percent(r.SatisfactionRate), FigureTexts.Percent(r.ReturnRate),
            FigureTexts.Percent(r.RedoRate), card is null ? "" : FigureTexts.CardName(card),
        ];
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Escape));
        text.Append("\r\n");
    }

    /// <summary>RFC 4180: quote a cell with a comma, quote or line break; a leading = + - @ is defused against formula injection.</summary>
    public static string Escape(string cell)
    {
        if (cell.Length > 0 && cell[0] is '=' or '+' or '@' or '-' && !double.TryParse(cell, NumberStyles.Any, CultureInfo.InvariantCulture, out _))
            cell = "'" + cell;
        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }
}
