using Hotline.Dashboard.Live;
using Hotline.Domain;
using Hotline.Domain.Calendar;
using Hotline.Domain.Reference;

namespace Hotline.Integration.Tests.Live;

/// <summary>Rows and reference data for the live-screen logic tests (no cluster needed).</summary>
internal static class LiveTestData
{
    public static ReferenceData Reference { get; } = ReferenceData.LoadDefault(DataDirectory.Default);

    public static WorkingCalendar Calendar { get; } = WorkingCalendar.LoadDefault(DataDirectory.Default);

    /// <summary>10:00 local on a Monday in the heating season.</summary>
    public static readonly DateTimeOffset Morning = new(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(8));

    public static readonly DateTimeOffset TodayStart = new(2026, 11, 30, 0, 0, 0, TimeSpan.FromHours(8));

    public static OrderRow Row(string id, long sequence = 1, string status = "dispatched", string? lead = "RL-LS",
        string district = "141102", string? taskForce = "HEATING", DateTimeOffset? receivedAt = null, DateTimeOffset? dispatchedAt = null,
        DateTimeOffset? completedAt = null, DateTimeOffset? sameDayDueAt = null, bool overdue = false, bool terminal = false) => new()
    {
        Id = id,
        Sequence = sequence,
        Status = status,
        StatusText = status,
        Title = "暖气不热",
        Category = "供热",
        Urgency = "normal",
        District = district,
        Lead = lead,
        Departments = lead is null ? [] : [lead],
        TaskForce = taskForce,
        ReceivedAt = receivedAt ?? Morning,
        DispatchedAt = dispatchedAt,
        CompletedAt = completedAt,
        SameDayDueAt = sameDayDueAt,
        Overdue = overdue,
        Clocks = [],
        Terminal = terminal,
    };
}
