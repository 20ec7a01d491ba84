using System.Diagnostics;
using System.Globalization;

namespace Hotline.Bench.Board.Suite;

/// <summary>
/// CPU that Azurite and this process (the silo and its callers) spent over one phase, per operation and as a
/// share of a core: which side a rate is bound by. Azurite serves requests on one Node.js thread, so near
/// 100 % of a core it is the limit; the silo's share is of the whole process, callers included.
/// </summary>
public sealed class PhaseCpu
{
    private readonly int? _azuritePid;
    private readonly double _azuriteBefore;
    private readonly TimeSpan _selfBefore;
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    private PhaseCpu(int? azuritePid)
    {
        _azuritePid = azuritePid;
        _azuriteBefore = ReminderCost.CpuSeconds(azuritePid);
        _selfBefore = Process.GetCurrentProcess().TotalProcessorTime;
    }

    public static PhaseCpu Start(int? azuritePid) => new(azuritePid);

    /// <summary>"Azurite 0.61 ms + this process 0.40 ms CPU per upsert (Azurite 97 % of a core, this process 64 %)".</summary>
    public string Per(int operations, string what)
    {
        var wall = _watch.Elapsed.TotalSeconds;
        var azurite = ReminderCost.CpuSeconds(_azuritePid) - _azuriteBefore;
        var self = (Process.GetCurrentProcess().TotalProcessorTime - _selfBefore).TotalSeconds;
        var n = Math.Max(1, operations);
        return string.Create(CultureInfo.InvariantCulture,
            $"Azurite {azurite * 1000 / n:F2} ms + this process {self * 1000 / n:F2} ms CPU per {what} (Azurite {azurite / wall:P0} of a core, this process {self / wall:P0}, over {wall:F1} s)");
    }
}
