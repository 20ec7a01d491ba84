using Hotline.Domain.Calendar;

namespace Hotline.Domain.Clocks;

/// <summary>Starts the clocks of a lifecycle moment from the SLA policy book and the working calendar.</summary>
public sealed class ClockPlanner(SlaPolicyBook policies, WorkingCalendar calendar) : IClockPlanner
{
    private static readonly ClockName[] LeadClocks =
        [ClockName.Accept, ClockName.ReturnWindow, ClockName.Completion, ClockName.EmergencyAnswer, ClockName.SameDay];

    private static readonly ClockName[] CoHandlerClocks = [ClockName.Accept, ClockName.Completion, ClockName.SameDay];

    private static readonly ClockName[] ReopenedClocks = [ClockName.Accept, ClockName.Completion, ClockName.SameDay];

    public ClockThresholds Thresholds => policies.Thresholds;

    public Callbacks.CallbackPolicy Callback => policies.Callback;

    public IReadOnlyList<Clock> Plan(ClockTrigger trigger, OrderProfile order, DateTimeOffset at, string? department)
    {
        ArgumentNullException.ThrowIfNull(order);
        var spans = policies.Resolve(order).Spans;
        return trigger switch
        {
            // The day received counts for same-day: a dispatch late in the day does not buy a new day.
            ClockTrigger.DispatchedLead => Start(LeadClocks, spans, at, Required(department), sameDayFrom: order.ReceivedAt),
            ClockTrigger.DispatchedCoHandler => Start(CoHandlerClocks, spans, at, Required(department), sameDayFrom: order.ReceivedAt),
            // A reopened order (重办) is new work: its same-day runs from the reopening.
            ClockTrigger.Reopened => Start(ReopenedClocks, spans, at, Required(department), sameDayFrom: at),
            ClockTrigger.ReviewApproved => Start([ClockName.Callback], spans, at, department: null, sameDayFrom: at),
            ClockTrigger.InquiryStarted => Start([ClockName.ContactAnswer], spans, at, Required(department), sameDayFrom: at),
            ClockTrigger.ConsultationOpened => Start([ClockName.Consultation], spans, at, Required(department), sameDayFrom: at),
            _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "Unknown clock trigger."),
        };
    }

    private List<Clock> Start(
        ClockName[] names, IReadOnlyDictionary<ClockName, ClockSpan> spans,
        DateTimeOffset at, string? department, DateTimeOffset sameDayFrom)
    {
        var clocks = new List<Clock>(names.Length);
        foreach (var name in names)
        {
            if (!spans.TryGetValue(name, out var span)) continue;
            var start = calendar.ToLocal(name == ClockName.SameDay ? sameDayFrom : at);
            var clock = new Clock
            {
                Name = name,
                Department = department,
                StartedAt = start,
                DueAt = span.DueFrom(start, calendar, policies.SameDay),
            };
            // A clock in working days warns at shares of its working time, not of the calendar.
            if (span.Unit == ClockSpanUnit.WorkingDays) clock.Schedule = WorkingSchedule(clock);
            clocks.Add(clock);
        }
        return clocks;
    }

    public void Reschedule(Clock clock)
    {
        if (clock.Schedule is not null) clock.Schedule = WorkingSchedule(clock);
    }

    private ThresholdSchedule WorkingSchedule(Clock clock) =>
        new(policies.Thresholds.Items.Select(t => KeyValuePair.Create(t.Percent, WorkingTime.Share(calendar, clock.StartedAt, clock.DueAt, t.Percent))));

    private static string Required(string? department) =>
        string.IsNullOrWhiteSpace(department)
            ? throw new ArgumentException("A department clock needs the department.", nameof(department))
            : department;
}
