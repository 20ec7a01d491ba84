using System.Globalization;
using System.Text;

namespace Hotline.Bench.Board.Suite;

/// <summary>One line of the table: a figure, its same-run baseline, the ratio, the issue's bar and the verdict.</summary>
public sealed record SuiteRow(string Figure, string Value, string Baseline, string Ratio, string Threshold, bool? Pass);

/// <summary>The Markdown table, printed and written to bench/results/&lt;date&gt;.md with the notes under it.</summary>
public static class SuiteTable
{
    public static string Markdown(IEnumerable<SuiteRow> rows, IEnumerable<string> notes)
    {
        var text = new StringBuilder();
        text.AppendLine("| figure | value | same-run baseline | ratio | threshold | verdict |");
        text.AppendLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var r in rows)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Figure} | {r.Value} | {r.Baseline} | {r.Ratio} | {r.Threshold} | {(r.Pass is null ? "info" : r.Pass.Value ? "PASS" : "FAIL")} |");
        text.AppendLine();
        foreach (var note in notes) text.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        return text.ToString();
    }

    public static string Write(string directory, string markdown)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{DateTime.Now.ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture)}.md");
        File.WriteAllText(path, markdown);
        return path;
    }

    public static string F(double value, string format = "F0") => double.IsNaN(value) ? "n/a" : value.ToString(format, CultureInfo.InvariantCulture);
}
