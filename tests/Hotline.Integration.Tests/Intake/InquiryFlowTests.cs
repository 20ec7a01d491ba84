using Hotline.Contracts.Departments;
using Hotline.Contracts.Orders;
using Hotline.Integration.Tests.Infrastructure;

namespace Hotline.Integration.Tests.Intake;

/// <summary>接诉即办 on a real silo: the department's registered emergency contact is asked, answers, and the reviewed answer reaches the caller.</summary>
[Collection(GrainCollection.Name)]
public sealed class InquiryFlowTests(RealTimeClusterFixture fixture)
{
    [Fact]
    public async Task The_registered_contact_is_asked_answers_within_the_clock_and_the_approved_answer_ends_the_order()
    {
        var client = fixture.Client;
        await client.GetGrain<IDepartmentGrain>("SW").SetEmergencyContact(new EmergencyContact("刘工", "13912345678"));
        var id = $"IQ{Guid.NewGuid():N}"[..18];
        var order = client.GetGrain<IWorkOrderGrain>(id);
        Assert.Null((await order.Create(new CreateOrder("seat:S001", "热线电话", new CallerInfoDto("13600001111", null, "citizen"), "141102",
            "离石区永宁路 3 号", null, null, "供水", "突然停水", "永宁路 3 号小区突然停水，没有接到通知，想知道何时恢复。", "normal", null))).Error);

        var asked = (await order.StartInquiry(new StartInquiry("seat:S001", "SW", null, "永宁路 3 号小区停水原因和恢复时间？"))).Order!;
        Assert.Equal("inquiring", asked.Status);
        Assert.Equal("刘工 13912345678", asked.Inquiry!.Contact);
        var clock = Assert.Single(asked.Clocks, c => c.Name == "contact-answer");
        Assert.Equal(TimeSpan.FromMinutes(30), clock.DueAt - clock.StartedAt);

        var answered = (await order.AnswerInquiry(new AnswerInquiry("dept:SW", "SW", "主管道爆裂抢修，预计今日 18 时前恢复供水。"))).Order!;
        Assert.Equal("answered", answered.Inquiry!.Status);
        var approved = (await order.ReviewInquiry(new ReviewInquiry("reviewer:1", true, []))).Order!;

        Assert.Equal("directly-answered", approved.Status);
        Assert.Equal("主管道爆裂抢修，预计今日 18 时前恢复供水。", approved.Answer);
        var again = await order.AnswerInquiry(new AnswerInquiry("dept:SW", "SW", "再答一次"));
        Assert.Equal(OrderErrorKind.Conflict, again.Error!.Kind);
    
    }

    [Fact]
    public async Task The_asked_department_lists_the_inquiry_and_counts_the_order_received_once_it_is_dispatched_there()
    {
        var client = fixture.Client;
        var department = client.GetGrain<IDepartmentGrain>("RQ");
        var receivedBefore = (await department.Get())!.Received;
        var id = $"IQ{Guid.NewGuid():N}"[..18];
        var order = client.GetGrain<IWorkOrderGrain>(id);
        Assert.Null((await order.Create(new CreateOrder("seat:S001", "热线电话", new CallerInfoDto("13600002222", null, "citizen"), "141102",
            "离石区永宁路 5 号", null, null, "燃气", "燃气表不走字", "燃气表不走字，想知道是否需要更换。", "normal", null))).Error);
        Assert.Null((await order.StartInquiry(new StartInquiry("seat:S001", "RQ", "值班员", "燃气表不走字如何处理？"))).Error);

        var asked = await Eventually.Get(department.Get, d => d!.OpenOrders.Any(o => o.OrderId == id), "RQ lists the inquiry");
        Assert.Equal("inquiry", asked!.OpenOrders.Single(o => o.OrderId == id).Role);
        Assert.Equal(receivedBefore, asked.Received);

        Assert.Null((await order.Dispatch(new DispatchOrder("dispatcher:1", "RQ", []))).Error);

        var dispatched = await Eventually.Get(department.Get, d => d!.OpenOrders.Any(o => o.OrderId == id && o.Role == "lead"), "RQ holds it as lead");
        Assert.Equal(receivedBefore + 1, dispatched!.Received);
    }
}
