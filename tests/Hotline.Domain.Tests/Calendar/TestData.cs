using System.Globalization;
using Hotline.Domain.Calendar;
using Hotline.Domain.Clocks;

namespace Hotline.Domain.Tests.Calendar;

/// <summary>The real data files copied to the test output, loaded once.</summary>
internal static class TestData
{
    public static string DataDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "data");

    public static WorkingCalendar HotlineCalendar { get; } = WorkingCalendar.LoadDefault(DataDirectory);

    public static SlaPolicyBook Policies { get; } = SlaPolicyBook.LoadDefault(DataDirectory);

    public static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Instant and offset in one string, so an assert checks both.</summary>
    public static string Text(DateTimeOffset instant) =>
        instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
