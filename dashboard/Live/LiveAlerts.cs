using System.Globalization;
using Hotline.Contracts.Streams;
using Hotline.Domain;
using Hotline.Domain.Clocks;
using Hotline.Domain.WorkOrders;

namespace Hotline.Dashboard.Live;

/// <summary>Turns the order events people must notice into alerts; the rest (reviews, callbacks…) show only as row changes.</summary>
public sealed class LiveAlerts(OrderRows rows)
{
    public LiveAlert? From(OrderEvent e, OrderRow row)
    {
        var department = rows.DepartmentName(e.Department);
        var (kind, text, percent) = e.Action switch
        {
            AuditActions.Received => (AlertKinds.Received, LiveTexts.Received(e.Title, row.DistrictName), 0),
            AuditActions.Dispatched => (AlertKinds.Dispatch, LiveTexts.Dispatched(e.Title, row.LeadName), 0),
            AuditActions.Returned => (AlertKinds.Return, LiveTexts.Returned(department, e.Title, e.Reason), 0),
            AuditActions.Accepted => (AlertKinds.Accept, LiveTexts.Accepted(department, e.Title), 0),
            AuditActions.Replied => (AlertKinds.Reply, LiveTexts.Replied(department, e.Title), 0),
            AuditActions.ClockWarning or AuditActions.ClockBreach or AuditActions.ClockEscalation => ClockAlert(e, department),
            _ => (null, "", 0),
        };
        if (kind is null) return null;
        return new LiveAlert($"{e.OrderId}:{e.Sequence}", e.OrderId, kind, text, e.At, e.Department, department,
            e.TaskForce, e.Departments, percent);
    }

    /// <summary>A clock event's reason reads "accept 75%" (see <see cref="WorkOrderTexts.ClockReason"/>).</summary>
    private static (string?, string, int) ClockAlert(OrderEvent e, string? department)
    {
        var parts = (e.Reason ?? "").Split(' ', 2);
        var clock = Codes.TryParse<ClockName>(parts[0], out var name) ? WorkOrderTexts.ClockNameText(name) : parts[0];
        var percent = parts.Length > 1 && int.TryParse(parts[1].TrimEnd('%'), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
        return e.Action switch
        {
            AuditActions.ClockWarning => (AlertKinds.Warning, LiveTexts.Warning(department, e.Title, clock, percent), percent),
            AuditActions.ClockBreach => (AlertKinds.Breach, LiveTexts.Breach(department, e.Title, clock), percent),
            _ => (AlertKinds.Escalation, LiveTexts.Escalation(department, e.Title, clock, percent), percent),
        };
    }
}
