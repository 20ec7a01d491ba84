namespace Hotline.Domain.Calendar;

/// <summary>Where the hotline works and its office hours.</summary>
public sealed record CalendarOptions
{
    /// <summary>IANA id of the hotline's time zone.</summary>
    public string TimeZoneId { get; init; } = "Asia/Shanghai";

    public TimeOnly OfficeOpens { get; init; } = new(9, 0);

    /// <summary>Working-day deadlines that start on a non-working day fall due at this time.</summary>
    public TimeOnly OfficeCloses { get; init; } = new(18, 0);
}
