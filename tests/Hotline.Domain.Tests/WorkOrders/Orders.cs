using System.Text.Json;
using Hotline.Domain.Clocks;
using Hotline.Domain.WorkOrders;

namespace Hotline.Domain.Tests.WorkOrders;

/// <summary>Shared intake, instants and scenarios that bring an order to each status.</summary>
internal static class Orders
{
    public const string Id = "WO-1";
    public const string Seat = "seat-1";
    public const string Dispatcher = "dispatcher-1";
    public const string Lead = "D1";
    public const string CoHandler = "D2";
    public const string LeadHandler = "handler-d1";

    /// <summary>Monday 2025-01-06 09:00 in Asia/Shanghai.</summary>
    public static readonly DateTimeOffset T0 = new(2025, 1, 6, 9, 0, 0, TimeSpan.FromHours(8));

    public static DateTimeOffset At(TimeSpan offset) => T0 + offset;

    public static DateTimeOffset Minutes(double minutes) => T0 + TimeSpan.FromMinutes(minutes);

    public static NewOrder Intake(string? taskForce = null, Urgency urgency = Urgency.Normal) => new()
    {
        Channel = "12345-phone",
        Caller = new CallerInfo { Phone = "13800001234", Name = "张先生", Type = CallerType.Citizen },
        DistrictCode = "141102",
        Address = "离石区滨河北路 12 号 3 单元",
        Lat = 37.52,
        Lon = 111.14,
        Category = "heating/no-heat",
        Title = "暖气不热",
        Content = "家中暖气温度不足 15 度，已持续三天。",
        Urgency = urgency,
        TaskForce = taskForce,
    };

    public static WorkOrder Receive(FakeClockPlanner? planner = null, string? taskForce = null, Urgency urgency = Urgency.Normal) =>
        WorkOrder.Receive(Id, Intake(taskForce, urgency), Seat, T0, planner ?? new FakeClockPlanner());

    public static string Json(WorkOrder order) => JsonSerializer.Serialize(order.Data);

    public static CommandResult Ok(CommandResult result)
    {
        Assert.True(result.Succeeded, result.Error?.Message);
        return result;
    }

    public static IEnumerable<Clock> ClocksOf(WorkOrder order, string? department, ClockName name) =>
        order.Data.Clocks.Where(c => c.Department == department && c.Name == name);

    /// <summary>An order brought to <paramref name="status"/> by ordinary commands, and the next free instant.</summary>
    public static (WorkOrder Order, DateTimeOffset Now) InStatus(OrderStatus status)
    {
        var order = Receive();
        switch (status)
        {
            case OrderStatus.Received:
                // Receive queues at once; a bare Received order exists only for orders stored mid-intake.
                order.Data.Status = OrderStatus.Received;
                return (order, Minutes(1));
            case OrderStatus.PendingDispatch:
                return (order, Minutes(1));
            case OrderStatus.DirectlyAnswered:
                Ok(order.Answer("已电话告知供热公司热线", Seat, Minutes(1)));
                return (order, Minutes(2));
            case OrderStatus.Transferred:
                Ok(order.Transfer(TransferTarget.Fire119, Seat, Minutes(1)));
                return (order, Minutes(2));
            case OrderStatus.Inquiring:
                Ok(order.StartInquiry(Lead, "王科长", "小区何时恢复供热？", Seat, Minutes(1)));
                return (order, Minutes(2));
            case OrderStatus.Merged:
                Ok(order.Merge("WO-0", Dispatcher, Minutes(1)));
                return (order, Minutes(2));
        }

        Ok(order.Dispatch(Lead, [CoHandler], Dispatcher, Minutes(5)));
        if (status == OrderStatus.Dispatched) return (order, Minutes(6));
        if (status == OrderStatus.Returned)
        {
            Ok(order.Return(Lead, "不属于本单位职责", LeadHandler, Minutes(8)));
            return (order, Minutes(9));
        }

        Ok(order.Accept(Lead, LeadHandler, Minutes(10)));
        if (status == OrderStatus.Accepted) return (order, Minutes(11));
        Ok(order.Reply(Lead, "已维修管道，温度恢复", ["photo-1.jpg"], false, LeadHandler, Minutes(60)));
        if (status == OrderStatus.Replied) return (order, Minutes(61));
        Ok(order.Review(ReviewLevel.Department, true, [], "dept-reviewer", Minutes(120)));
        if (status == OrderStatus.UnderReview) return (order, Minutes(121));
        Ok(order.Review(ReviewLevel.Centre, true, [], "centre-reviewer", Minutes(180)));
        if (status == OrderStatus.PendingCallback) return (order, Minutes(181));

        var satisfaction = status == OrderStatus.Reopened ? Satisfaction.Dissatisfied : Satisfaction.Satisfied;
        Ok(order.Callback(satisfaction, null, "callback-1", Minutes(240)));
        return (order, Minutes(241));
    }
}
