using Hotline.Browser.Tests.Infrastructure;
using Hotline.Browser.Tests.Pages;
using Xunit.Abstractions;

namespace Hotline.Browser.Tests;

/// <summary>
/// 接诉即办 across three screens, and the final-reply lock at intake: what the seat, the department's emergency contact
/// and the centre's reviewer each see and do, in real pages on a real server.
/// </summary>
public sealed class InquiryAndFinalReplyTests(HotlineServer server, BrowserFixture browser, ITestOutputHelper output)
    : BrowserTest(server, browser, output)
{
    private const string ContactAnswer = "换热站循环泵故障抢修中，预计今晚 20 时前恢复供热，届时室温将逐步回升。";

    [Fact]
    public async Task Seat_asks_the_contact_the_department_answers_and_the_reviewer_approves_it_to_the_caller()
    {
        var department = new DepartmentConsole(await Session.NewPage());
        await LoginPage.SignIn(department.Page, Logins.RlLs, "/department.html");
        var seat = new SeatConsole(await Session.NewPage());
        await LoginPage.SignIn(seat.Page, Logins.Seat1, "/seat.html");
        await seat.WaitUntilReady();
        var id = await seat.CreateOrder(new Intake(HotlineApi.UniquePhone(), "整栋楼突然停暖", "离石区凤山路 8 号院 2 号楼",
            "凤山路 8 号院 2 号楼从下午开始暖气全部不热，想知道原因和恢复时间。"));

        // The seat: no answer in the knowledge base, so ask RL-LS's emergency contact.
        await seat.Page.GetByTestId("start-inquiry").ClickAsync();
        await seat.Page.GetByTestId("inquiry-department").SelectOptionAsync("RL-LS");
        await seat.Page.GetByTestId("inquiry-question").FillAsync("凤山路 8 号院 2 号楼停暖原因和恢复时间？");
        await seat.Page.GetByTestId("send-inquiry").ClickAsync();
        var status = seat.Page.GetByTestId("inquiry-status");
        await Expect(status).ToHaveAttributeAsync("data-status", "waiting");
        await Expect(seat.Page.GetByTestId("inquiry-clock")).ToBeVisibleAsync();

        // The department: the inquiry arrives live with its 30-minute clock; the contact answers under the row.
        await Expect(department.Row(id).GetByTestId("inquiry-pending")).ToBeVisibleAsync();
        await Expect(department.Clock(id, "contact-answer")).ToBeVisibleAsync();
        await department.Page.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("department-inquiry.png"), FullPage = true });
        await department.Button(id, "answer-inquiry").ClickAsync();
        await department.Page.GetByTestId("inquiry-answer").FillAsync(ContactAnswer);
        await department.Page.GetByTestId("submit-inquiry-answer").ClickAsync();
        await Expect(department.Row(id).GetByTestId("inquiry-answered")).ToBeVisibleAsync();
        await Expect(department.Button(id, "answer-inquiry")).ToBeHiddenAsync();

        // The reviewer: approves the answer to the caller, then keeps it as a knowledge draft.
        var reviewer = await Session.NewPage();
        await LoginPage.SignIn(reviewer, Logins.Reviewer, "/review.html");
        await reviewer.GotoAsync("/knowledge.html");
        var item = reviewer.Locator($"[data-testid=inquiry-review-item][data-order-id='{id}']");
        await Expect(item).ToContainTextAsync(ContactAnswer);
        await reviewer.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("knowledge-inquiry-review.png"), FullPage = true });
        await item.GetByTestId("inquiry-approve").ClickAsync();
        await item.GetByTestId("inquiry-to-knowledge").ClickAsync();
        await Expect(reviewer.GetByTestId("entry-question")).ToHaveValueAsync("凤山路 8 号院 2 号楼停暖原因和恢复时间？");
        await Expect(reviewer.GetByTestId("entry-answer")).ToHaveValueAsync(ContactAnswer);

        // The seat's panel follows the order: the caller has been answered.
        await Expect(status).ToHaveAttributeAsync("data-status", "approved", new() { Timeout = 15_000 });
        var order = await Server.Api.Get(id);
        Assert.Equal("directly-answered", order.GetProperty("status").GetString());
        Assert.Equal(ContactAnswer, order.GetProperty("answer").GetString());
        Session.AssertNoPageErrors();
    }

    [Fact]
    public async Task A_matter_closed_with_a_final_reply_shows_that_reply_and_cannot_be_created_again()
    {
        var phone = HotlineApi.UniquePhone();
        const string Reply = "经入户测温，室温 19 度已达标；系住户分户阀门关闭所致，已当面打开并说明。";
        var earlier = await Server.Api.CloseWithFinalReply(phone, "家里暖气不热", "滨河北路 12 号院 3 单元 502 室温只有 14 度。",
            "离石区滨河北路 12 号院 3 单元 502", Reply, "测温照片.jpg");

        var seat = new SeatConsole(await Session.NewPage());
        await LoginPage.SignIn(seat.Page, Logins.Seat1, "/seat.html");
        await seat.WaitUntilReady();
        var form = seat.Page.Locator("form#intake");
        await form.Locator("[name=phone]").FillAsync(phone);
        await form.Locator("[name=districtCode]").SelectOptionAsync("141102");
        await form.Locator("[name=category]").SelectOptionAsync("供热");
        await form.Locator("[name=address]").FillAsync("离石区滨河北路 12 号院 3 单元 502");
        await form.Locator("[name=title]").FillAsync("暖气还是不热");
        await form.Locator("[name=content]").FillAsync("滨河北路 12 号院 3 单元 502 暖气不热，室温低。");

        // The caller's profile learns of the closed order from its stream; the lock follows as the seat types.
        var lockPanel = seat.Page.Locator($"[data-testid=final-reply][data-order-id='{earlier}']");
        await Expect(lockPanel).ToContainTextAsync(Reply, new() { Timeout = 15_000 });
        await Expect(lockPanel).ToContainTextAsync("测温照片.jpg");
        await Expect(seat.Page.GetByTestId("create")).ToBeDisabledAsync();
        // Only the topic was picked (no five-level code): the responsibility list still names the district's company.
        var first = seat.Page.GetByTestId("suggested-department").First;
        await Expect(first).ToHaveAttributeAsync("data-code", "RL-LS");
        await Expect(first).ToHaveAttributeAsync("data-source", "rule");
        await seat.Page.ScreenshotAsync(new() { Path = RepoPaths.Screenshot("seat-final-reply.png"), FullPage = true });
        Session.AssertNoPageErrors();
    }
}
