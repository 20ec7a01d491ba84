namespace Hotline.Bench.Board;

/// <summary>The 1-minute load average: on a shared 2-core box, other builds and tests move every figure here.</summary>
public static class MachineLoad
{
    public static string Now()
    {
        const string path = "/proc/loadavg";
        var first = File.Exists(path) ? File.ReadAllText(path).Split(' ')[0] : "n/a";
        return $"{first} on {Environment.ProcessorCount} cores";
    }
}
