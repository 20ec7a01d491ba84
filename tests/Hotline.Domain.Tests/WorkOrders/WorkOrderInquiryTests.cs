using Hotline.Domain.Clocks;
using Hotline.Domain.Tests.Calendar;
using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.WorkOrders.Orders;

namespace Hotline.Domain.Tests.WorkOrders;

/// <summary>接诉即办: the emergency contact's 30-minute answer clock, its review, and the ways out of an inquiry.</summary>
public sealed class WorkOrderInquiryTests
{
    private const string Specialist = "specialist-1";
    private const string Contact = "contact-d1";
    private const string Reviewer = "reviewer-1";

    private static readonly ClockPlanner RealPlanner = new(TestData.Policies, TestData.HotlineCalendar);

    private static WorkOrder Asked(out DateTimeOffset askedAt)
    {
        var order = WorkOrder.Receive(Id, Intake(), Seat, T0, RealPlanner);
        askedAt = Minutes(2);
        Ok(order.StartInquiry(Lead, "王科长 13900000000", "小区暖气何时恢复？", Specialist, askedAt));
        return order;
    }

    [Fact]
    public void The_contact_answer_clock_runs_thirty_minutes_of_natural_time_from_the_question()
    {
        var order = Asked(out var askedAt);

        Assert.Equal(OrderStatus.Inquiring, order.Status);
        var clock = Assert.Single(order.Data.Clocks, c => c.Name == ClockName.ContactAnswer);
        Assert.Equal(Lead, clock.Department);
        Assert.Equal(askedAt + TimeSpan.FromMinutes(30), clock.DueAt);
        Assert.Equal(InquiryStatus.Waiting, order.Data.Inquiry!.Status);
        Assert.Equal("王科长 13900000000", order.Data.Inquiry.Contact);
    }

    [Fact]
    public void Warnings_fire_at_50_75_and_90_percent_and_the_breach_at_30_minutes_each_once()
    {
        var order = Asked(out var askedAt);

        Assert.Empty(order.Tick(askedAt + TimeSpan.FromMinutes(15) - TimeSpan.FromTicks(1)));
        Assert.Equal(50, Assert.Single(order.Tick(askedAt + TimeSpan.FromMinutes(15))).Percent);
        Assert.Equal(75, Assert.Single(order.Tick(askedAt + TimeSpan.FromMinutes(22.5))).Percent);
        Assert.Equal(90, Assert.Single(order.Tick(askedAt + TimeSpan.FromMinutes(27))).Percent);
        Assert.Empty(order.Tick(askedAt + TimeSpan.FromMinutes(30) - TimeSpan.FromTicks(1)));
        var breach = Assert.Single(order.Tick(askedAt + TimeSpan.FromMinutes(30)));
        Assert.Equal((ClockName.ContactAnswer, ClockSignal.Breach, Lead), (breach.Clock, breach.Signal, breach.Department));
        Assert.Empty(order.Tick(askedAt + TimeSpan.FromMinutes(31)));
        Assert.True(WorkOrder.IsOverdueAt(order.Data, askedAt + TimeSpan.FromMinutes(31)));
    }

    [Fact]
    public void An_answer_in_time_stops_the_clock_as_met_and_nothing_more_fires()
    {
        var order = Asked(out var askedAt);

        Ok(order.AnswerInquiry(Lead, "管网抢修中，预计今晚 20 时前恢复供热。", Contact, askedAt + TimeSpan.FromMinutes(20)));

        var clock = Assert.Single(order.Data.Clocks, c => c.Name == ClockName.ContactAnswer);
        Assert.Equal(ClockOutcome.Met, clock.Outcome);
        Assert.Empty(order.Tick(askedAt + TimeSpan.FromHours(2)));
        Assert.Equal(InquiryStatus.Answered, order.Data.Inquiry!.Status);
        Assert.Equal(OrderStatus.Inquiring, order.Status);
    }

    [Fact]
    public void An_approved_answer_goes_to_the_caller_and_ends_the_order_as_directly_answered()
    {
        var order = Asked(out var askedAt);
        Ok(order.AnswerInquiry(Lead, "管网抢修中，预计今晚 20 时前恢复供热。", Contact, askedAt + TimeSpan.FromMinutes(10)));

        Ok(order.ReviewInquiry(true, [], Reviewer, askedAt + TimeSpan.FromMinutes(12)));

        Assert.Equal(OrderStatus.DirectlyAnswered, order.Status);
        Assert.Equal("管网抢修中，预计今晚 20 时前恢复供热。", order.Data.Answer);
        Assert.Equal(InquiryStatus.Approved, order.Data.Inquiry!.Status);
        Assert.Equal(AuditActions.InquiryApproved, order.Data.Events[^1].Action);
    }

    [Fact]
    public void A_rejected_answer_goes_back_to_the_contact_with_reasons_and_a_fresh_thirty_minutes()
    {
        var order = Asked(out var askedAt);
        Ok(order.AnswerInquiry(Lead, "正在处理。", Contact, askedAt + TimeSpan.FromMinutes(10)));
        var rejectedAt = askedAt + TimeSpan.FromMinutes(12);

        Ok(order.ReviewInquiry(false, ["未说明恢复时间"], Reviewer, rejectedAt));

        Assert.Equal(OrderStatus.Inquiring, order.Status);
        Assert.Equal((InquiryStatus.Waiting, 2), (order.Data.Inquiry!.Status, order.Data.Inquiry.Round));
        Assert.Equal(["未说明恢复时间"], order.Data.Inquiry.RejectedReasons);
        var running = Assert.Single(order.Data.Clocks, c => c.Name == ClockName.ContactAnswer && c.IsRunning);
        Assert.Equal(rejectedAt + TimeSpan.FromMinutes(30), running.DueAt);
    }

    [Fact]
    public void Review_before_the_answer_and_an_answer_from_another_department_are_conflicts_that_change_nothing()
    {
        var order = Asked(out var askedAt);
        var before = Json(order);

        var early = order.ReviewInquiry(true, [], Reviewer, askedAt + TimeSpan.FromMinutes(1));
        var stranger = order.AnswerInquiry(CoHandler, "不归我们管", "contact-d2", askedAt + TimeSpan.FromMinutes(1));
        var rejectWithoutReason = order.ReviewInquiry(false, [], Reviewer, askedAt + TimeSpan.FromMinutes(1));

        Assert.Equal((DomainErrorKind.Conflict, InquiryTexts.NotAnsweredYet), (early.Error!.Kind, early.Error.Message));
        Assert.Equal(DomainErrorKind.Conflict, stranger.Error!.Kind);
        Assert.Equal(OrderStatus.Inquiring, stranger.Error.CurrentStatus);
        Assert.False(rejectWithoutReason.Succeeded);
        Assert.Equal(before, Json(order));
    }

    [Fact]
    public void A_second_inquiry_while_one_is_open_is_refused()
    {
        var order = Asked(out var askedAt);

        var again = order.StartInquiry(CoHandler, null, "再问一次", Specialist, askedAt + TimeSpan.FromMinutes(1));

        Assert.Equal(DomainErrorKind.Conflict, again.Error!.Kind);
    }

    [Fact]
    public void Dispatching_instead_cancels_the_inquiry_so_its_clock_can_never_breach()
    {
        var order = Asked(out var askedAt);

        Ok(order.Dispatch(Lead, [], Dispatcher, askedAt + TimeSpan.FromMinutes(5)));

        Assert.Equal(OrderStatus.Dispatched, order.Status);
        Assert.Equal(InquiryStatus.Cancelled, order.Data.Inquiry!.Status);
        var contactClock = Assert.Single(order.Data.Clocks, c => c.Name == ClockName.ContactAnswer);
        Assert.Equal(ClockOutcome.Cancelled, contactClock.Outcome);
        Assert.DoesNotContain(order.Tick(askedAt + TimeSpan.FromHours(1)), e => e.Clock == ClockName.ContactAnswer);
        Assert.Contains(order.Data.Events, e => e.Action == AuditActions.InquiryCancelled);
    }

    [Fact]
    public void Missing_question_is_a_field_error()
    {
        var order = WorkOrder.Receive(Id, Intake(), Seat, T0, RealPlanner);

        var result = order.StartInquiry(Lead, null, " ", Specialist, Minutes(1));

        Assert.Equal(DomainErrorKind.Invalid, result.Error!.Kind);
        Assert.Contains("question", result.Error.FieldErrors.Keys);
        Assert.Equal(OrderStatus.PendingDispatch, order.Status);
    }
}
