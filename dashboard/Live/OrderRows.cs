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
    public OrderRow From(OrderEvent e) => new()
    {
        Id = e.OrderId,
        Sequence = e.Sequence,
        Status = e.Status,
        StatusText = StatusText(e.Status),
        Title = e.Title,
        Category = e.Category,
        Urgency = e.Urgency,
        District = e.DistrictCode,
        DistrictName = reference.FindDistrict(e.DistrictCode)?.Name,
        Lead = e.Lead,
        LeadName = DepartmentName(e.Lead),
        Departments = e.Departments,
        TaskForce = e.TaskForce,
        ReceivedAt = e.ReceivedAt,
        DispatchedAt = e.DispatchedAt,
        CompletedAt = e.CompletedAt,
        SameDayDueAt = e.SameDayDueAt,
        ChangedAt = e.At,
        Overdue = e.Overdue,
        Clocks = e.Clocks.Select(Clock).ToArray(),
        Terminal = IsTerminal(e.Status),
    };

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
