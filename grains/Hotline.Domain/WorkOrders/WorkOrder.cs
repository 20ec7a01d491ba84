using Hotline.Domain.Clocks;

namespace Hotline.Domain.WorkOrders;

/// <summary>
/// The work-order state machine over a <see cref="WorkOrderData"/>. Every command checks everything first and
/// only then mutates, so a refused command leaves the data untouched; a successful one appends audit events.
/// Commands are split by concern across the <c>WorkOrder.*.cs</c> partials.
/// </summary>
public sealed partial class WorkOrder
{
    private readonly IClockPlanner planner;

    public WorkOrder(WorkOrderData data, IClockPlanner planner)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(planner);
        Data = data;
        this.planner = planner;
    }

    public WorkOrderData Data { get; }

    public OrderStatus Status => Data.Status;

    public long Version => Data.Version;

    public bool IsTerminal => OrderStatuses.IsTerminal(Data.Status);

    /// <summary>Creates an order from the seat's intake: 受理, then straight into the dispatch queue.</summary>
    /// <exception cref="DomainValidationException">The intake is incomplete or malformed.</exception>
    public static WorkOrder Receive(string id, NewOrder intake, string actor, DateTimeOffset now, IClockPlanner planner)
    {
        ArgumentNullException.ThrowIfNull(intake);
        var errors = IntakeValidator.Validate(id, intake, actor);
        if (errors.Any) throw new DomainValidationException(errors.ToDictionary());

        var data = new WorkOrderData
        {
            Id = id,
            Status = OrderStatus.Received,
            Channel = intake.Channel,
            Caller = intake.Caller,
            DistrictCode = intake.DistrictCode,
            Address = intake.Address,
            Lat = intake.Lat,
            Lon = intake.Lon,
            Category = intake.Category,
            CategoryCode = intake.CategoryCode,
            SuggestedDepartments = [.. intake.SuggestedDepartments],
            SuggestionSource = intake.SuggestionSource,
            Title = intake.Title,
            Content = intake.Content,
            Urgency = intake.Urgency,
            TaskForce = intake.TaskForce,
            ReceivedAt = now,
        };
        var order = new WorkOrder(data, planner);
        order.Record(AuditActions.Received, actor, now, from: null, to: OrderStatus.Received);
        order.MoveTo(OrderStatus.PendingDispatch, AuditActions.Queued, actor, now);
        return order;
    }

    private OrderProfile Profile => new(Data.Category, Data.Urgency, Data.TaskForce, Data.ReceivedAt);

    private HandlerRecord? ActiveHandler(string department) =>
        Data.Handlers.LastOrDefault(h => h.Active && h.Department == department);

    private HandlerRecord? LeadRecord =>
        Data.Handlers.LastOrDefault(h => h.Active && h.Role == HandlerRole.Lead);

    /// <summary>Conflict unless the order is in one of <paramref name="allowed"/>; terminal states say so.</summary>
    private DomainError? RefuseUnless(string command, params ReadOnlySpan<OrderStatus> allowed)
    {
        if (IsTerminal) return Conflict(WorkOrderTexts.Terminal(command, Data.Status));
        return allowed.Contains(Data.Status) ? null : Conflict(WorkOrderTexts.NotAllowed(command, Data.Status));
    }

    private DomainError? RefuseIfTerminal(string command) =>
        IsTerminal ? Conflict(WorkOrderTexts.Terminal(command, Data.Status)) : null;

    private DomainError? RequireActiveHandler(string department) =>
        ActiveHandler(department) is null ? Conflict(WorkOrderTexts.NotAHandler(department)) : null;

    private DomainError? RequireLead(string department, string command) => ActiveHandler(department) switch
    {
        null => Conflict(WorkOrderTexts.NotAHandler(department)),
        { Role: HandlerRole.Lead } => null,
        _ => Conflict(WorkOrderTexts.LeadOnly(command)),
    };

    private DomainError Conflict(string message) => DomainError.Conflict(message, Data.Status);

    private DomainError? Check(FieldErrors errors) =>
        errors.Any ? DomainError.Invalid(errors.ToDictionary(), Data.Status) : null;

    /// <summary>
    /// Applies a validated command. Thresholds that passed before <paramref name="now"/> are collected first, so a
    /// command that stops a clock never swallows a breach the timer had not reported yet.
    /// </summary>
    private CommandResult Commit(DateTimeOffset now, Action apply)
    {
        var mark = Data.Events.Count;
        var clockEvents = CollectClocks(now);
        apply();
        FlagTypicalCases(now);
        return CommandResult.Success(Data.Events.GetRange(mark, Data.Events.Count - mark), clockEvents);
    }

    private void MoveTo(OrderStatus to, string action, string actor, DateTimeOffset now, string? reason = null, string? department = null)
    {
        var from = Data.Status;
        Data.Status = to;
        Record(action, actor, now, from, to, reason, department);
    }

    private void Record(string action, string actor, DateTimeOffset now,
        OrderStatus? from = null, OrderStatus? to = null, string? reason = null, string? department = null) =>
        Data.Events.Add(new AuditEvent
        {
            Sequence = Data.Events.Count + 1,
            At = now,
            Actor = actor,
            Action = action,
            From = from,
            To = to,
            Reason = reason,
            Department = department,
        });
}
