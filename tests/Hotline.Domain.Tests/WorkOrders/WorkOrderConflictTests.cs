using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.WorkOrders.Orders;

namespace Hotline.Domain.Tests.WorkOrders;

/// <summary>Every command against every status: the legal ones succeed, the rest are refused and change nothing.</summary>
public sealed class WorkOrderConflictTests
{
    private const string Dept = Lead;

    private static readonly Dictionary<string, Func<WorkOrder, DateTimeOffset, CommandResult>> Commands = new()
    {
        ["answer"] = (o, t) => o.Answer("已电话告知", Seat, t),
        ["dispatch"] = (o, t) => o.Dispatch(Dept, [CoHandler], Dispatcher, t),
        ["accept"] = (o, t) => o.Accept(Dept, LeadHandler, t),
        ["return"] = (o, t) => o.Return(Dept, "不属于本单位职责", LeadHandler, t),
        ["request-extension"] = (o, t) => o.RequestExtension(Dept, t.AddDays(5), "需要协调", LeadHandler, t),
        ["decide-extension"] = (o, t) => o.DecideExtension(true, null, "centre-1", t),
        ["reply"] = (o, t) => o.Reply(Dept, "已处理", ["photo.jpg"], false, LeadHandler, t),
        ["review-department"] = (o, t) => o.Review(ReviewLevel.Department, true, [], "dept-reviewer", t),
        ["review-centre"] = (o, t) => o.Review(ReviewLevel.Centre, true, [], "centre-reviewer", t),
        ["callback"] = (o, t) => o.Callback(Satisfaction.Satisfied, null, "callback-1", t),
        ["merge"] = (o, t) => o.Merge("WO-PARENT", Dispatcher, t),
        ["add-merged-child"] = (o, t) => o.AddMergedChild("WO-CHILD", Dispatcher, t),
        ["transfer"] = (o, t) => o.Transfer(TransferTarget.Police110, Seat, t),
        ["start-inquiry"] = (o, t) => o.StartInquiry(CoHandler, null, "何时恢复？", Seat, t),
    };

    private static readonly OrderStatus[] NonTerminal =
    [
        OrderStatus.Received, OrderStatus.PendingDispatch, OrderStatus.Dispatched, OrderStatus.Accepted,
        OrderStatus.Replied, OrderStatus.UnderReview, OrderStatus.PendingCallback, OrderStatus.Returned, OrderStatus.Reopened, OrderStatus.Inquiring,
    ];

    private static readonly Dictionary<string, OrderStatus[]> Legal = new()
    {
        ["answer"] = [OrderStatus.Received, OrderStatus.PendingDispatch, OrderStatus.Inquiring],
        ["dispatch"] = [OrderStatus.Received, OrderStatus.PendingDispatch, OrderStatus.Returned, OrderStatus.Reopened, OrderStatus.Inquiring],
        ["accept"] = [OrderStatus.Dispatched, OrderStatus.Reopened],
        ["return"] = [OrderStatus.Dispatched, OrderStatus.Accepted],
        ["request-extension"] = [OrderStatus.Accepted],
        // Needs a pending request, which none of the scenarios has.
        ["decide-extension"] = [],
        ["reply"] = [OrderStatus.Accepted],
        ["review-department"] = [OrderStatus.Replied],
        ["review-centre"] = [OrderStatus.UnderReview],
        ["callback"] = [OrderStatus.PendingCallback],
        ["merge"] = [OrderStatus.Received, OrderStatus.PendingDispatch, OrderStatus.Dispatched, OrderStatus.Accepted, OrderStatus.Returned, OrderStatus.Inquiring],
        ["add-merged-child"] = NonTerminal,
        ["transfer"] = [OrderStatus.Received, OrderStatus.PendingDispatch, OrderStatus.Inquiring],
        // One inquiry at a time: a second one while it is open is a conflict.
        ["start-inquiry"] = [OrderStatus.Received, OrderStatus.PendingDispatch],
    };

    public static TheoryData<OrderStatus, string> Illegal()
    {
        var data = new TheoryData<OrderStatus, string>();
        foreach (var status in Enum.GetValues<OrderStatus>())
            foreach (var command in Commands.Keys.Where(c => !Legal[c].Contains(status)))
                data.Add(status, command);
        return data;
    }

    public static TheoryData<OrderStatus, string> Allowed()
    {
        var data = new TheoryData<OrderStatus, string>();
        foreach (var (command, statuses) in Legal)
            foreach (var status in statuses)
                data.Add(status, command);
        return data;
    }

    [Theory]
    [MemberData(nameof(Illegal))]
    public void Illegal_command_is_a_conflict_and_changes_nothing(OrderStatus status, string command)
    {
        var (order, now) = InStatus(status);
        var before = Json(order);

        var result = Commands[command](order, now);

        Assert.False(result.Succeeded);
        Assert.Equal(DomainErrorKind.Conflict, result.Error.Kind);
        Assert.Equal(status, result.Error.CurrentStatus);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
        Assert.Empty(result.Events);
        Assert.Equal(before, Json(order));
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Legal_command_succeeds(OrderStatus status, string command)
    {
        var (order, now) = InStatus(status);

        var result = Commands[command](order, now);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.NotEmpty(result.Events);
    }

    [Theory]
    [InlineData(OrderStatus.DirectlyAnswered, "直接答复")]
    [InlineData(OrderStatus.Closed, "办结")]
    [InlineData(OrderStatus.Merged, "并单")]
    [InlineData(OrderStatus.Transferred, "转办")]
    public void Terminal_states_refuse_everything_and_say_so(OrderStatus status, string statusText)
    {
        var (order, now) = InStatus(status);
        Assert.True(order.IsTerminal);
        var before = Json(order);

        foreach (var command in Commands.Values)
        {
            var result = command(order, now);
            Assert.False(result.Succeeded);
            Assert.Equal(DomainErrorKind.Conflict, result.Error.Kind);
            Assert.Equal(status, result.Error.CurrentStatus);
            Assert.Contains(statusText, result.Error.Message);
        }
        Assert.Empty(order.Tick(now.AddDays(30)));
        Assert.Equal(before, Json(order));
    }

    [Fact]
    public void Centre_review_before_department_review_is_a_conflict()
    {
        var (order, now) = InStatus(OrderStatus.Replied);

        var result = order.Review(ReviewLevel.Centre, true, [], "centre-reviewer", now);

        Assert.Equal(DomainErrorKind.Conflict, result.Error?.Kind);
        Assert.Equal(WorkOrderTexts.DepartmentReviewFirst, result.Error?.Message);
    }

    [Fact]
    public void Lead_reply_before_accepting_is_a_conflict()
    {
        var (order, now) = InStatus(OrderStatus.Dispatched);
        var before = Json(order);

        var result = order.Reply(Lead, "已处理", [], false, LeadHandler, now);

        Assert.Equal(DomainErrorKind.Conflict, result.Error?.Kind);
        Assert.Equal(before, Json(order));
    }

    [Fact]
    public void A_department_that_is_not_an_active_handler_cannot_accept()
    {
        var (order, now) = InStatus(OrderStatus.Dispatched);

        var result = order.Accept("D9", "someone", now);

        Assert.Equal(DomainErrorKind.Conflict, result.Error?.Kind);
        Assert.Contains("D9", result.Error?.Message);
    }

    [Fact]
    public void Accepting_twice_is_a_conflict()
    {
        var (order, now) = InStatus(OrderStatus.Dispatched);
        Ok(order.Accept(CoHandler, "handler-d2", now));
        var before = Json(order);

        var result = order.Accept(CoHandler, "handler-d2", now.AddMinutes(1));

        Assert.Equal(DomainErrorKind.Conflict, result.Error?.Kind);
        Assert.Equal(before, Json(order));
    }

    [Fact]
    public void Co_handler_cannot_return_or_ask_for_an_extension()
    {
        var (order, now) = InStatus(OrderStatus.Accepted);
        Ok(order.Accept(CoHandler, "handler-d2", now));
        var before = Json(order);

        Assert.Equal(DomainErrorKind.Conflict, order.Return(CoHandler, "不属于本单位职责", "handler-d2", now).Error?.Kind);
        Assert.Equal(DomainErrorKind.Conflict, order.RequestExtension(CoHandler, now.AddDays(9), "忙", "handler-d2", now).Error?.Kind);
        Assert.Equal(before, Json(order));
    }

    [Fact]
    public void A_second_extension_request_while_one_is_pending_is_a_conflict()
    {
        var (order, now) = InStatus(OrderStatus.Accepted);
        Ok(order.RequestExtension(Lead, now.AddDays(5), "需要协调", LeadHandler, now));
        var before = Json(order);

        var result = order.RequestExtension(Lead, now.AddDays(6), "还需要协调", LeadHandler, now);

        Assert.Equal(WorkOrderTexts.ExtensionAlreadyPending, result.Error?.Message);
        Assert.Equal(before, Json(order));
    }

    [Fact]
    public void Merged_child_is_recorded_once_and_a_terminal_parent_refuses()
    {
        var (parent, now) = InStatus(OrderStatus.Accepted);
        Ok(parent.AddMergedChild("WO-7", Dispatcher, now));

        var again = Ok(parent.AddMergedChild("WO-7", Dispatcher, now));

        Assert.Empty(again.Events);
        Assert.Equal(["WO-7"], parent.Data.MergedChildren);
        var (closed, later) = InStatus(OrderStatus.Closed);
        Assert.Equal(DomainErrorKind.Conflict, closed.AddMergedChild("WO-7", Dispatcher, later).Error?.Kind);
    }
}
