using Hotline.Domain.Figures;

namespace Hotline.Domain.Tests.Figures;

/// <summary>Small builders of figure events for the figure tests.</summary>
internal static class FigureEvents
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static readonly DateTimeOffset November = new(2026, 11, 10, 10, 0, 0, TimeSpan.FromHours(8));

    public static FigureEvent Event(string orderId, long sequence, string action, string status = "dispatched",
        string? department = null, string? lead = null, DateTimeOffset? at = null, string district = "141102", string category = "供热") => new()
        {
            OrderId = orderId,
            Sequence = sequence,
            At = at ?? November,
            Action = action,
            Status = status,
            Department = department,
            Lead = lead,
            DistrictCode = district,
            Category = category,
        };

    public static FigureCounters Row(this FigureBook book, string month, string dimension, string key) =>
        book.MonthOf(month).GetValueOrDefault(FigureBook.RowKey(dimension, key)) ?? new FigureCounters();
}
