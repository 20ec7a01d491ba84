using Hotline.Domain.WorkOrders;
using static Hotline.Domain.Tests.WorkOrders.Orders;

namespace Hotline.Domain.Tests.WorkOrders;

/// <summary>Bad input is Invalid, names the field, and changes nothing.</summary>
public sealed class WorkOrderValidationTests
{
    private static readonly Dictionary<string, (OrderStatus Status, string Field, Func<WorkOrder, DateTimeOffset, CommandResult> Run)> Cases = new()
    {
        ["answer-blank"] = (OrderStatus.PendingDispatch, "answer", (o, t) => o.Answer(" ", Seat, t)),
        ["actor-blank"] = (OrderStatus.PendingDispatch, "actor", (o, t) => o.Answer("已答复", "", t)),
        ["dispatch-lead-blank"] = (OrderStatus.PendingDispatch, "lead", (o, t) => o.Dispatch("", [], Dispatcher, t)),
        ["dispatch-co-duplicate"] = (OrderStatus.PendingDispatch, "coHandlers", (o, t) => o.Dispatch(Lead, [CoHandler, CoHandler], Dispatcher, t)),
        ["dispatch-co-is-lead"] = (OrderStatus.PendingDispatch, "coHandlers", (o, t) => o.Dispatch(Lead, [Lead], Dispatcher, t)),
        ["dispatch-co-blank"] = (OrderStatus.PendingDispatch, "coHandlers", (o, t) => o.Dispatch(Lead, [""], Dispatcher, t)),
        ["accept-department-blank"] = (OrderStatus.Dispatched, "department", (o, t) => o.Accept("", LeadHandler, t)),
        ["return-grounds-blank"] = (OrderStatus.Dispatched, "grounds", (o, t) => o.Return(Lead, "", LeadHandler, t)),
        ["extension-reason-blank"] = (OrderStatus.Accepted, "reason", (o, t) => o.RequestExtension(Lead, t.AddDays(9), "", LeadHandler, t)),
        ["extension-until-not-later"] = (OrderStatus.Accepted, "until", (o, t) => o.RequestExtension(Lead, t.AddHours(1), "需要协调", LeadHandler, t)),
        ["reply-content-blank"] = (OrderStatus.Accepted, "content", (o, t) => o.Reply(Lead, "", [], false, LeadHandler, t)),
        ["reply-content-too-long"] = (OrderStatus.Accepted, "content", (o, t) => o.Reply(Lead, new string('修', 4001), [], false, LeadHandler, t)),
        ["reply-evidence-blank"] = (OrderStatus.Accepted, "evidence", (o, t) => o.Reply(Lead, "已处理", [" "], false, LeadHandler, t)),
        ["review-failed-without-reasons"] = (OrderStatus.Replied, "reasons", (o, t) => o.Review(ReviewLevel.Department, false, [], "dept-reviewer", t)),
        ["review-level-undefined"] = (OrderStatus.Replied, "level", (o, t) => o.Review((ReviewLevel)9, true, [], "dept-reviewer", t)),
        ["callback-satisfaction-undefined"] = (OrderStatus.PendingCallback, "satisfaction", (o, t) => o.Callback((Satisfaction)9, null, "callback-1", t)),
        ["merge-parent-blank"] = (OrderStatus.PendingDispatch, "parentId", (o, t) => o.Merge("", Dispatcher, t)),
        ["merge-into-self"] = (OrderStatus.PendingDispatch, "parentId", (o, t) => o.Merge(Id, Dispatcher, t)),
        ["merged-child-blank"] = (OrderStatus.Accepted, "childId", (o, t) => o.AddMergedChild("", Dispatcher, t)),
        ["merged-child-self"] = (OrderStatus.Accepted, "childId", (o, t) => o.AddMergedChild(Id, Dispatcher, t)),
        ["transfer-target-undefined"] = (OrderStatus.PendingDispatch, "to", (o, t) => o.Transfer((TransferTarget)9, Seat, t)),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Invalid_input_names_the_field_and_changes_nothing(string name)
    {
        var (status, field, run) = Cases[name];
        var (order, now) = InStatus(status);
        var before = Json(order);

        var result = run(order, now);

        Assert.False(result.Succeeded);
        Assert.Equal(DomainErrorKind.Invalid, result.Error.Kind);
        Assert.Equal(status, result.Error.CurrentStatus);
        Assert.True(result.Error.FieldErrors.ContainsKey(field), string.Join(",", result.Error.FieldErrors.Keys));
        Assert.All(result.Error.FieldErrors[field], m => Assert.False(string.IsNullOrWhiteSpace(m)));
        Assert.Equal(before, Json(order));
    }

    private static readonly Dictionary<string, (string Field, Func<NewOrder, NewOrder> Spoil)> IntakeCases = new()
    {
        ["channel-blank"] = ("channel", i => i with { Channel = "" }),
        ["phone-blank"] = ("caller.phone", i => i with { Caller = i.Caller with { Phone = "" } }),
        ["phone-letters"] = ("caller.phone", i => i with { Caller = i.Caller with { Phone = "1380abc1234" } }),
        ["phone-short"] = ("caller.phone", i => i with { Caller = i.Caller with { Phone = "1234" } }),
        ["phone-long"] = ("caller.phone", i => i with { Caller = i.Caller with { Phone = new string('1', 21) } }),
        ["phone-plus-in-middle"] = ("caller.phone", i => i with { Caller = i.Caller with { Phone = "86+13800001234" } }),
        ["caller-null"] = ("caller", i => i with { Caller = null! }),
        ["district-blank"] = ("districtCode", i => i with { DistrictCode = "" }),
        ["address-blank"] = ("address", i => i with { Address = "  " }),
        ["category-blank"] = ("category", i => i with { Category = "" }),
        ["title-blank"] = ("title", i => i with { Title = "" }),
        ["title-too-long"] = ("title", i => i with { Title = new string('暖', 201) }),
        ["content-blank"] = ("content", i => i with { Content = "" }),
        ["content-too-long"] = ("content", i => i with { Content = new string('暖', 4001) }),
        ["lat-out-of-range"] = ("lat", i => i with { Lat = 90.5 }),
        ["lat-nan"] = ("lat", i => i with { Lat = double.NaN }),
        ["lon-out-of-range"] = ("lon", i => i with { Lon = -181 }),
        ["urgency-undefined"] = ("urgency", i => i with { Urgency = (Urgency)9 }),
    };

    public static TheoryData<string> IntakeCaseNames() => new(IntakeCases.Keys);

    [Theory]
    [MemberData(nameof(IntakeCaseNames))]
    public void Bad_intake_throws_with_the_field_named(string name)
    {
        var (field, spoil) = IntakeCases[name];

        var error = Assert.Throws<DomainValidationException>(
            () => WorkOrder.Receive(Id, spoil(Intake()), Seat, T0, new FakeClockPlanner()));

        Assert.Equal([field], error.FieldErrors.Keys);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    [InlineData("+8613800001234")]
    [InlineData("12345")]
    [InlineData("12345678901234567890")]
    public void Acceptable_phone_numbers(string phone)
    {
        var intake = Intake() with { Caller = Intake().Caller with { Phone = phone }, Lat = null, Lon = null };

        var order = WorkOrder.Receive(Id, intake, Seat, T0, new FakeClockPlanner());

        Assert.Equal(phone, order.Data.Caller.Phone);
    }

    [Fact]
    public void Several_bad_fields_are_reported_together()
    {
        var intake = Intake() with { Title = "", Content = "", Caller = new CallerInfo() };

        var error = Assert.Throws<DomainValidationException>(() => WorkOrder.Receive("", intake, "", T0, new FakeClockPlanner()));

        Assert.Equal(["actor", "caller.phone", "content", "id", "title"], error.FieldErrors.Keys.Order());
    }
}
