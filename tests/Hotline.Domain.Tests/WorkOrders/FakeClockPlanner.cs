using Hotline.Domain.Clocks;

namespace Hotline.Domain.Tests.WorkOrders;

/// <summary>Fixed spans instead of calendars and policies, so the tests see exact deadlines.</summary>
internal sealed class FakeClockPlanner : IClockPlanner
{
    public static readonly TimeSpan AcceptSpan = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan EmergencySpan = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan ReturnWindowSpan = TimeSpan.FromDays(1);
    public static readonly TimeSpan CompletionSpan = TimeSpan.FromDays(2);
    public static readonly TimeSpan SameDaySpan = TimeSpan.FromHours(8);
    public static readonly TimeSpan CallbackSpan = TimeSpan.FromDays(1);

    public ClockThresholds Thresholds => ClockThresholds.Default;

    public List<(ClockTrigger Trigger, string? Department, DateTimeOffset At)> Calls { get; } = [];

    public IReadOnlyList<Clock> Plan(ClockTrigger trigger, OrderProfile order, DateTimeOffset at, string? department)
    {
        Calls.Add((trigger, department, at));
        List<Clock> clocks = [];
        void Add(ClockName name, TimeSpan span) =>
            clocks.Add(new Clock { Name = name, Department = department, StartedAt = at, DueAt = at + span });

        switch (trigger)
        {
            case ClockTrigger.DispatchedLead:
                Add(ClockName.Accept, AcceptSpan);
                Add(ClockName.ReturnWindow, ReturnWindowSpan);
                Add(ClockName.Completion, CompletionSpan);
                if (order.Urgency == Urgency.LifeSafety) Add(ClockName.EmergencyAnswer, EmergencySpan);
                if (order.TaskForce is not null) Add(ClockName.SameDay, SameDaySpan);
                break;
            case ClockTrigger.DispatchedCoHandler:
                Add(ClockName.Accept, AcceptSpan);
                Add(ClockName.Completion, CompletionSpan);
                // Offered to co-handlers too, so the tests prove the order keeps a single same-day clock.
                if (order.TaskForce is not null) Add(ClockName.SameDay, SameDaySpan);
                break;
            case ClockTrigger.Reopened:
                Add(ClockName.Accept, AcceptSpan);
                Add(ClockName.Completion, CompletionSpan);
                break;
            case ClockTrigger.ReviewApproved:
                Add(ClockName.Callback, CallbackSpan);
                break;
            case ClockTrigger.InquiryStarted:
                Add(ClockName.ContactAnswer, EmergencySpan);
                break;
        }
        return clocks;
    }
}
