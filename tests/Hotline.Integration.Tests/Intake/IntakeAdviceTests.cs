using Hotline.Contracts.Callers;
using Hotline.Contracts.Intake;
using Hotline.Contracts.Orders;
using Hotline.Integration.Tests.Infrastructure;

namespace Hotline.Integration.Tests.Intake;

/// <summary>
/// Intake checks on a real silo over Azurite: the same matter after a final reply is refused with that reply,
/// duplicates of the same caller and of the same place are offered for merging, and the caller's profile fills in.
/// </summary>
[Collection(GrainCollection.Name)]
public sealed class IntakeAdviceTests(RealTimeClusterFixture fixture)
{
    private IClusterClient Client => fixture.Client;

    private static string NewPhone() => "137" + Random.Shared.Next(10_000_000, 99_999_999);

    private static string NewId() => $"IT{Guid.NewGuid():N}"[..18];

    private static CreateOrder Intake(string phone, string title, string content, double lat, double lon, string address = "离石区龙凤大街 18 号") =>
        new("seat:S001", "热线电话", new CallerInfoDto(phone, "赵女士", "citizen"), "141102", address, lat, lon, "供热", title, content, "normal", null);

    private async Task<string> Create(CreateOrder command)
    {
        var id = NewId();
        var result = await Client.GetGrain<IWorkOrderGrain>(id).Create(command);
        Assert.Null(result.Error);
        return id;
    }

    [Fact]
    public async Task The_same_matter_after_a_final_reply_is_refused_with_that_reply_but_another_matter_is_accepted()
    {
        var phone = NewPhone();
        var (lat, lon) = RandomPoint();
        var id = await Create(Intake(phone, "家里暖气不热", "龙凤大街 18 号 3 单元 502 室内温度只有 14 度，持续三天。", lat, lon));
        var order = Client.GetGrain<IWorkOrderGrain>(id);
        Assert.Null((await order.Dispatch(new DispatchOrder("dispatcher:1", "RL-LS", []))).Error);
        Assert.Null((await order.Accept(new AcceptOrder("dept:RL-LS", "RL-LS"))).Error);
        Assert.Null((await order.Reply(new ReplyOrder("dept:RL-LS", "RL-LS", "经入户检测，该户室温已达标（19 度），系个人阀门关闭所致，已当面说明。", ["evidence/room-19.jpg"], true))).Error);
        Assert.Null((await order.Review(new ReviewOrder("reviewer:1", "department", true, []))).Error);
        Assert.Null((await order.Review(new ReviewOrder("reviewer:1", "centre", true, []))).Error);
        Assert.Null((await order.Callback(new CallbackOrder("reviewer:1", "basically-satisfied", null))).Error);

        var caller = Client.GetGrain<ICallerGrain>(phone);
        var probe = new MatterQuery { CallerPhone = phone, Topic = "供热" };
        await Eventually.True(async () => (await caller.Review(probe)).Matters.Any(m => m.OrderId == id && m.FinalReply && !m.IsOpen),
            "the caller grain learns of the closed final reply");

        var again = await Client.GetGrain<IWorkOrderGrain>(NewId()).Create(Intake(phone, "暖气还是不热", "龙凤大街 18 号 3 单元 502 暖气不热，室内温度低。", lat, lon));
        Assert.Equal(OrderErrorKind.Conflict, again.Error!.Kind);
        Assert.Equal(id, again.Error.FinalReply!.OrderId);
        Assert.Contains("19 度", again.Error.FinalReply.Reply);
        Assert.Equal(["evidence/room-19.jpg"], again.Error.FinalReply.Evidence);

        var review = await Client.GetGrain<IIntakeAdvisorGrain>(0).Review(new MatterQuery
        {
            CallerPhone = phone, Topic = "供热", Title = "暖气还是不热", Content = "龙凤大街 18 号 3 单元 502 暖气不热，室内温度低。",
            Address = "离石区龙凤大街 18 号", Lat = lat, Lon = lon,
        });
        Assert.Equal(id, review.FinalReply!.OrderId);

        var other = await Client.GetGrain<IWorkOrderGrain>(NewId()).Create(Intake(phone, "锅炉房管道井漏水", "东关街锅炉房旁边的供热管道井冒热气漏水，路面结冰。", lat + 0.02, lon, "离石区东关街锅炉房"));
        Assert.Null(other.Error);
    }

    [Fact]
    public async Task An_order_at_the_same_place_within_the_radius_is_offered_for_merging_and_one_farther_away_is_not()
    {
        var (lat, lon) = RandomPoint();
        var near = await Create(Intake(NewPhone(), "小区整栋楼暖气不热", "滨河小区 5 号楼整栋暖气温度低，多户反映室温不足 16 度。", lat, lon, "离石区滨河小区 5 号楼"));
        var far = await Create(Intake(NewPhone(), "小区整栋楼暖气不热", "滨河小区 5 号楼整栋暖气温度低，多户反映室温不足 16 度。", lat + 0.01, lon, "离石区滨河小区 5 号楼"));

        var review = await Client.GetGrain<IIntakeAdvisorGrain>(0).Review(new MatterQuery
        {
            CallerPhone = NewPhone(), Topic = "供热", Title = "5 号楼暖气不热", Content = "滨河小区 5 号楼暖气不热。",
            Address = "离石区滨河小区 5 号楼", Lat = lat + 0.0009, Lon = lon,
        });

        var offer = Assert.Single(review.Duplicates, d => d.OrderId == near);
        Assert.Equal("same-place", offer.Reason);
        Assert.True(offer.Mergeable);
        Assert.InRange(offer.DistanceMeters!.Value, 80, 120);
        Assert.DoesNotContain(review.Duplicates, d => d.OrderId == far);
        Assert.Equal("first-call", review.Caller.Frequency);
    }

    [Fact]
    public async Task A_repeat_call_on_the_same_matter_is_offered_and_the_caller_profile_counts_both_orders()
    {
        var phone = NewPhone();
        var first = await Create(Intake(phone, "单元门口有人私装地锁", "柳林县锦绣小区 2 单元门口公共车位被人私装地锁，占用公共车位。", 0, 0));
        var caller = Client.GetGrain<ICallerGrain>(phone);
        await Eventually.True(async () => (await caller.Portrait()).TotalOrders == 1, "the caller grain counts the first order");

        var review = await Client.GetGrain<IIntakeAdvisorGrain>(0).Review(new MatterQuery
        {
            CallerPhone = phone, Topic = "供热", Title = "地锁还没拆", Content = "锦绣小区 2 单元门口私装地锁占用公共车位，还没有拆除。",
        });

        var offer = Assert.Single(review.Duplicates);
        Assert.Equal((first, "same-caller", true), (offer.OrderId, offer.Reason, offer.Mergeable));
        Assert.Equal(1, review.Caller.TotalOrders);
        Assert.Single(review.Caller.OpenOrders);
    }

    /// <summary>
    /// Dispatch and accept do not reach the caller's grain (they change nothing it keeps), yet the seat sees the
    /// order where it is: the portrait and the duplicate offer read an open order's status from the order index.
    /// </summary>
    [Fact]
    public async Task An_open_orders_moves_show_in_the_caller_profile_and_the_duplicate_offer_as_the_order_index_has_them()
    {
        var phone = NewPhone();
        var id = await Create(Intake(phone, "楼道暖气管漏水", "柳林县锦绣小区 5 单元楼道暖气管漏水，地面结冰。", 0, 0));
        var caller = Client.GetGrain<ICallerGrain>(phone);
        await Eventually.True(async () => (await caller.Portrait()).OpenOrders.Any(o => o.OrderId == id && o.Status == "pending-dispatch"),
            "the caller grain learns of the new order");

        var order = Client.GetGrain<IWorkOrderGrain>(id);
        Assert.Null((await order.Dispatch(new DispatchOrder("dispatcher:1", "RL-LS", []))).Error);
        Assert.Null((await order.Accept(new AcceptOrder("dept:RL-LS", "RL-LS"))).Error);

        var line = await Eventually.Get(async () => (await caller.Portrait()).OpenOrders.FirstOrDefault(o => o.OrderId == id),
            o => o?.Status == "accepted", "the portrait shows the order accepted");
        Assert.Equal("已签收", line!.StatusText);
        var review = await Client.GetGrain<IIntakeAdvisorGrain>(0).Review(new MatterQuery
        {
            CallerPhone = phone, Topic = "供热", Title = "暖气管还在漏", Content = "锦绣小区 5 单元楼道暖气管还在漏水。",
        });
        var offer = Assert.Single(review.Duplicates);
        Assert.Equal((id, "accepted", "已签收"), (offer.OrderId, offer.Status, offer.StatusText));
    }

    /// <summary>A point of its own per test, so orders of other tests never sit in the same place.</summary>
    private static (double Lat, double Lon) RandomPoint() => (36.5 + Random.Shared.NextDouble(), 110.5 + Random.Shared.NextDouble());
}
