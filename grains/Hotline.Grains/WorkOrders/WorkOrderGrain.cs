using Hotline.Contracts.Orders;
using Hotline.Contracts.Callers;
using Hotline.Domain.Categories;
using Hotline.Domain.Clocks;
using Hotline.Domain.Duplicates;
using Hotline.Domain.Reference;
using Hotline.Domain.Calendar;
using Hotline.Domain.WorkOrders;
using Hotline.Grains.Hosting;
using Hotline.Grains.Indexing;
using Hotline.Grains.Storage;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace Hotline.Grains.WorkOrders;

/// <summary>
/// A work order: loads its state, lets the domain decide, persists, then publishes and re-arms its
/// clocks. A grain timer fires each clock threshold to the second while the order is active; a
/// reminder re-activates the order after deactivation or a crash, and activation catches up on
/// every threshold that passed meanwhile. Thresholds are recorded in state, so each fires once.
/// </summary>
public sealed partial class WorkOrderGrain(
    [PersistentState("order", StorageNames.State)] IPersistentState<WorkOrderState> state,
    IClockPlanner planner,
    ReferenceData reference,
    WorkingCalendar calendar,
    IOrderIndex index,
    CategoryTree categories,
    OrderFollowUps followUps,
    Streams.IOrderEventPublisher publisher,
    TimeProvider time,
    IOptions<ClockOptions> clockOptions,
    ILogger<WorkOrderGrain> logger) : Grain, IWorkOrderGrain, IRemindable
{
    private const string ReminderName = "clocks";
    private static readonly TimeSpan PublishRetryFirst = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PublishRetryMax = TimeSpan.FromSeconds(30);
    private IGrainTimer? _timer;
    private IGrainTimer? _publishRetry;
    private TimeSpan _publishBackoff;

    private string Id => this.GetPrimaryKeyString();

    private WorkOrderData? Data => state.State.Order;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _storedPublishedThrough = state.State.PublishedThrough;
        if (Data is null) return;
        await TryPublishPending();
        await CatchUpClocks();
    }

    public Task<OrderSnapshot?> Get() => Task.FromResult(Data?.ToSnapshot(time.GetUtcNow(), reference));

    public async Task<OrderResult> Create(CreateOrder command)
    {
        // Only this activation's first read may skip storage; the rest of the call reads and calls as usual.
        FreshOrder.Forget();
        var result = await Receive(command);
        // A create that wrote nothing may have run on a fresh, unread activation (FreshOrder). Under an id that was
        // taken after all, that activation would show everyone else an empty order, so it does not outlive the call.
        if (result.Error is not null && state.Etag is null) DeactivateOnIdle();
        return result;
    }

    private async Task<OrderResult> Receive(CreateOrder command)
    {
        using var span = OrderTelemetry.StartCommand(nameof(Create), Id);
        if (Data is not null)
            return Fail(OrderErrorKind.Conflict, OrderTexts.AlreadyExists(Id), Data.Status);

        var fieldErrors = IntakeValidation.Check(command, reference, categories, planner, out var intake);
        if (fieldErrors.Count > 0)
            return OrderResult.Fail(new OrderError(OrderErrorKind.Invalid, OrderTexts.InvalidInput, fieldErrors, null));

        var now = time.GetUtcNow();
        var taskForce = reference.TaskForceFor(intake.Category, calendar.LocalDate(now));
        WorkOrder order;
        try
        {
            order = WorkOrder.Receive(Id, intake with { TaskForce = taskForce?.Code }, command.Actor, now, planner);
        }
        catch (DomainValidationException e)
        {
            return OrderResult.Fail(new OrderError(OrderErrorKind.Invalid, OrderTexts.InvalidInput, e.FieldErrors, null));
        }

        // Asked only of a valid intake (the phone is the caller grain's key). 最终答复: the caller's same matter was
        // closed with a final reply, so the seat gets that reply instead of a new order.
        var finalReply = await GrainFactory.GetGrain<ICallerGrain>(intake.Caller.Phone).FinalReplyFor(new MatterQuery
        {
            CallerPhone = intake.Caller.Phone, Topic = intake.Category, CategoryCode = intake.CategoryCode, Title = intake.Title,
            Content = intake.Content, Address = intake.Address, Lat = intake.Lat, Lon = intake.Lon,
        });
        if (finalReply is not null)
            return OrderResult.Fail(new OrderError(OrderErrorKind.Conflict, OrderTexts.FinalReplyLocked(finalReply.OrderId, finalReply.Department),
                new Dictionary<string, string[]>(), null) { FinalReply = finalReply });

        state.State = new WorkOrderState { Order = order.Data };
        try
        {
            await Persist();
        }
        catch (InconsistentStateException)
        {
            // The id is taken: another activation created it first, or a fresh id met an order storage already
            // held. Nothing of that order was touched: a received order has no clock yet, so Persist armed no
            // reminder before the refused insert (FreshOrderTests holds that). The state is now the stored one,
            // read back; the activation leaves so that order's next call activates it afresh and catches up on
            // its clocks. The seat's intake gets a new id at the edge.
            DeactivateOnIdle();
            return Fail(OrderErrorKind.Conflict, OrderTexts.AlreadyExists(Id), Data?.Status ?? OrderStatus.Received);
        }
        LogCreated(Id, intake.Category, taskForce?.Code);
        OrderTelemetry.Received(Data!);
        await followUps.AfterCreate(Data!);
        return OrderResult.Ok(Data!.ToSnapshot(now, reference));
    }

    public Task<OrderResult> Answer(AnswerOrder command) =>
        Execute((order, now) => order.Answer(command.Answer, command.Actor, now, command.KnowledgeId));

    public Task<OrderResult> Dispatch(DispatchOrder command)
    {
        var errors = new Dictionary<string, string[]>();
        if (!string.IsNullOrWhiteSpace(command.Lead) && reference.FindDepartment(command.Lead) is null)
            errors["lead"] = [OrderTexts.UnknownDepartment(command.Lead)];
        var coHandlers = command.CoHandlers ?? [];
        if (coHandlers.Any(string.IsNullOrWhiteSpace))
            errors["coHandlers"] = [OrderTexts.BlankDepartment];
        else if (coHandlers.Where(c => reference.FindDepartment(c) is null).ToArray() is { Length: > 0 } unknown)
            errors["coHandlers"] = unknown.Select(OrderTexts.UnknownDepartment).ToArray();
        return Execute((order, now) => order.Dispatch(command.Lead, coHandlers, command.Actor, now), errors);
    }

    public Task<OrderResult> Accept(AcceptOrder command) =>
        Execute((order, now) => order.Accept(command.Department, command.Actor, now), KnownDepartment(command.Department));

    public Task<OrderResult> Return(ReturnOrder command) =>
        Execute((order, now) => order.Return(command.Department, command.Grounds, command.Actor, now), KnownDepartment(command.Department));

    public Task<OrderResult> RequestExtension(RequestExtension command) =>
        Execute((order, now) => order.RequestExtension(command.Department, command.Until, command.Reason, command.Actor, now), KnownDepartment(command.Department));

    public Task<OrderResult> DecideExtension(DecideExtension command) =>
        Execute((order, now) => order.DecideExtension(command.Approved, command.Reason, command.Actor, now));

    public Task<OrderResult> Reply(ReplyOrder command) =>
        Execute((order, now) => order.Reply(command.Department, command.Content, command.Evidence ?? [], command.Final, command.Actor, now), KnownDepartment(command.Department));

    public async Task<OrderResult> Review(ReviewOrder command)
    {
        var known = Domain.Codes.TryParse<ReviewLevel>(command.Level, out var level);
        if (known && command.Approved && Data is not null && await BlockingRuleFailures(level) is { Count: > 0 } failed)
            return Fail(OrderErrorKind.Conflict, OrderTexts.BlockingRulesFailed(failed), Data.Status);
        return await Execute((order, now) => order.Review(level, command.Approved, command.Reasons ?? [], command.Actor, now),
            known ? null : Field("level", OrderTexts.MustBeOneOf(Domain.Codes.Allowed<ReviewLevel>())));
    }

    /// <summary>回访; "satisfaction" also takes "unreachable" (WorkOrderGrain.Supervision.cs has the rest of issue 5).</summary>
    public Task<OrderResult> Callback(CallbackOrder command)
    {
        var known = Domain.Codes.TryParse<Domain.Callbacks.CallbackOutcome>(command.Satisfaction, out var outcome);
        return Execute((order, now) => order.Callback(outcome, command.Resolved, command.Note, command.Actor, now),
            known ? null : Field("satisfaction", OrderTexts.MustBeOneOf(Domain.Codes.Allowed<Domain.Callbacks.CallbackOutcome>())));
    }

    public async Task<OrderResult> Merge(MergeOrder command)
    {
        if (Data is null) return NotFound();
        // Ask the domain first on a copy, so that the parent is only touched by a merge that can happen.
        var probe = new WorkOrder(StateJson.Clone(Data), planner).Merge(command.ParentId, command.Actor, time.GetUtcNow());
        if (!probe.Succeeded) return FromDomain(probe.Error!);

        var parent = await GrainFactory.GetGrain<IWorkOrderGrain>(command.ParentId).AddMergedChild(Id, command.Actor);
        if (parent.Error is { } error)
        {
            return error.Kind == OrderErrorKind.NotFound
                ? Invalid("parentId", OrderTexts.ParentNotFound(command.ParentId))
                : Fail(OrderErrorKind.Conflict, OrderTexts.ParentRefused(command.ParentId, error.Message), Data.Status);
        }
        return await Execute((order, now) => order.Merge(command.ParentId, command.Actor, now));
    }

    public Task<OrderResult> AddMergedChild(string childId, string actor) =>
        Execute((order, now) => order.AddMergedChild(childId, actor, now));

    public Task<OrderResult> Transfer(TransferOrder command)
    {
        var known = TransferCodes.TryParse(command.To, out var target);
        return Execute((order, now) => order.Transfer(target, command.Actor, now),
            known ? null : Field("to", OrderTexts.MustBeOneOf("110 | 119 | 120")));
    }

    public async Task<OrderResult> StartInquiry(StartInquiry command)
    {
        var known = KnownDepartment(command.Department);
        var contact = command.Contact;
        // Not named by the specialist: the department's registered emergency contact is who gets asked.
        if (string.IsNullOrWhiteSpace(contact) && known.Count == 0 && !string.IsNullOrWhiteSpace(command.Department)
            && await GrainFactory.GetGrain<Contracts.Departments.IDepartmentGrain>(command.Department).Get() is { EmergencyContact: { } registered })
            contact = $"{registered.Name} {registered.Phone}";
        return await Execute((order, now) => order.StartInquiry(command.Department, contact, command.Question, command.Actor, now), known);
    }

    public Task<OrderResult> AnswerInquiry(AnswerInquiry command) =>
        Execute((order, now) => order.AnswerInquiry(command.Department, command.Answer, command.Actor, now), KnownDepartment(command.Department));

    public Task<OrderResult> ReviewInquiry(ReviewInquiry command) =>
        Execute((order, now) => order.ReviewInquiry(command.Approved, command.Reasons ?? [], command.Actor, now));

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        await CatchUpClocks();
        var next = NextDeadline();
        // A reminder that outlived its clocks (state written before it was dropped) stops here.
        if (next is null)
        {
            await DropReminder();
            return;
        }
        // A reminder kept while the next threshold moved later fired early: armed again for the real one.
        if (state.State.ReminderDueAt != next)
        {
            try
            {
                await ArmReminder(next);
                await WriteState();
            }
            catch (InconsistentStateException)
            {
                // Another activation wrote meanwhile; its state names the reminder it armed.
                await ReadState();
            }
        }
    }

    /// <summary>Runs one command: edge checks, the domain's decision, then persist, publish and re-arm.</summary>
    private async Task<OrderResult> Execute(Func<WorkOrder, DateTimeOffset, CommandResult> command,
        Dictionary<string, string[]>? edgeErrors = null, [System.Runtime.CompilerServices.CallerMemberName] string commandName = "")
    {
        using var span = OrderTelemetry.StartCommand(commandName, Id);
        if (Data is null) return NotFound();
        if (edgeErrors is { Count: > 0 })
            return OrderResult.Fail(new OrderError(OrderErrorKind.Invalid, OrderTexts.InvalidInput, edgeErrors, Domain.Codes.Of(Data.Status)));

        var now = time.GetUtcNow();
        var before = Data.Status;
        var leadsBefore = Data.Handlers.Count(h => h.Role == HandlerRole.Lead);
        var result = command(new WorkOrder(Data, planner), now);
        if (!result.Succeeded) return FromDomain(result.Error!);

        try
        {
            await Persist();
        }
        catch (InconsistentStateException)
        {
            // Another activation wrote first (a failover race): decide again on what it wrote.
            if (Data is null) return NotFound();
            now = time.GetUtcNow();
            var retry = command(new WorkOrder(Data, planner), now);
            if (!retry.Succeeded) return FromDomain(retry.Error);
            await Persist();
        }
        OrderTelemetry.AfterCommand(Data, before, now);
        await followUps.AfterCommand(GrainFactory, Data, before, leadsBefore);
        return OrderResult.Ok(Data.ToSnapshot(now, reference));
    }

    private async Task CatchUpClocks()
    {
        if (Data is null) return;
        using var span = OrderTelemetry.StartCommand("Clocks", Id);
        var running = Data.Clocks.Count(c => c.IsRunning);
        var fired = new WorkOrder(Data, planner).Tick(time.GetUtcNow());
        // A return window closing fires nothing but still changes the state: persist that too.
        if (fired.Count == 0 && running == Data.Clocks.Count(c => c.IsRunning))
        {
            ArmTimer(NextDeadline());
            return;
        }
        foreach (var e in fired) LogClockFired(Id, e.Clock.ToString(), e.Department, e.Percent, e.Signal.ToString());
        try
        {
            await Persist();
        }
        catch (InconsistentStateException)
        {
            // Re-read: the thresholds recorded by the other writer are not fired again.
            if (Data is null) return;
            fired = new WorkOrder(Data, planner).Tick(time.GetUtcNow());
            await Persist();
        }
        OrderTelemetry.ClocksFired(Data, fired);
    }

    private async Task OnClockDue(CancellationToken cancellationToken) => await CatchUpClocks();

    private static OrderResult FromDomain(DomainError error) => OrderResult.Fail(new OrderError(
        error.Kind == DomainErrorKind.Invalid ? OrderErrorKind.Invalid : OrderErrorKind.Conflict,
        error.Message, error.FieldErrors, Domain.Codes.Of(error.CurrentStatus)));

    private OrderResult NotFound() => OrderResult.Fail(new OrderError(OrderErrorKind.NotFound, OrderTexts.NotFound(Id), new Dictionary<string, string[]>(), null));

    private OrderResult Invalid(string field, string message) => OrderResult.Fail(new OrderError(
        OrderErrorKind.Invalid, OrderTexts.InvalidInput, new Dictionary<string, string[]> { [field] = [message] }, Data is null ? null : Domain.Codes.Of(Data.Status)));

    private static OrderResult Fail(OrderErrorKind kind, string message, OrderStatus status) =>
        OrderResult.Fail(new OrderError(kind, message, new Dictionary<string, string[]>(), Domain.Codes.Of(status)));

    private static Dictionary<string, string[]> Field(string field, string message) => new() { [field] = [message] };

    private Dictionary<string, string[]> KnownDepartment(string department) =>
        string.IsNullOrWhiteSpace(department) || reference.FindDepartment(department) is not null
            ? []
            : new() { ["department"] = [OrderTexts.UnknownDepartment(department)] };
}
