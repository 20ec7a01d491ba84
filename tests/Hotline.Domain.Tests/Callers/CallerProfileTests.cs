using Hotline.Domain.Callers;
using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.Callers.Facts;

namespace Hotline.Domain.Tests.Callers;

public sealed class CallerProfileTests
{
    [Fact]
    public void A_caller_never_seen_is_a_first_caller()
    {
        var profile = new CallerHistory(new CallerHistoryData()).Profile(Now);

        Assert.Equal((0, CallerFrequency.FirstCall, "首次来电"), (profile.TotalOrders, profile.Frequency, profile.FrequencyLabel));
        Assert.Null(profile.SatisfactionRate);
        Assert.Null(profile.FirstContactResolutionRate);
        Assert.Empty(profile.Flags);
    }

    [Fact]
    public void One_earlier_order_is_occasional()
    {
        var profile = History(Received("WO-1", Now.AddDays(-40))).Profile(Now);

        Assert.Equal((1, CallerFrequency.Occasional, "偶尔来电"), (profile.TotalOrders, profile.Frequency, profile.FrequencyLabel));
        Assert.Equal("张先生", profile.Name);
        Assert.Equal(CallerType.Citizen, profile.Type);
        Assert.Equal((0, 1), (profile.CallsLast30Days, profile.CallsLast365Days));
    }

    [Fact]
    public void Five_orders_in_30_days_is_frequent()
    {
        var topics = new[] { "供热", "供水", "交通", "环保", "物业" };
        var history = History(topics.Select((t, i) => Received($"WO-{i}", Now.AddDays(-29 + i), t)).ToArray());

        var profile = history.Profile(Now);

        Assert.Equal((5, CallerFrequency.Frequent), (profile.CallsLast30Days, profile.Frequency));
        Assert.Contains(CallerTexts.FlagFrequent, profile.Flags);
        Assert.Equal(4, history.Profile(Now.AddDays(1)).CallsLast30Days);
    }

    [Fact]
    public void The_same_topic_again_within_30_days_is_repeated()
    {
        var first = Received("WO-1", Now.AddDays(-10));
        var history = History(first, Then(first, 9, AuditActions.Closed, OrderStatus.Closed, TimeSpan.FromDays(1)), Received("WO-2", Now.AddDays(-1)));

        var profile = history.Profile(Now);

        Assert.Equal((CallerFrequency.Repeated, "重复来电"), (profile.Frequency, profile.FrequencyLabel));
        Assert.Empty(profile.RepeatMatters);
    }

    [Fact]
    public void Open_orders_of_one_topic_are_repeat_matters()
    {
        var history = History(Received("WO-1", Now.AddDays(-60)), Received("WO-2", Now.AddDays(-45)), Received("WO-3", Now.AddDays(-40), "供水"));

        var profile = history.Profile(Now);

        var repeat = Assert.Single(profile.RepeatMatters);
        Assert.Equal("供热", repeat.Topic);
        Assert.Equal(["WO-2", "WO-1"], repeat.OrderIds);
        Assert.Equal(["WO-3", "WO-2", "WO-1"], profile.OpenOrders.Select(o => o.Id));
        Assert.Equal(CallerFrequency.Repeated, profile.Frequency);
        Assert.Contains(CallerTexts.FlagRepeatMatter, profile.Flags);
    }

    [Fact]
    public void Recent_orders_are_newest_first_and_at_most_20()
    {
        var history = History(Enumerable.Range(0, 30).Select(i => Received($"WO-{i:00}", Now.AddDays(-300 + i * 10))).ToArray());

        var profile = history.Profile(Now);

        Assert.Equal(CallerHistory.RecentMax, profile.RecentOrders.Count);
        Assert.Equal("WO-29", profile.RecentOrders[0].Id);
        Assert.Equal("WO-10", profile.RecentOrders[^1].Id);
        Assert.Equal(30, profile.CallsLast365Days);
    }

    [Fact]
    public void Top_topics_are_the_five_most_frequent()
    {
        var topics = new[] { "供热", "供热", "供热", "供水", "供水", "交通", "环保", "物业", "教育", "医疗", "医疗" };
        var history = History(topics.Select((t, i) => Received($"WO-{i}", Now.AddDays(-200 + i), t)).ToArray());

        var top = history.Profile(Now).TopTopics;

        Assert.Equal(5, top.Count);
        Assert.Equal(new TopicCount("供热", 3), top[0]);
        Assert.Equal(["供热", "供水", "医疗", "交通", "教育"], top.Select(t => t.Topic));
    }

    [Fact]
    public void Satisfaction_counts_every_callback_and_the_rate_is_satisfied_or_basically_over_answered()
    {
        var a = Received("WO-1", Now.AddDays(-20));
        var b = Received("WO-2", Now.AddDays(-15), "供水");
        var history = History(a, b,
            Then(a, 7, AuditActions.Callback, OrderStatus.Reopened, TimeSpan.FromDays(2), Satisfaction.Dissatisfied, reopenCount: 1),
            Then(a, 12, AuditActions.Callback, OrderStatus.Closed, TimeSpan.FromDays(4), Satisfaction.Satisfied, reopenCount: 1),
            Then(b, 7, AuditActions.Callback, OrderStatus.Closed, TimeSpan.FromDays(2), Satisfaction.BasicallySatisfied));

        var profile = history.Profile(Now);

        Assert.Equal((1, 1, 1), (profile.Satisfied, profile.BasicallySatisfied, profile.Dissatisfied));
        Assert.Equal(2.0 / 3, profile.SatisfactionRate!.Value, 9);
        Assert.Contains(CallerTexts.FlagDissatisfied, profile.Flags);
        Assert.Contains(CallerTexts.FlagReopened, profile.Flags);
        Assert.Equal(Satisfaction.Satisfied, history.Data.Orders.Single(o => o.Id == "WO-1").Satisfaction);
    }

    [Fact]
    public void Satisfaction_without_a_callback_action_is_not_counted()
    {
        var a = Received("WO-1", Now.AddDays(-20));
        var history = History(a, Then(a, 7, AuditActions.Closed, OrderStatus.Closed, TimeSpan.FromDays(2), Satisfaction.Satisfied));

        Assert.Null(history.Profile(Now).SatisfactionRate);
    }

    [Fact]
    public void First_contact_resolution_counts_direct_answers_of_topics_not_raised_in_the_30_days_before()
    {
        var history = History(
            Answered("WO-1", Now.AddDays(-100)),          // first contact on 供热: resolved
            Received("WO-2", Now.AddDays(-20), "供水"),   // dispatched: not resolved on the call
            Answered("WO-3", Now.AddDays(-10), "供水"),   // 供水 raised 10 days before: a repeat, not first contact
            Answered("WO-4", Now.AddDays(-1), "交通"));   // first contact on 交通: resolved

        var profile = history.Profile(Now);

        Assert.Equal((4, 3, 2), (history.Data.TotalOrders, history.Data.DirectlyAnswered, history.Data.FirstContactResolutions));
        Assert.Equal(0.5, profile.FirstContactResolutionRate);
        Assert.True(history.Data.Orders.Single(o => o.Id == "WO-1").DirectlyAnswered);
        Assert.Equal(history.Data.Orders.Single(o => o.Id == "WO-1").ReceivedAt, history.Data.Orders.Single(o => o.Id == "WO-1").ClosedAt);
    }

    [Fact]
    public void Enterprise_callers_and_final_replies_are_flagged()
    {
        var received = Received("WO-1", Now.AddDays(-5), type: CallerType.Enterprise);
        var history = History(received, Then(received, 6, AuditActions.Replied, OrderStatus.Replied, TimeSpan.FromDays(1)) with { FinalReply = true });

        var profile = history.Profile(Now);

        Assert.Equal(CallerType.Enterprise, profile.Type);
        Assert.Equal("enterprise", history.Data.Type);
        Assert.Equal([CallerTexts.FlagEnterprise, CallerTexts.FlagFinalReply], profile.Flags);
    }

    [Fact]
    public void The_view_is_a_copy()
    {
        var history = History(Received("WO-1", Now.AddDays(-5)));

        var profile = history.Profile(Now);
        history.Apply(Then(Received("WO-1", Now.AddDays(-5)), 9, AuditActions.Closed, OrderStatus.Closed, TimeSpan.FromDays(1)));

        Assert.Equal(OrderStatus.PendingDispatch, profile.RecentOrders[0].Status);
    }
}
