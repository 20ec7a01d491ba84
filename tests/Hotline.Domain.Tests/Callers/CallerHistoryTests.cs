using System.Text.Json;
using Hotline.Domain.Callers;
using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.Callers.Facts;

namespace Hotline.Domain.Tests.Callers;

public sealed class CallerHistoryTests
{
    [Fact]
    public void A_fact_at_or_below_the_last_sequence_is_ignored()
    {
        var received = Received("WO-1", Now.AddDays(-3));
        var callback = Then(received, 9, AuditActions.Callback, OrderStatus.Closed, TimeSpan.FromDays(2), Satisfaction.Satisfied);
        var history = History(received, callback);

        Assert.False(history.Apply(callback));
        Assert.False(history.Apply(received));
        Assert.False(history.Apply(callback with { Sequence = 5, Status = OrderStatus.Dispatched }));

        Assert.Equal((1, 1), (history.Data.TotalOrders, history.Data.Satisfied));
        Assert.Equal(OrderStatus.Closed, Assert.Single(history.Data.Orders).Status);
        Assert.Equal(9, history.Data.LastSequence["WO-1"]);
    }

    [Fact]
    public void Later_facts_update_the_order_and_keep_what_they_do_not_say()
    {
        var received = Received("WO-1", Now.AddDays(-3));
        var history = History(received,
            Then(received, 5, AuditActions.Replied, OrderStatus.Replied, TimeSpan.FromDays(1)) with
            {
                FinalReply = true, FinalReplyText = "符合标准", FinalReplyEvidence = ["a.jpg"], FinalReplyDepartment = "供热公司",
            },
            Then(received, 8, AuditActions.Closed, OrderStatus.Closed, TimeSpan.FromDays(2)) with { FinalReply = true });

        var order = Assert.Single(history.Data.Orders);
        Assert.Equal(("供热问题", "离石区滨河北路12号3单元", 37.52), (order.Title, order.Address, order.Lat));
        Assert.Equal(received.ReceivedAt + TimeSpan.FromDays(2), order.ClosedAt);
        Assert.Equal((true, "符合标准", "供热公司"), (order.FinalReply, order.FinalReplyText, order.FinalReplyDepartment));
        Assert.Equal(["a.jpg"], order.FinalReplyEvidence);
        Assert.Equal(received.ReceivedAt + TimeSpan.FromDays(1), order.FinalReplyAt);
    }

    [Fact]
    public void Content_is_truncated_to_300_characters()
    {
        var history = History(Received("WO-1", Now) with { Content = new string('暖', 500) });

        Assert.Equal(CallerHistory.ContentMax, history.Data.Orders[0].Content.Length);
    }

    [Fact]
    public void At_most_100_orders_are_kept_but_the_counters_cover_all()
    {
        var history = new CallerHistory(new CallerHistoryData());
        for (var i = 0; i < 101; i++)
        {
            var received = Received($"WO-{i}", Now.AddHours(-101 + i), topic: i % 2 == 0 ? "供热" : "供水");
            Assert.True(history.Apply(received));
            Assert.True(history.Apply(Then(received, 9, AuditActions.Callback, OrderStatus.Closed, TimeSpan.FromMinutes(30), Satisfaction.Satisfied)));
        }

        Assert.Equal(CallerHistory.MaxOrders, history.Data.Orders.Count);
        Assert.DoesNotContain(history.Data.Orders, o => o.Id == "WO-0");
        Assert.Equal(CallerHistory.MaxOrders, history.Data.LastSequence.Count);
        Assert.Equal(101, history.Data.TotalOrders);
        Assert.Equal(101, history.Data.Satisfied);
        Assert.Equal(51, history.Data.TopicCounts["供热"]);
        Assert.Equal(101, history.Profile(Now).TotalOrders);
        Assert.Equal(101, history.Profile(Now).CallsLast30Days);
    }

    [Fact]
    public void A_replayed_fact_of_a_dropped_order_is_not_counted_again()
    {
        var history = new CallerHistory(new CallerHistoryData());
        var first = Received("WO-0", Now.AddDays(-20));
        history.Apply(first);
        for (var i = 1; i <= 100; i++) history.Apply(Received($"WO-{i}", Now.AddDays(-10).AddMinutes(i)));

        Assert.False(history.Apply(first));
        Assert.False(history.Apply(Then(first, 9, AuditActions.Callback, OrderStatus.Closed, TimeSpan.FromDays(1), Satisfaction.Dissatisfied)));

        Assert.Equal((101, 0), (history.Data.TotalOrders, history.Data.Dissatisfied));
        Assert.True(history.Apply(Received("WO-new", Now)));
    }

    [Fact]
    public void Call_days_are_kept_for_a_year_only()
    {
        var history = History(Received("WO-1", Now.AddDays(-400)), Received("WO-2", Now.AddDays(-200)), Received("WO-3", Now));

        Assert.Equal(2, history.Data.CallsByDay.Count);
        Assert.Equal(3, history.Data.TotalOrders);
    }

    [Fact]
    public void Priors_carry_the_caller_status_code_and_final_reply()
    {
        var received = Received("WO-1", Now.AddDays(-3));
        var history = History(received, Then(received, 8, AuditActions.Closed, OrderStatus.Closed, TimeSpan.FromDays(2)) with
        {
            FinalReply = true, FinalReplyText = "符合标准", FinalReplyEvidence = ["a.jpg"], FinalReplyDepartment = "供热公司",
        });

        var prior = Assert.Single(history.Priors());

        Assert.Equal((Phone, "closed", false, true), (prior.CallerPhone, prior.Status, prior.IsOpen, prior.FinalReply));
        Assert.Equal(("供热", "符合标准", "供热公司"), (prior.CategoryTopic, prior.FinalReplyText, prior.FinalReplyDepartment));
        Assert.Equal(["a.jpg"], prior.FinalReplyEvidence);
    }

    [Fact]
    public void Data_round_trips_through_json()
    {
        var received = Received("WO-1", Now.AddDays(-3));
        var history = History(received, Answered("WO-2", Now.AddDays(-1), "供水"),
            Then(received, 9, AuditActions.Callback, OrderStatus.Closed, TimeSpan.FromDays(2), Satisfaction.BasicallySatisfied));
        var json = JsonSerializer.Serialize(history.Data);

        var copy = JsonSerializer.Deserialize<CallerHistoryData>(json)!;

        Assert.Equal(json, JsonSerializer.Serialize(copy));
        Assert.False(new CallerHistory(copy).Apply(received));
        Assert.Equal(history.Profile(Now), new CallerHistory(copy).Profile(Now), new ProfileComparer());
    }

    /// <summary>Views hold lists, so compare them by their JSON.</summary>
    private sealed class ProfileComparer : IEqualityComparer<CallerProfileView>
    {
        public bool Equals(CallerProfileView? x, CallerProfileView? y) => JsonSerializer.Serialize(x) == JsonSerializer.Serialize(y);

        public int GetHashCode(CallerProfileView obj) => 0;
    }
}
