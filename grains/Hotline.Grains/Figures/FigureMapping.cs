using Hotline.Contracts.Figures;
using Hotline.Contracts.Streams;
using Hotline.Domain.Figures;

namespace Hotline.Grains.Figures;

/// <summary>Between the stream / contract shapes and the domain's figure types.</summary>
public static class FigureMapping
{
    public static FigureEvent ToFigureEvent(this OrderEvent e) => new()
    {
        OrderId = e.OrderId,
        Sequence = e.Sequence,
        At = e.At,
        Action = e.Action,
        To = e.To,
        Status = e.Status,
        Department = e.Department,
        Lead = e.Lead,
        Departments = e.Handlers,
        DistrictCode = e.DistrictCode,
        Category = e.Category,
        Reason = e.Reason,
        Satisfaction = e.Satisfaction,
        CallbackOutcome = e.CallbackOutcome,
        Resolved = e.Resolved,
        EscalationLevel = e.EscalationLevel,
        TypicalCases = e.TypicalCases,
        OnTime = e.OnTime,
    };

    public static FigureCounts ToCounts(this FigureCounters c) => new()
    {
        Received = c.Received,
        DirectlyAnswered = c.DirectlyAnswered,
        Dispatched = c.Dispatched,
        Accepted = c.Accepted,
        AcceptedOnTime = c.AcceptedOnTime,
        Returned = c.Returned,
        Replied = c.Replied,
        RepliedOnTime = c.RepliedOnTime,
        CallbacksReached = c.CallbacksReached,
        Satisfied = c.Satisfied,
        BasicallySatisfied = c.BasicallySatisfied,
        Dissatisfied = c.Dissatisfied,
        Resolved = c.Resolved,
        Unreachable = c.Unreachable,
        Reopened = c.Reopened,
        Closed = c.Closed,
        Breaches = c.Breaches,
        Escalations = new Dictionary<string, int>(c.Escalations),
        TypicalCases = new Dictionary<string, int>(c.TypicalCases),
    };

    public static FigureCounters ToCounters(this FigureCounts c) => new()
    {
        Received = c.Received,
        DirectlyAnswered = c.DirectlyAnswered,
        Dispatched = c.Dispatched,
        Accepted = c.Accepted,
        AcceptedOnTime = c.AcceptedOnTime,
        Returned = c.Returned,
        Replied = c.Replied,
        RepliedOnTime = c.RepliedOnTime,
        CallbacksReached = c.CallbacksReached,
        Satisfied = c.Satisfied,
        BasicallySatisfied = c.BasicallySatisfied,
        Dissatisfied = c.Dissatisfied,
        Resolved = c.Resolved,
        Unreachable = c.Unreachable,
        Reopened = c.Reopened,
        Closed = c.Closed,
        Breaches = c.Breaches,
        Escalations = new Dictionary<string, int>(c.Escalations),
        TypicalCases = new Dictionary<string, int>(c.TypicalCases),
    };

    public static FigureRateSet ToRateSet(this FigureRates r) =>
        new(r.ResponseRate, r.OnTimeAcceptance, r.OnTimeCompletion, r.ResolutionRate, r.SatisfactionRate, r.ReturnRate, r.RedoRate);

    public static FigureRowData ToData(this FigureRow row, string? name) =>
        new(row.Dimension, row.Key, name, row.Counters.ToCounts(), row.Counters.Rates().ToRateSet());
}
