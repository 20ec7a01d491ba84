using System.Collections.Concurrent;
using System.Text;

namespace Hotline.Domain;

/// <summary>
/// Enumerations travel as kebab-case codes ("pending-dispatch", "life-safety", "same-day") over
/// the API, streams and grain contracts; this is the one place that converts both ways.
/// </summary>
public static class Codes
{
    private static readonly ConcurrentDictionary<Enum, string> ToCode = new();

    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        ToCode.GetOrAdd(value, v => Kebab(v.ToString()));

    public static string? Of<TEnum>(TEnum? value) where TEnum : struct, Enum =>
        value is { } v ? Of(v) : null;

    public static bool TryParse<TEnum>(string? code, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), code, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>All codes of an enumeration, for error messages that say what is allowed.</summary>
    public static string Allowed<TEnum>() where TEnum : struct, Enum =>
        string.Join(" | ", Enum.GetValues<TEnum>().Select(v => Of(v)));

    private static string Kebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && !char.IsDigit(name[i - 1])) builder.Append('-');
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
