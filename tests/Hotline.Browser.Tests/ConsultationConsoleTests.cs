using Hotline.Browser.Tests.Infrastructure;
using Hotline.Browser.Tests.Pages;
using Xunit.Abstractions;

namespace Hotline.Browser.Tests;

/// <summary>
/// 会商 across two consoles: the dispatcher opens a consultation from the queue, the co-handling department gives its
/// opinion from its console's notices, and the dispatcher concludes it with a dispatch to the lead.
/// </summary>
public sealed class ConsultationConsoleTests(HotlineServer server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private const string Topic = "楼内管网与小区物业责任划分";
    private const string Opinion = "楼内管网属物业维护范围，住建局督促物业配合供热公司排查。";
    private const string Outcome = "由离石区集中供热公司牵头排查，市住建局督促物业配合。";

    [Fact]
    public async Task Dispatcher_opens_a_consultation_the_participant_replies_and_the_conclusion_dispatches_to_the_lead()
    {
        var id = await Server.Api.CreateHeatingOrder("整栋楼暖气不热，物业与供热公司互相推诿", "离石区凤山路 8 号院 2 号楼");
        var dispatch = new DispatchConsole(await Session.NewPage(BrowserSession.BigScreen));
        await LoginPage.SignIn(dispatch.Page, Logins.Dispatcher, "/dispatch.html");
        await LivePage.WaitUntilLive(dispatch.Page);
        var page = dispatch.Page;

        // 会商 from the queue row: topic, lead, one co-handler with a two-hour sub-deadline.
        await dispatch.QueueRow(id).GetByTestId("consult").ClickAsync();
        var form = page.Locator($"[data-testid=consult-form-row][data-consult-for='{id}']");
        await form.GetByTestId("consult-topic").FillAsync(Topic);
        await form.GetByTestId("consult-lead").SelectOptionAsync("RL-LS");
        var picker = form.GetByTestId("consult-co");
        await picker.Locator("summary").ClickAsync();
        await picker.Locator("label[data-code='ZJJ'] input").CheckAsync();
        await picker.Locator("summary").ClickAsync();
        await form.Locator("[data-testid=consult-hours-input][data-code='ZJJ']").FillAsync("2");
        await form.GetByTestId("consult-submit").ClickAsync();
        await Expect(form.GetByTestId("consult-opened")).ToBeVisibleAsync();

        var card = page.Locator($"[data-testid=consult-card][data-order-id='{id}']");
        await Expect(card.GetByTestId("consult-topic-text")).ToHaveTextAsync(Topic);
        var zjjAtTable = card.Locator("[data-testid=consult-participant][data-department='ZJJ']");
        await Expect(zjjAtTable).ToHaveAttributeAsync("data-replied", "false");
        await Expect(zjjAtTable.GetByTestId("consult-countdown")).ToContainTextAsync(":");
        var opened = await Server.Api.Get(id);
        var zjjClock = HotlineApi.Clock(opened, "consultation", "ZJJ");
        var span = HotlineApi.Instant(zjjClock, "dueAt") - HotlineApi.Instant(zjjClock, "startedAt");
        Assert.InRange(span.TotalMinutes, 119, 121);

        // ZJJ's console lists the order and asks for its opinion, with its own countdown.
        var zjj = new DepartmentConsole(await Session.NewPage());
        await LoginPage.SignIn(zjj.Page, Logins.Zjj, "/department.html");
        await LivePage.WaitUntilLive(zjj.Page);
        var notice = zjj.Page.Locator($"[data-testid=notice-card][data-order-id='{id}']").GetByTestId("consult-notice");
        await Expect(notice.GetByTestId("consult-topic-text")).ToHaveTextAsync(Topic, new() { Timeout = 15_000 });
        await Expect(notice.GetByTestId("consult-countdown")).ToBeVisibleAsync();
        await Expect(zjj.Clock(id, "consultation")).ToBeVisibleAsync();
        await notice.GetByTestId("consult-opinion-input").FillAsync(Opinion);
        await zjj.Page.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("department-consultation.png"), FullPage = true });
        await notice.GetByTestId("consult-reply").ClickAsync();
        await Expect(notice).ToHaveCountAsync(0);

        // The dispatcher sees the opinion arrive live, then concludes with a dispatch to the lead.
        await Expect(zjjAtTable).ToHaveAttributeAsync("data-replied", "true", new() { Timeout = 15_000 });
        await Expect(zjjAtTable.GetByTestId("consult-opinion")).ToHaveTextAsync(Opinion);
        await card.GetByTestId("consult-outcome").FillAsync(Outcome);
        await card.GetByTestId("consult-dispatch").CheckAsync();
        await card.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("consultation.png"), FullPage = true });
        await card.GetByTestId("consult-conclude").ClickAsync();
        await Expect(card).ToHaveCountAsync(0);
        await Expect(dispatch.WaitingRow(id)).ToBeVisibleAsync(new() { Timeout = 15_000 });

        // Not accepted yet: the dispatcher urges the lead (催办), whose console shows the notice until it is read.
        var urge = dispatch.WaitingRow(id).GetByTestId("urge");
        await urge.ClickAsync();
        await Expect(urge).ToHaveTextAsync("已催办");
        var lead = new DepartmentConsole(await Session.NewPage());
        await LoginPage.SignIn(lead.Page, Logins.RlLs, "/department.html");
        await LivePage.WaitUntilLive(lead.Page);
        var urged = lead.Page.Locator($"[data-testid=notice-card][data-order-id='{id}']").GetByTestId("urge-notice");
        await Expect(urged).ToContainTextAsync("请尽快签收", new() { Timeout = 15_000 });
        await urged.GetByTestId("urge-ack").ClickAsync();
        await Expect(urged).ToHaveCountAsync(0);

        var order = await Server.Api.Get(id);
        Assert.Equal("dispatched", order.GetProperty("status").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, order.GetProperty("urges")[0].GetProperty("acknowledgedAt").ValueKind);
        Assert.Equal("RL-LS", order.GetProperty("lead").GetString());
        Assert.Equal(["ZJJ"], order.GetProperty("coHandlers").EnumerateArray().Select(c => c.GetString()));
        var consultation = order.GetProperty("consultation");
        Assert.Equal(Outcome, consultation.GetProperty("outcome").GetString());
        Assert.Equal(["RL-LS"], consultation.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Session.AssertNoPageErrors();
    }
}
