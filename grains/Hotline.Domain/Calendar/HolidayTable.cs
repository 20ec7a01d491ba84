namespace Hotline.Domain.Calendar;

/// <summary>
/// One year's official holiday arrangement for a region, as published by the State Council
/// each November (国务院办公厅关于部分节假日安排的通知).
/// </summary>
public sealed record HolidayTable(
    string Region,
    int Year,
    string Source,
    IReadOnlyList<Holiday> Holidays,
    IReadOnlyList<DateOnly> MakeUpWorkdays);
