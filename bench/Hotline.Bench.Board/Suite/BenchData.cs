namespace Hotline.Bench.Board.Suite;

/// <summary>
/// The real data files with one change: heating orders get a one-minute accept clock instead of
/// 30 minutes, so every dispatched order's thresholds (50 %, 75 %, 90 %, 100 % at 30, 45, 54 and
/// 60 s) fall due inside the run. The clock machinery is the production one.
/// </summary>
public static class BenchData
{
    public const string AcceptSpan = "1m";
    public static readonly TimeSpan AcceptClock = TimeSpan.FromMinutes(1);

    public static string Prepare(string workDirectory)
    {
        var source = Hotline.Domain.DataDirectory.Default;
        var target = Path.Combine(workDirectory, "bench-data");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy, overwrite: true);
        }
        var sla = Path.Combine(target, "sla-policies.json");
        var text = File.ReadAllText(sla);
        var shortened = text.Replace("\"accept\": \"30m\"", $"\"accept\": \"{AcceptSpan}\"", StringComparison.Ordinal);
        if (shortened == text) throw new BenchSetupException("sla-policies.json has no \"accept\": \"30m\" rule to shorten");
        File.WriteAllText(sla, shortened);
        return target;
    }
}
