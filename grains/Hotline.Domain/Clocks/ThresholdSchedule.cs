using System.Text.Json.Serialization;

namespace Hotline.Domain.Clocks;

/// <summary>
/// The threshold instants of a clock that counts working time (percent → instant), computed once by the
/// planner and replaced whole when the due time moves. Two small arrays instead of a dictionary: every
/// open order keeps a few of these in memory, and a four-entry dictionary costs about three times as
/// much. Stored as the JSON object a dictionary wrote (<c>{"50": instant, …}</c>), so states written
/// before read unchanged.
/// </summary>
[JsonConverter(typeof(ThresholdScheduleJsonConverter))]
public sealed class ThresholdSchedule
{
    private readonly int[] _percents;
    private readonly DateTimeOffset[] _instants;

    public ThresholdSchedule(IEnumerable<KeyValuePair<int, DateTimeOffset>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var sorted = entries.OrderBy(e => e.Key).ToArray();
        for (var i = 1; i < sorted.Length; i++)
            if (sorted[i].Key == sorted[i - 1].Key)
                throw new ArgumentException($"Threshold {sorted[i].Key}% appears twice in a schedule.", nameof(entries));
        _percents = sorted.Select(e => e.Key).ToArray();
        _instants = sorted.Select(e => e.Value).ToArray();
    }

    public int Count => _percents.Length;

    /// <summary>The thresholds in ascending percent.</summary>
    public IEnumerable<KeyValuePair<int, DateTimeOffset>> Entries =>
        _percents.Select((percent, i) => KeyValuePair.Create(percent, _instants[i]));

    public bool TryGetValue(int percent, out DateTimeOffset instant)
    {
        var i = Array.IndexOf(_percents, percent);
        instant = i >= 0 ? _instants[i] : default;
        return i >= 0;
    }
}
