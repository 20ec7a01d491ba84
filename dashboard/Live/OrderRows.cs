using Hotline.Contracts.Orders;
using Hotline.Contracts.Streams;
using Hotline.Domain;
using Hotline.Domain.Clocks;
using Hotline.Domain.Reference;
using Hotline.Domain.WorkOrders;

namespace Hotline.Dashboard.Live;

/// <summary>Builds screen rows from stream events and index rows, naming districts, departments and clocks in Chinese.</summary>
public sealed class OrderRows(ReferenceData reference)
{
    /// <summary>An event carries everything an index row does: one mapping serves both, plus when it happened.</summary>
    public OrderRow From(OrderEvent e) => From(new OrderSummary(e.OrderId, e.Status, e.Category, e.DistrictCode, e.Lead, e.TaskForce,
        e.ReceivedAt, e.Overdue, e.Title, e.Departments, NextDueAt: null, StatusText: "")
    {
        Clocks = e.Clocks,
        DispatchedAt = e.DispatchedAt,
        CompletedAt = e.CompletedAt,
        Urgency = e.Urgency,
        Sequence = e.Sequence,
        SameDayDueAt = e.SameDayDueAt,
    }) with { ChangedAt = e.At };

    public OrderRow From(OrderSummary s) => new()
    {
        Id = s.Id,
        Sequence = s.Sequence,
        Status = s.Status,
        StatusText = StatusText(s.Status),
        Title = s.Title,
        Category = s.Category,
        Urgency = s.Urgency,
        District = s.DistrictCode,
        DistrictName = reference.FindDistrict(s.DistrictCode)?.Name,
        Lead = s.Lead,
        LeadName = DepartmentName(s.Lead),
        Departments = s.Departments,
        TaskForce = s.TaskForce,
        ReceivedAt = s.ReceivedAt,
        DispatchedAt = s.DispatchedAt,
        CompletedAt = s.CompletedAt,
        SameDayDueAt = s.SameDayDueAt,
        Overdue = s.Overdue,
        Clocks = s.Clocks.Select(Clock).ToArray(),
        Terminal = IsTerminal(s.Status),
    };

    public string? DepartmentName(string? code) => code is null ? null : reference.FindDepartment(code)?.Name ?? code;

    private ClockRow Clock(ClockSnapshot c) => new(
        c.Name,
        Codes.TryParse<ClockName>(c.Name, out var name) ? WorkOrderTexts.ClockNameText(name) : c.Name,
        c.Department,
        DepartmentName(c.Department),
        c.StartedAt,
        c.DueAt,
        // Index rows written before the field existed: fall back to the plain 75 % share.
        c.AmberAt ?? c.StartedAt + TimeSpan.FromTicks((c.DueAt - c.StartedAt).Ticks * 3 / 4),
        c.StoppedAt,
        c.State);

    private static string StatusText(string status) =>
        Codes.TryParse<OrderStatus>(status, out var parsed) ? WorkOrderTexts.OrderStatusText(parsed) : status;

    private static bool IsTerminal(string status) =>
        Codes.TryParse<OrderStatus>(status, out var parsed) && OrderStatuses.IsTerminal(parsed);
}
