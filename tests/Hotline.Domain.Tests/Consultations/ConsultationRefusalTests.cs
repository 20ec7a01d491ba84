using Hotline.Domain.Consultations;
using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.Consultations.ConsultationScenario;
using static Hotline.Domain.Tests.WorkOrders.Orders;

namespace Hotline.Domain.Tests.Consultations;

/// <summary>Bad input names its field; a consultation in the wrong state is a conflict; neither changes anything.</summary>
public sealed class ConsultationRefusalTests
{
    private static void Invalid(WorkOrder order, CommandResult result, string field)
    {
        var before = order.Version;
        Assert.False(result.Succeeded);
        Assert.Equal(DomainErrorKind.Invalid, result.Error!.Kind);
        Assert.Contains(field, result.Error.FieldErrors.Keys);
        Assert.Equal(before, order.Version);
    }

    private static void Conflict(WorkOrder order, CommandResult result, OrderStatus status)
    {
        Assert.False(result.Succeeded);
        Assert.Equal((DomainErrorKind.Conflict, status), (result.Error!.Kind, result.Error.CurrentStatus));
    }

    [Theory]
    [InlineData("", "D1", "D2", "topic")]
    [InlineData("议题", "", "D2", "lead")]
    [InlineData("议题", "D1", "", "coHandlers")]
    [InlineData("议题", "D1", "D1", "coHandlers")]
    public void Blank_or_clashing_input_is_named(string topic, string lead, string co, string field)
    {
        var order = WorkOrder.Receive(Id, Intake(), Seat, T0, RealPlanner);
        Invalid(order, order.OpenConsultation(topic, lead, [new ConsultationInvitee(co)], Dispatcher, OpenedAt), field);
        Assert.Null(order.Data.Consultation);
    }

    [Fact]
    public void At_least_one_distinct_co_handler_and_only_future_sub_deadlines()
    {
        var order = WorkOrder.Receive(Id, Intake(), Seat, T0, RealPlanner);
        Invalid(order, order.OpenConsultation(Topic, Lead, [], Dispatcher, OpenedAt), "coHandlers");
        Invalid(order, order.OpenConsultation(Topic, Lead, [new ConsultationInvitee(CoHandler), new ConsultationInvitee(CoHandler)], Dispatcher, OpenedAt), "coHandlers");
        Invalid(order, order.OpenConsultation(Topic, Lead,
            [new ConsultationInvitee(CoHandler), new ConsultationInvitee(Third, OpenedAt)], Dispatcher, OpenedAt), "coHandlers[1].dueAt");
        Assert.Empty(order.Data.Clocks);
    }

    [Fact]
    public void A_second_consultation_while_one_is_open_is_a_conflict()
    {
        var order = Opened();
        Conflict(order, order.OpenConsultation("再议", CoHandler, [new ConsultationInvitee(Lead)], Dispatcher, OpenedAt.AddMinutes(5)),
            OrderStatus.PendingDispatch);
        Assert.Equal(Topic, order.Data.Consultation!.Topic);
    }

    [Fact]
    public void A_terminal_order_takes_no_consultation()
    {
        var (order, now) = InStatus(OrderStatus.Closed);
        Conflict(order, order.OpenConsultation(Topic, Lead, [new ConsultationInvitee(CoHandler)], Dispatcher, now), OrderStatus.Closed);
    }

    [Fact]
    public void Only_a_participant_replies_once_and_only_while_open()
    {
        var order = Opened();
        Conflict(order, order.ReplyConsultation("D9", "意见", "handler-d9", OpenedAt.AddMinutes(5)), OrderStatus.PendingDispatch);
        Invalid(order, order.ReplyConsultation(CoHandler, " ", "handler-d2", OpenedAt.AddMinutes(5)), "opinion");
        Ok(order.ReplyConsultation(CoHandler, "意见", "handler-d2", OpenedAt.AddMinutes(5)));
        var version = order.Version;
        Conflict(order, order.ReplyConsultation(CoHandler, "再次意见", "handler-d2", OpenedAt.AddMinutes(6)), OrderStatus.PendingDispatch);
        Assert.Equal(version, order.Version);

        Ok(order.ConcludeConsultation("结论", false, Dispatcher, OpenedAt.AddMinutes(10)));
        Conflict(order, order.ReplyConsultation(Lead, "迟到的意见", LeadHandler, OpenedAt.AddMinutes(11)), OrderStatus.PendingDispatch);
    }

    [Fact]
    public void Concluding_needs_an_open_consultation_and_an_outcome()
    {
        var fresh = WorkOrder.Receive(Id, Intake(), Seat, T0, RealPlanner);
        Conflict(fresh, fresh.ConcludeConsultation("结论", false, Dispatcher, OpenedAt), OrderStatus.PendingDispatch);

        var order = Opened();
        Invalid(order, order.ConcludeConsultation("", false, Dispatcher, OpenedAt.AddMinutes(5)), "outcome");
        Assert.True(order.Data.Consultation!.IsOpen);
    }

    [Fact]
    public void Dispatching_an_order_already_in_hand_is_a_conflict_and_records_nothing()
    {
        var (order, now) = InStatus(OrderStatus.Accepted);
        Ok(order.OpenConsultation(Topic, CoHandler, [new ConsultationInvitee(Third)], Dispatcher, now));
        var version = order.Version;

        Conflict(order, order.ConcludeConsultation("改由 D2 主办", dispatch: true, Dispatcher, now.AddMinutes(5)), OrderStatus.Accepted);

        Assert.Equal(version, order.Version);
        Assert.True(order.Data.Consultation!.IsOpen);
        Ok(order.ConcludeConsultation("维持原承办单位", dispatch: false, Dispatcher, now.AddMinutes(6)));
        Assert.Equal((OrderStatus.Accepted, Lead), (order.Status, order.Data.Lead));
    }
}
