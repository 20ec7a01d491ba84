using Hotline.Domain.Clocks;
using Hotline.Domain.Supervision;
using Hotline.Domain.Tests.WorkOrders;
using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.WorkOrders.Orders;

namespace Hotline.Domain.Tests.Supervision;

/// <summary>
/// 提级督办 step by step: an accepted order whose completion clock (2 days in the fake planner) runs over climbs
/// department head (100 %) → centre (150 %) → leadership (200 %), one step per rung, each acknowledged on its own.
/// </summary>
public sealed class EscalationLadderTests
{
    private static readonly DateTimeOffset Dispatched = Minutes(5);
    private static readonly DateTimeOffset Due = Dispatched + FakeClockPlanner.CompletionSpan;

    private static DateTimeOffset At(int percent) => Dispatched + FakeClockPlanner.CompletionSpan * percent / 100;

    /// <summary>Accepted in time, so only the completion clock can climb.</summary>
    private static WorkOrder Accepted()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [], Dispatcher, Dispatched));
        Ok(order.Accept(Lead, LeadHandler, Minutes(10)));
        return order;
    }

    [Fact]
    public void The_ladder_climbs_one_rung_per_threshold_and_each_rung_is_acknowledged_separately()
    {
        var order = Accepted();

        // 50, 75 and 90 % are warnings; the 90 % one tells the department head but is no step.
        foreach (var percent in new[] { 50, 75, 90 })
            Assert.Single(order.Tick(At(percent)));
        Assert.Empty(order.Tick(Due.AddTicks(-1)));
        Assert.Empty(order.Data.Supervision);

        var breach = Assert.Single(order.Tick(Due));
        var step = Assert.Single(order.Data.Supervision);
        Assert.Equal((EscalationLevel.DepartmentHead, ClockName.Completion, Lead, Due), (step.Level, step.Clock, step.Department, step.NotifiedAt));
        var audit = order.Data.Events.Single(e => e.Sequence == step.Sequence);
        Assert.Equal((AuditActions.ClockBreach, "completion 100%"), (audit.Action, audit.Reason));
        Assert.Equal(ClockSignal.Breach, breach.Signal);

        // A second tick at the same instant adds nothing.
        var before = Json(order);
        Assert.Empty(order.Tick(Due));
        Assert.Equal(before, Json(order));

        var ack = Ok(order.AcknowledgeEscalation(EscalationLevel.DepartmentHead, Lead, "rl-ls-head", Due.AddHours(1)));
        Assert.Equal((AuditActions.EscalationAcknowledged, "department-head", Lead), (ack.Events[0].Action, ack.Events[0].Reason, ack.Events[0].Department));
        Assert.Equal((Due.AddHours(1), "rl-ls-head"), (step.AcknowledgedAt, step.AcknowledgedBy));
        Assert.Equal(DomainErrorKind.Conflict, order.AcknowledgeEscalation(EscalationLevel.DepartmentHead, null, "admin", Due.AddHours(2)).Error?.Kind);

        // Acknowledging did not stop the climb: 150 % reaches the centre.
        Assert.Empty(order.Tick(At(150).AddTicks(-1)));
        Assert.Single(order.Tick(At(150)));
        Assert.Equal([EscalationLevel.DepartmentHead, EscalationLevel.Centre], order.Data.Supervision.Select(s => s.Level));
        Assert.Equal(AuditActions.ClockEscalation, order.Data.Events.Single(e => e.Sequence == order.Data.Supervision[1].Sequence).Action);
        // The centre's rung is not the leadership's to acknowledge.
        Assert.Equal(DomainErrorKind.Conflict, order.AcknowledgeEscalation(EscalationLevel.Leadership, null, "leader1", At(160)).Error?.Kind);
        Ok(order.AcknowledgeEscalation(EscalationLevel.Centre, null, "dispatcher1", At(160)));

        Assert.Single(order.Tick(At(200)));
        Assert.Equal([EscalationLevel.DepartmentHead, EscalationLevel.Centre, EscalationLevel.Leadership], order.Data.Supervision.Select(s => s.Level));
        Assert.True(order.Data.Supervision[2].IsOpen);
        Ok(order.AcknowledgeEscalation(EscalationLevel.Leadership, null, "leader1", At(210)));
        Assert.All(order.Data.Supervision, s => Assert.False(s.IsOpen));
        Assert.Equal(3, order.Data.Events.Count(e => e.Action == AuditActions.EscalationAcknowledged));

        // The top of the ladder: later ticks add no step.
        Assert.Empty(order.Tick(At(400)));
        Assert.Equal(3, order.Data.Supervision.Count);
    }

    [Fact]
    public void Replying_between_150_and_200_percent_stops_the_climb()
    {
        var order = Accepted();
        order.Tick(At(150));
        Assert.Equal([EscalationLevel.DepartmentHead, EscalationLevel.Centre], order.Data.Supervision.Select(s => s.Level));

        Ok(order.Reply(Lead, "已更换阀门", ["photo.jpg"], false, LeadHandler, At(170)));

        Assert.Empty(order.Tick(At(200)));
        Assert.Empty(order.Tick(At(300)));
        Assert.DoesNotContain(order.Data.Supervision, s => s.Level == EscalationLevel.Leadership);
        // The rungs reached stay on record and can still be acknowledged.
        Ok(order.AcknowledgeEscalation(EscalationLevel.Centre, null, "reviewer1", At(210)));
    }

    [Fact]
    public void A_command_that_catches_up_on_passed_thresholds_raises_every_rung_in_order()
    {
        var order = Accepted();

        // Nobody ticked: the reply at 250 % first collects 50 … 200 %, raising all three rungs, then stops the clock.
        var result = Ok(order.Reply(Lead, "已处理", [], false, LeadHandler, At(250)));

        Assert.Equal([EscalationLevel.DepartmentHead, EscalationLevel.Centre, EscalationLevel.Leadership], order.Data.Supervision.Select(s => s.Level));
        Assert.All(order.Data.Supervision, s => Assert.Equal(At(250), s.NotifiedAt));
        Assert.Equal(6, result.ClockEvents.Count);
    }

    [Fact]
    public void Each_department_climbs_its_own_ladder()
    {
        var order = Receive();
        Ok(order.Dispatch(Lead, [CoHandler], Dispatcher, Dispatched));

        // Nobody accepts: both accept clocks (30 min) breach, then the completion clocks.
        order.Tick(Dispatched + FakeClockPlanner.AcceptSpan);

        Assert.Equal([(ClockName.Accept, Lead), (ClockName.Accept, CoHandler)],
            order.Data.Supervision.Select(s => (s.Clock, s.Department)).Order());
        // The co-handler acknowledges its own rung; the lead's stays open.
        Ok(order.AcknowledgeEscalation(EscalationLevel.DepartmentHead, CoHandler, "zjj-head", Minutes(40)));
        Assert.True(order.Data.Supervision.Single(s => s.Department == Lead).IsOpen);
        Assert.Equal(DomainErrorKind.Conflict, order.AcknowledgeEscalation(EscalationLevel.DepartmentHead, CoHandler, "zjj-head", Minutes(41)).Error?.Kind);
    }

    [Theory]
    [InlineData(EscalationLevel.Handler)]
    [InlineData((EscalationLevel)9)]
    public void Acknowledging_a_level_that_is_no_rung_is_invalid_naming_level(EscalationLevel level)
    {
        var order = Accepted();
        order.Tick(Due);

        var result = order.AcknowledgeEscalation(level, null, "admin", Due);

        Assert.Equal(DomainErrorKind.Invalid, result.Error?.Kind);
        Assert.True(result.Error!.FieldErrors.ContainsKey("level"));
    }
}
