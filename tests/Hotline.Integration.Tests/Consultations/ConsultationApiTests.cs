using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hotline.Integration.Tests.Infrastructure;
using static Hotline.Integration.Tests.Api.ProblemAssert;
using static Hotline.Integration.Tests.Consultations.ConsultationBadInputCases;
using States = Hotline.Integration.Tests.Infrastructure.OrderApi.States;

namespace Hotline.Integration.Tests.Consultations;

/// <summary>
/// 会商 through the API: bad input names its field, state conflicts are 409 with the current status, participants
/// (and only they, among departments) read the order and give their opinion, the centre concludes and dispatches.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ConsultationApiTests(ApiFixture fixture)
{
    private readonly OrderApi _api = new(fixture);

    [Theory]
    [MemberData(nameof(Rows), MemberType = typeof(ConsultationBadInputCases))]
    public async Task Bad_input_and_conflicts_are_refused_and_change_nothing(string state, string path, string user, string body, int status, string named)
    {
        var id = await OrderIn(state);
        var before = state == Unknown ? default : await _api.Get(id);

        var response = await fixture.As(user).PostAsync($"/api/orders/{id}/consultation{path}", new StringContent(body, Encoding.UTF8, "application/json"));

        if (status == 403)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        else
        {
            var problem = await ProblemOf(response, (HttpStatusCode)status, $"{state} {path} {body}");
            if (status == 400) AssertNamesFields(problem, named);
            if (status == 409) Assert.Equal(named, problem.GetProperty("currentStatus").GetString());
        }
        if (state != Unknown) Assert.Equal(OrderApi.Version(before), OrderApi.Version(await _api.Get(id)));
    }

    [Fact]
    public async Task Participants_read_and_reply_another_department_gets_404_and_the_conclusion_dispatches()
    {
        var id = await OrderIn(Open);

        foreach (var participant in new[] { Logins.RlLs, Zjj, Cgj })
        {
            var seen = await _api.Get(id, participant);
            Assert.Equal("责任划分", seen.GetProperty("consultation").GetProperty("topic").GetString());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.As(RlXy).GetAsync($"/api/orders/{id}")).StatusCode);

        var replied = await Reply(id, Zjj, "ZJJ", "住建部门督促物业维修");
        var zjj = Participant(replied, "ZJJ");
        Assert.Equal("住建部门督促物业维修", zjj.GetProperty("opinion").GetString());
        Assert.False(zjj.GetProperty("late").GetBoolean());
        Assert.Equal("met", OrderApi.Clock(replied, "consultation", "ZJJ").GetProperty("state").GetString());
        var again = await fixture.As(Zjj).PostAsJsonAsync($"/api/orders/{id}/consultation/reply", new { department = "ZJJ", opinion = "再说一次" });
        Assert.Equal("pending-dispatch", (await ProblemOf(again, HttpStatusCode.Conflict, "a second opinion")).GetProperty("currentStatus").GetString());
        await Reply(id, Cgj, "CGJ", "城管配合");

        var concluded = await _api.Do(id, "consultation/conclude", new { outcome = "由 RL-LS 牵头办理", dispatch = true }, "dispatched", Dispatcher);

        Assert.Equal("RL-LS", concluded.GetProperty("lead").GetString());
        Assert.Equal(["ZJJ", "CGJ"], concluded.GetProperty("coHandlers").EnumerateArray().Select(c => c.GetString()));
        var consultation = concluded.GetProperty("consultation");
        Assert.Equal("由 RL-LS 牵头办理", consultation.GetProperty("outcome").GetString());
        Assert.Equal(["RL-LS"], consultation.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("cancelled", OrderApi.Clock(concluded, "consultation", "RL-LS").GetProperty("state").GetString());
        // CGJ, now a co-handler, still reads it; RL-XY still does not.
        await _api.Get(id, Cgj);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.As(RlXy).GetAsync($"/api/orders/{id}")).StatusCode);
    }

    private async Task<JsonElement> Reply(string id, string user, string department, string opinion) =>
        await _api.Do(id, "consultation/reply", new { department, opinion }, "pending-dispatch", user);

    private static JsonElement Participant(JsonElement order, string department) =>
        order.GetProperty("consultation").GetProperty("participants").EnumerateArray()
            .Single(p => p.GetProperty("department").GetString() == department);

    private async Task<string> OrderIn(string state)
    {
        switch (state)
        {
            case Unknown:
                return Api.BadInputCases.UnknownOrderId;
            case Closed:
                return await _api.OrderIn(States.Closed);
            case AcceptedOpen:
            {
                var accepted = await _api.OrderIn(States.Accepted);
                await _api.Do(accepted, "consultation", new { topic = "是否改由住建部门主办", lead = "ZJJ", coHandlers = new[] { new { department = "CGJ" } } },
                    "accepted", Dispatcher);
                return accepted;
            }
        }
        var id = await _api.OrderIn(States.Pending);
        if (state == Open)
        {
            var soon = DateTimeOffset.UtcNow.AddHours(2);
            await _api.Do(id, "consultation", new
            {
                topic = "责任划分",
                lead = "RL-LS",
                coHandlers = new object[] { new { department = "ZJJ", dueAt = soon.AddHours(2) }, new { department = "CGJ", dueAt = soon } },
            }, "pending-dispatch", Dispatcher);
        }
        return id;
    }
}
