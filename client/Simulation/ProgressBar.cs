using System.Globalization;

namespace Hotline.Client.Simulation;

/// <summary>
/// Redraws one line on stderr (orders created / closed, errors, simulated clock) a few times a second; when stderr is
/// not a terminal, prints a plain line every few seconds instead, so logs stay readable.
/// </summary>
public static class ProgressBar
{
    public static async Task RunAsync(SimulationProgress progress, TextWriter output, bool interactive, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(interactive ? 250 : 5000));
        try
        {
            while (await timer.WaitForNextTickAsync(ct)) Draw(progress, output, interactive);
        }
        catch (OperationCanceledException)
        {
        }
        Draw(progress, output, interactive);
        if (interactive) output.WriteLine();
    }

    public static string Line(SimulationProgress p)
    {
        const int width = 30;
        var planned = Math.Max(1, p.Planned);
        var closedCells = (int)Math.Round(width * (double)p.Closed / planned);
        var createdCells = Math.Max(closedCells, (int)Math.Round(width * (double)p.Created / planned));
        var bar = new string('█', closedCells) + new string('▒', createdCells - closedCells) + new string('░', width - createdCells);
        var sim = p.SimulatedNow();
        var clock = $"第{(int)sim.TotalDays + 1}天 {sim.Hours:00}:{sim.Minutes:00}";
        return string.Create(CultureInfo.InvariantCulture,
            $"模拟 {clock} [{bar}] 受理 {p.Created}/{p.Planned} · 办结 {p.Closed} · 错误 {p.Errors}");
    }

    private static void Draw(SimulationProgress progress, TextWriter output, bool interactive)
    {
        if (interactive) output.Write("\r" + Line(progress) + "   ");
        else output.WriteLine(Line(progress));
        output.Flush();
    }
}
