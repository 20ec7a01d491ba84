using Hotline.Domain.Callers;
using Hotline.Domain.WorkOrders;

namespace Hotline.Domain.Tests.Callers;

/// <summary>Order facts of one caller, as the work-order grain would publish them.</summary>
internal static class Facts
{
    public const string Phone = "13800001234";

    /// <summary>Monday 2025-01-20 09:00 in Asia/Shanghai.</summary>
    public static readonly DateTimeOffset Now = new(2025, 1, 20, 9, 0, 0, TimeSpan.FromHours(8));

    public static CallerOrderFact Received(string id, DateTimeOffset at, string topic = "供热", CallerType type = CallerType.Citizen) => new()
    {
        OrderId = id,
        Sequence = 2,
        Action = AuditActions.Queued,
        Status = OrderStatus.PendingDispatch,
        At = at,
        ReceivedAt = at,
        CallerPhone = Phone,
        CallerName = "张先生",
        CallerType = type,
        Title = $"{topic}问题",
        CategoryTopic = topic,
        CategoryCode = "0102",
        Content = "家中暖气温度不足15度，已持续三天。",
        Address = "离石区滨河北路12号3单元",
        Lat = 37.52,
        Lon = 111.14,
    };

    /// <summary>A later change of the same order: only the status-level snapshot.</summary>
    public static CallerOrderFact Then(CallerOrderFact received, long sequence, string action, OrderStatus status, TimeSpan after,
        Satisfaction? satisfaction = null, int reopenCount = 0) => new()
    {
        OrderId = received.OrderId,
        Sequence = sequence,
        Action = action,
        Status = status,
        At = received.ReceivedAt + after,
        ReceivedAt = received.ReceivedAt,
        Satisfaction = satisfaction,
        ReopenCount = reopenCount,
    };

    public static CallerOrderFact Answered(string id, DateTimeOffset at, string topic = "供热") =>
        Received(id, at, topic) with { Sequence = 2, Action = AuditActions.Answered, Status = OrderStatus.DirectlyAnswered };

    public static CallerHistory History(params CallerOrderFact[] facts)
    {
        var history = new CallerHistory(new CallerHistoryData());
        foreach (var fact in facts) Assert.True(history.Apply(fact));
        return history;
    }
}
