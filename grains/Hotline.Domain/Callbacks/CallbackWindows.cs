using System.Globalization;

namespace Hotline.Domain.Callbacks;

/// <summary>
/// The hours of the day in which a caller may be phoned back (no calls at lunch or at night), in the city's local
/// time, the same every day. A window includes its start and excludes its end.
/// </summary>
public sealed class CallbackWindows
{
    private readonly (TimeOnly Start, TimeOnly End)[] _windows;

    public CallbackWindows(IEnumerable<(TimeOnly Start, TimeOnly End)> windows, TimeZoneInfo? timeZone = null)
    {
        _windows = windows.OrderBy(w => w.Start).ToArray();
        if (_windows.Length == 0) throw new ArgumentException("At least one callback window is needed.", nameof(windows));
        for (var i = 0; i < _windows.Length; i++)
        {
            if (_windows[i].End <= _windows[i].Start)
                throw new ArgumentException($"Callback window {_windows[i].Start:HH\\:mm}-{_windows[i].End:HH\\:mm} must end after it starts.", nameof(windows));
            if (i > 0 && _windows[i].Start < _windows[i - 1].End)
                throw new ArgumentException("Callback windows must not overlap.", nameof(windows));
        }
        TimeZone = timeZone ?? TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    }

    public static CallbackWindows Default { get; } = Parse(["08:30-12:00", "14:30-20:30"]);

    public TimeZoneInfo TimeZone { get; }

    public IReadOnlyList<(TimeOnly Start, TimeOnly End)> Windows => _windows;

    public bool IsCallable(DateTimeOffset instant)
    {
        var time = TimeOnly.FromTimeSpan(Local(instant).TimeOfDay);
        return _windows.Any(w => time >= w.Start && time < w.End);
    }

    /// <summary><paramref name="instant"/> itself when callable, else the start of the next window (possibly tomorrow).</summary>
    public DateTimeOffset NextCallableAt(DateTimeOffset instant)
    {
        if (IsCallable(instant)) return instant;
        var local = Local(instant);
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        var laterToday = _windows.Where(w => w.Start > time).Select(w => (TimeOnly?)w.Start).FirstOrDefault();
        var at = laterToday is { } start
            ? local.Date + start.ToTimeSpan()
            : local.Date.AddDays(1) + _windows[0].Start.ToTimeSpan();
        return new DateTimeOffset(at, TimeZone.GetUtcOffset(at));
    }

    /// <summary>Reads "HH:mm-HH:mm" entries; a bad entry throws <see cref="FormatException"/> naming it.</summary>
    public static CallbackWindows Parse(IEnumerable<string> entries)
    {
        var windows = entries.Select(entry =>
        {
            var parts = entry.Split('-');
            if (parts.Length != 2 || !Time(parts[0], out var start) || !Time(parts[1], out var end))
                throw new FormatException($"callback window '{entry}' is not HH:mm-HH:mm.");
            return (start, end);
        }).ToArray();
        try
        {
            return new CallbackWindows(windows);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException(ex.Message, ex);
        }
    }

    private static bool Time(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;
}
