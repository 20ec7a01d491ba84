using System.Text;
using Hotline.Contracts;

namespace Hotline.Grains.Storage;

/// <summary>
/// A grain state's row: partition <c>service~grain type~bucket</c>, row <c>grain id~state name</c>.
/// Grains of a type share a few partitions (the bucket is a stable hash of the grain id) so that
/// writes arriving together can be committed together: an entity group transaction spans one
/// partition only. A few buckets per type keep each partition far below the service's
/// per-partition target (2,000 entities/s) at the hotline's peak.
/// </summary>
public static class StateRowKeys
{
    public static string Partition(string serviceId, GrainId grain, int partitions)
    {
        var bucket = Fnv1a.Of(grain.ToString()) % (uint)Math.Max(1, partitions);
        return $"{TypePrefix(serviceId, grain.Type)}{bucket:D2}";
    }

    /// <summary>What every partition of a grain type's states starts with; the bucket follows.</summary>
    public static string TypePrefix(string serviceId, GrainType type) => $"{Escape(serviceId)}~{Escape(type.ToString()!)}~";

    public static string Row(GrainId grain, string stateName) => $"{Escape(grain.ToString())}~{Escape(stateName)}";

    /// <summary>Keys may not hold '/', '\', '#', '?' or control characters; those (and '%', '~') are percent-encoded.</summary>
    internal static string Escape(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (NeedsEscape(c)) escaped.Append('%').Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else escaped.Append(c);
        }
        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) => c is '/' or '\\' or '#' or '?' or '%' or '~' || char.IsControl(c);
}
