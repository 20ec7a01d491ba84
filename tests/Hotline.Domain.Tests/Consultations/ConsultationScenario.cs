using Hotline.Domain.Clocks;
using Hotline.Domain.Consultations;
using Hotline.Domain.Tests.Calendar;
using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.WorkOrders.Orders;

namespace Hotline.Domain.Tests.Consultations;

/// <summary>An order in the dispatch queue with a consultation: lead D1, co-handlers D2 (4 h) and D3 (2 h).</summary>
internal static class ConsultationScenario
{
    public const string Third = "D3";
    public const string Topic = "暖气不热涉及供热公司与住建部门，责任如何划分";

    public static readonly ClockPlanner RealPlanner = new(TestData.Policies, TestData.HotlineCalendar);

    public static readonly DateTimeOffset OpenedAt = Minutes(1);

    public static WorkOrder Opened()
    {
        var order = WorkOrder.Receive(Id, Intake(), Seat, T0, RealPlanner);
        Ok(order.OpenConsultation(Topic, Lead,
            [new ConsultationInvitee(CoHandler, OpenedAt.AddHours(4)), new ConsultationInvitee(Third, OpenedAt.AddHours(2))],
            Dispatcher, OpenedAt));
        return order;
    }

    public static Clock ClockOf(WorkOrder order, string department) =>
        Assert.Single(order.Data.Clocks, c => c.Name == ClockName.Consultation && c.Department == department);
}
