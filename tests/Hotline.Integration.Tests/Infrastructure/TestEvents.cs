using Hotline.Contracts.Streams;

namespace Hotline.Integration.Tests.Infrastructure;

/// <summary>A minimal heating order event for tests that feed consumers directly; vary it with <c>with</c>.</summary>
public static class TestEvents
{
    public static OrderEvent Heating(string orderId, long sequence, string status = "dispatched", string? department = null) => new()
    {
        OrderId = orderId,
        Sequence = sequence,
        At = DateTimeOffset.UnixEpoch,
        Action = status,
        Actor = "test",
        Status = status,
        Lead = department,
        Departments = department is null ? [] : [department],
        DistrictCode = "141102",
        Category = "供热",
        Overdue = false,
        Clocks = [],
        CallerPhone = "13800000000",
        ReceivedAt = DateTimeOffset.UnixEpoch,
        Title = "暖气不热",
        CallerType = "citizen",
    };
}
