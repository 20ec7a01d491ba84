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
    private double _azurite;
    private double _self;
    private double _wall;

    public PhaseCpu(int? azuritePid) => _azuritePid = azuritePid;

    /// <summary>Runs one round of the phase and adds what both sides spent in it (rounds of a phase may alternate with another's).</summary>
    public async Task<T> Measure<T>(Func<Task<T>> round)
    {
        var azuriteBefore = ReminderCost.CpuSeconds(_azuritePid);
        var selfBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = await round();
        _wall += watch.Elapsed.TotalSeconds;
        _azurite += ReminderCost.CpuSeconds(_azuritePid) - azuriteBefore;
        _self += (Process.GetCurrentProcess().TotalProcessorTime - selfBefore).TotalSeconds;
        return result;
    }

    /// <summary>"Azurite 0.61 ms + this process 0.40 ms CPU per upsert (Azurite 97 % of a core, this process 64 %)".</summary>
    public string Per(int operations, string what)
    {
        var (wall, azurite, self) = (_wall, _azurite, _self);
        var n = Math.Max(1, operations);
        return string.Create(CultureInfo.InvariantCulture,
            $"Azurite {azurite * 1000 / n:F2} ms + this process {self * 1000 / n:F2} ms CPU per {what} (Azurite {azurite / wall:P0} of a core, this process {self / wall:P0}, over {wall:F1} s)");
    }
}
