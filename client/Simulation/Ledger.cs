using System.Globalization;

namespace Hotline.Client.Simulation;

/// <summary>
/// One acknowledged command: the order, the CLI action, the order's version in the answer and the audit action
/// recorded at that version (the event whose sequence equals the version). `audit --ledger` checks each is still there.
/// </summary>
public sealed record LedgerEntry(string OrderId, string Action, long Version, string? EventAction);

/// <summary>The ledger file: one tab-separated line per entry (any whitespace is read), '#' starts a comment.</summary>
public static class Ledger
{
    public static string Format(LedgerEntry e) =>
        string.Join('\t', e.OrderId, e.Action, e.Version.ToString(CultureInfo.InvariantCulture), e.EventAction ?? "-");

    public static LedgerEntry? Parse(string line)
    {
        if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#')) return null;
        var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 3 || !long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var version))
            throw new FormatException($"账本行格式错误：{line}");
        var eventAction = parts.Length > 3 && parts[3] != "-" ? parts[3] : null;
        return new LedgerEntry(parts[0], parts[1], version, eventAction);
    }

    public static IReadOnlyList<LedgerEntry> Read(string path) =>
        File.ReadLines(path).Select(Parse).OfType<LedgerEntry>().ToArray();
}

/// <summary>Appends entries as commands are acknowledged; each line is flushed at once so a crash loses nothing written.</summary>
public sealed class LedgerWriter(TextWriter writer) : IDisposable
{
    private readonly Lock _gate = new();

    public static LedgerWriter Open(string path) =>
        new(new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)));

    public void Append(LedgerEntry entry)
    {
        lock (_gate)
        {
            writer.WriteLine(Ledger.Format(entry));
            writer.Flush();
        }
    }

    public void Dispose() => writer.Dispose();
}
