using Hotline.Domain.Clocks;
using Hotline.Domain.Consultations;
using Hotline.Domain.Tests.Calendar;
using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.Consultations.ConsultationScenario;
using static Hotline.Domain.Tests.WorkOrders.Orders;

namespace Hotline.Domain.Tests.Consultations;

/// <summary>会商: a lead and two co-handlers with their own sub-deadlines, their opinions, and the conclusion.</summary>
public sealed class ConsultationFlowTests
{
    [Fact]
    public void Opening_gives_each_participant_its_own_clock_and_leaves_the_status_alone()
    {
        var order = Opened();

        Assert.Equal(OrderStatus.PendingDispatch, order.Status);
        var consultation = order.Data.Consultation!;
        Assert.True(consultation.IsOpen);
        Assert.Equal(new[] { (Lead, ConsultationRole.Lead), (CoHandler, ConsultationRole.Co), (Third, ConsultationRole.Co) },
            consultation.Participants.Select(p => (p.Department, p.Role)).ToArray());
        Assert.Equal(OpenedAt.AddHours(4), ClockOf(order, CoHandler).DueAt);
        Assert.Equal(OpenedAt.AddHours(2), ClockOf(order, Third).DueAt);
        // The lead's deadline is the policy's "consultation" span: one working day.
        Assert.Equal(TestData.HotlineCalendar.AddWorkingDays(OpenedAt, 1), ClockOf(order, Lead).DueAt);
        Assert.Equal(ClockOf(order, Lead).DueAt, consultation.Participant(Lead)!.DueAt);
        Assert.Equal(AuditActions.ConsultationOpened, order.Data.Events[^1].Action);
    }

    [Fact]
    public void One_replies_in_time_one_breaches_and_replies_late_then_the_conclusion_dispatches_to_the_lead()
    {
        var order = Opened();

        Ok(order.ReplyConsultation(CoHandler, "供热管网属供热公司维护，建议其牵头", "handler-d2", OpenedAt.AddHours(1)));
        Assert.Equal(ClockOutcome.Met, ClockOf(order, CoHandler).Outcome);
        Assert.False(order.Data.Consultation!.Participant(CoHandler)!.Late);

        var fired = order.Tick(OpenedAt.AddHours(2));
        var breach = Assert.Single(fired, e => e.Signal == ClockSignal.Breach);
        Assert.Equal((ClockName.Consultation, Third), (breach.Clock, breach.Department));
        Assert.Contains(order.Data.Events, e => e.Action == AuditActions.ClockBreach && e.Department == Third && e.Reason == "consultation 100%");

        Ok(order.ReplyConsultation(Third, "同意供热公司牵头，住建部门配合", "handler-d3", OpenedAt.AddHours(3)));
        Assert.Equal(ClockOutcome.Late, ClockOf(order, Third).Outcome);
        Assert.True(order.Data.Consultation!.Participant(Third)!.Late);
        Ok(order.ReplyConsultation(Lead, "同意牵头办理", LeadHandler, OpenedAt.AddHours(3.5)));

        Ok(order.ConcludeConsultation("由 D1 牵头，D2、D3 协办", dispatch: true, Dispatcher, OpenedAt.AddHours(4)));

        Assert.Equal(OrderStatus.Dispatched, order.Status);
        Assert.Equal(Lead, order.Data.Lead);
        Assert.Equal([CoHandler, Third], order.Data.CoHandlers);
        var consultation = order.Data.Consultation!;
        Assert.False(consultation.IsOpen);
        Assert.Equal("由 D1 牵头，D2、D3 协办", consultation.Outcome);
        Assert.Empty(consultation.Missing);
        Assert.All(consultation.Participants, p => Assert.NotNull(p.Opinion));
        // The conclusion is recorded first, then the dispatch, in the same command.
        Assert.Equal(new[] { AuditActions.ConsultationConcluded, AuditActions.Dispatched },
            order.Data.Events.TakeLast(2).Select(e => e.Action).ToArray());
        Assert.NotEmpty(ClocksOf(order, Third, ClockName.Accept));
    }

    [Fact]
    public void Concluding_without_dispatch_names_the_silent_participants_and_cancels_their_clocks()
    {
        var order = Opened();
        Ok(order.ReplyConsultation(CoHandler, "建议由 D1 牵头", "handler-d2", OpenedAt.AddMinutes(30)));
        var version = order.Version;

        Ok(order.ConcludeConsultation("先由 D1 牵头调查", dispatch: false, Dispatcher, OpenedAt.AddMinutes(45)));

        Assert.Equal(OrderStatus.PendingDispatch, order.Status);
        Assert.Equal([Lead, Third], order.Data.Consultation!.Missing);
        Assert.Equal(ClockOutcome.Cancelled, ClockOf(order, Lead).Outcome);
        Assert.Equal(ClockOutcome.Cancelled, ClockOf(order, Third).Outcome);
        Assert.Equal(ClockOutcome.Met, ClockOf(order, CoHandler).Outcome);
        Assert.Equal(version + 1, order.Version);
        Assert.Contains("D1、D3", order.Data.Events[^1].Reason);
        // Nothing of the consultation can fire any more.
        Assert.DoesNotContain(order.Tick(OpenedAt.AddDays(3)), e => e.Clock == ClockName.Consultation);
    }

    [Fact]
    public void A_concluded_consultation_makes_room_for_a_new_one()
    {
        var order = Opened();
        Ok(order.ConcludeConsultation("暂不派单", dispatch: false, Dispatcher, OpenedAt.AddHours(1)));

        Ok(order.OpenConsultation("第二次会商", CoHandler, [new ConsultationInvitee(Lead)], Dispatcher, OpenedAt.AddHours(2)));

        Assert.True(order.Data.Consultation!.IsOpen);
        Assert.Equal(CoHandler, order.Data.Consultation.Lead);
    }

    [Fact]
    public void A_returned_order_is_dispatched_again_by_the_conclusion()
    {
        var (order, now) = InStatus(OrderStatus.Returned);
        Ok(order.OpenConsultation("退单后会商", CoHandler, [new ConsultationInvitee(Lead)], Dispatcher, now));

        Ok(order.ConcludeConsultation("改由 D2 主办", dispatch: true, Dispatcher, now.AddMinutes(10)));

        Assert.Equal((OrderStatus.Dispatched, CoHandler), (order.Status, order.Data.Lead));
        Assert.Equal([Lead], order.Data.CoHandlers);
    }

    [Fact]
    public void The_consultation_survives_a_json_round_trip()
    {
        var order = Opened();
        Ok(order.ReplyConsultation(CoHandler, "意见", "handler-d2", OpenedAt.AddHours(1)));

        var copy = System.Text.Json.JsonSerializer.Deserialize<WorkOrderData>(Json(order))!;

        Assert.Equal(Json(order), System.Text.Json.JsonSerializer.Serialize(copy));
        Assert.Equal("意见", copy.Consultation!.Participant(CoHandler)!.Opinion);
    }
}
