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
}
