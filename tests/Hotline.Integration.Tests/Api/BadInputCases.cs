using System.Text.Json;
using System.Text.Json.Nodes;
using Hotline.Integration.Tests.Infrastructure;
using States = Hotline.Integration.Tests.Infrastructure.OrderApi.States;

namespace Hotline.Integration.Tests.Api;

/// <summary>
/// The tables behind <see cref="BadInputTests"/>: every row is one bad request and what the API must answer.
/// Rows hold only strings and numbers, so xunit lists each one as a test of its own.
/// </summary>
public static class BadInputCases
{
    /// <summary>An order id the generator can never produce (its date is long past), so it names no order.</summary>
    public const string UnknownOrderId = "19990101-ZZZZZZ";

    /// <summary>In a command body, replaced by the id of the order the command is sent to.</summary>
    public const string Self = "{self}";

    /// <summary>In a command body, replaced by 4001 characters: one more than any free text may hold.</summary>
    public const string TooLong = "{4001-chars}";

    // Who sends a row's command: the demo user whose job it is, so the row fails for its input, not for the role.
    public const string Seat = Logins.Seat1;
    public const string Dispatcher = Logins.Dispatcher;
    /// <summary>RL-LS, the lead department of every order the rows use.</summary>
    public const string LeadDept = Logins.RlLs;
    /// <summary>ZJJ, the co-handling department.</summary>
    public const string CoDept = Logins.Zjj;
    public const string Reviewer = Logins.Reviewer;
    /// <summary>For rows about something else than roles (an unknown order): admin may send every command.</summary>
    public const string Admin = Logins.Admin;

    private const string LaterUntil = "2099-12-31T18:00:00+08:00";
    private const string EarlierUntil = "2020-01-01T09:00:00+08:00";

    /// <summary>
    /// state, action, the demo user who sends it, JSON body, expected HTTP status, and the field named in <c>errors</c> (400)
    /// or the <c>currentStatus</c> (409).
    /// </summary>
    public static TheoryData<string, string, string, string, int, string> Commands => new()
    {
        // 直接答复
        { States.Pending, "answer", Seat, """{"answer":""}""", 400, "answer" },
        { States.Pending, "answer", Seat, """{"answer":"   "}""", 400, "answer" },
        { States.Pending, "answer", Seat, "{}", 400, "answer" },
        { States.Pending, "answer", Seat, """{"answer":42}""", 400, "answer" },
        { States.Pending, "answer", Seat, $$"""{"answer":"{{TooLong}}"}""", 400, "answer" },
        { States.Dispatched, "answer", Seat, """{"answer":"供热时间为每年 11 月 1 日至次年 3 月 31 日。"}""", 409, "dispatched" },

        // 派单
        { States.Pending, "dispatch", Dispatcher, """{"coHandlers":[]}""", 400, "lead" },
        { States.Pending, "dispatch", Dispatcher, """{"lead":"  ","coHandlers":[]}""", 400, "lead" },
        { States.Pending, "dispatch", Dispatcher, """{"lead":"NOPE","coHandlers":[]}""", 400, "lead" },
        { States.Pending, "dispatch", Dispatcher, """{"lead":"RL-LS","coHandlers":["ZJJ","RL-LS"]}""", 400, "coHandlers" },
        { States.Pending, "dispatch", Dispatcher, """{"lead":"RL-LS","coHandlers":["NOPE"]}""", 400, "coHandlers" },
        { States.Pending, "dispatch", Dispatcher, """{"lead":"RL-LS","coHandlers":["ZJJ","ZJJ"]}""", 400, "coHandlers" },
        { States.Pending, "dispatch", Dispatcher, """{"lead":"RL-LS","coHandlers":[""]}""", 400, "coHandlers" },
        { States.Pending, "dispatch", Dispatcher, """{"lead":"RL-LS","coHandlers":"ZJJ"}""", 400, "coHandlers" },
        { States.Pending, "dispatch", Dispatcher, """{"lead":"RL-LS","coHandlers":[null]}""", 400, "coHandlers" },
        { States.Dispatched, "dispatch", Dispatcher, """{"lead":"RL-LS","coHandlers":[]}""", 409, "dispatched" },
        { States.Closed, "dispatch", Dispatcher, """{"lead":"RL-LS","coHandlers":[]}""", 409, "closed" },
        { States.Answered, "dispatch", Dispatcher, """{"lead":"RL-LS","coHandlers":[]}""", 409, "directly-answered" },

        // 签收
        // Not yet dispatched, the order is no business of RL-LS's own user (a 404 to it): the dispatcher tries.
        { States.Pending, "accept", Dispatcher, """{"department":"RL-LS"}""", 409, "pending-dispatch" },
        { States.Dispatched, "accept", LeadDept, "{}", 400, "department" },
        { States.Dispatched, "accept", Dispatcher, """{"department":"NOPE"}""", 400, "department" },
        { States.Dispatched, "accept", Dispatcher, """{"department":"CGJ"}""", 409, "dispatched" },
        { States.Accepted, "accept", LeadDept, """{"department":"RL-LS"}""", 409, "accepted" },
        { States.Closed, "accept", LeadDept, """{"department":"RL-LS"}""", 409, "closed" },

        // 退单
        { States.Dispatched, "return", LeadDept, """{"department":"RL-LS"}""", 400, "grounds" },
        { States.Dispatched, "return", LeadDept, """{"department":"RL-LS","grounds":"   "}""", 400, "grounds" },
        { States.Dispatched, "return", CoDept, """{"department":"ZJJ","grounds":"不属于本单位职责"}""", 409, "dispatched" },
        { States.Replied, "return", LeadDept, """{"department":"RL-LS","grounds":"不属于本单位职责"}""", 409, "replied" },

        // 申请延期
        { States.Accepted, "extension", LeadDept, """{"department":"RL-LS","reason":"需更换主管网阀门"}""", 400, "until" },
        { States.Accepted, "extension", LeadDept, """{"department":"RL-LS","until":"下周一","reason":"需更换主管网阀门"}""", 400, "until" },
        { States.Accepted, "extension", LeadDept, $$"""{"department":"RL-LS","until":"{{EarlierUntil}}","reason":"需更换主管网阀门"}""", 400, "until" },
        { States.Accepted, "extension", LeadDept, $$"""{"department":"RL-LS","until":"{{LaterUntil}}"}""", 400, "reason" },
        // An instant without an offset is ambiguous (the calendar endpoint refuses it too): not guessed.
        { States.Accepted, "extension", LeadDept, """{"department":"RL-LS","until":"2099-12-31T18:00:00","reason":"需更换主管网阀门"}""", 400, "until" },
        { States.Dispatched, "extension", LeadDept, $$"""{"department":"RL-LS","until":"{{LaterUntil}}","reason":"需更换主管网阀门"}""", 409, "dispatched" },
        { States.ExtensionPending, "extension", LeadDept, $$"""{"department":"RL-LS","until":"{{LaterUntil}}","reason":"再延一次"}""", 409, "accepted" },

        // 审批延期
        { States.ExtensionPending, "extension/decision", Dispatcher, "{}", 400, "approved" },
        { States.ExtensionPending, "extension/decision", Dispatcher, """{"approved":"yes"}""", 400, "approved" },
        { States.Accepted, "extension/decision", Dispatcher, """{"approved":true}""", 409, "accepted" },

        // 答复
        { States.Accepted, "reply", LeadDept, """{"department":"RL-LS","content":"","evidence":[],"final":false}""", 400, "content" },
        { States.Accepted, "reply", LeadDept, """{"department":"RL-LS","evidence":[]}""", 400, "content" },
        { States.Accepted, "reply", LeadDept, $$"""{"department":"RL-LS","content":"{{TooLong}}","evidence":[]}""", 400, "content" },
        { States.Accepted, "reply", LeadDept, """{"department":"RL-LS","content":"已维修","evidence":[""]}""", 400, "evidence" },
        { States.Accepted, "reply", LeadDept, """{"department":"RL-LS","content":"已维修","final":"yes"}""", 400, "final" },
        { States.Dispatched, "reply", LeadDept, """{"department":"RL-LS","content":"已更换循环泵。","evidence":[],"final":false}""", 409, "dispatched" },

        // 审核
        { States.Replied, "review", Reviewer, """{"level":"boss","approved":true}""", 400, "level" },
        { States.Replied, "review", Reviewer, """{"level":"department"}""", 400, "approved" },
        { States.Replied, "review", Reviewer, """{"level":"centre","approved":true}""", 409, "replied" },
        { States.Replied, "review", Reviewer, """{"level":"department","approved":false}""", 400, "reasons" },
        { States.Replied, "review", Reviewer, """{"level":"department","approved":false,"reasons":[" "]}""", 400, "reasons" },
        { States.Accepted, "review", Reviewer, """{"level":"department","approved":true}""", 409, "accepted" },

        // 回访
        { States.PendingCallback, "callback", Reviewer, """{"satisfaction":"very-happy"}""", 400, "satisfaction" },
        { States.PendingCallback, "callback", Reviewer, "{}", 400, "satisfaction" },
        { States.UnderReview, "callback", Reviewer, """{"satisfaction":"satisfied","note":"群众表示满意"}""", 409, "under-review" },

        // 并单
        { States.Pending, "merge", Dispatcher, "{}", 400, "parentId" },
        { States.Pending, "merge", Dispatcher, $$"""{"parentId":"{{Self}}"}""", 400, "parentId" },
        { States.Pending, "merge", Dispatcher, $$"""{"parentId":"{{UnknownOrderId}}"}""", 400, "parentId" },
        { States.Closed, "merge", Dispatcher, $$"""{"parentId":"{{UnknownOrderId}}"}""", 409, "closed" },

        // 转办
        { States.Pending, "transfer", Dispatcher, """{"to":"999"}""", 400, "to" },
        { States.Pending, "transfer", Dispatcher, "{}", 400, "to" },
        { States.Pending, "transfer", Dispatcher, """{"to":110}""", 400, "to" },
        { States.Dispatched, "transfer", Dispatcher, """{"to":"110"}""", 409, "dispatched" },

        // 接诉即办: ask a department's emergency contact
        { States.Pending, "inquiry", Seat, """{"department":"RL-LS"}""", 400, "question" },
        { States.Pending, "inquiry", Seat, """{"department":"RL-LS","question":"   "}""", 400, "question" },
        { States.Pending, "inquiry", Seat, $$"""{"department":"RL-LS","question":"{{TooLong}}"}""", 400, "question" },
        { States.Pending, "inquiry", Seat, """{"question":"何时恢复供热？"}""", 400, "department" },
        { States.Pending, "inquiry", Seat, """{"department":"NOPE","question":"何时恢复供热？"}""", 400, "department" },
        { States.Dispatched, "inquiry", Seat, """{"department":"RL-LS","question":"何时恢复供热？"}""", 409, "dispatched" },
        { States.Inquiring, "inquiry", Seat, """{"department":"ZJJ","question":"再问住建局"}""", 409, "inquiring" },
        // The contact's answer
        { States.Inquiring, "inquiry/answer", LeadDept, """{"department":"RL-LS"}""", 400, "answer" },
        { States.Inquiring, "inquiry/answer", LeadDept, """{"department":"RL-LS","answer":" "}""", 400, "answer" },
        { States.Inquiring, "inquiry/answer", Dispatcher, """{"department":"CGJ","answer":"不归我们管"}""", 409, "inquiring" },
        { States.InquiryAnswered, "inquiry/answer", LeadDept, """{"department":"RL-LS","answer":"再答一次"}""", 409, "inquiring" },
        { States.Pending, "inquiry/answer", Dispatcher, """{"department":"RL-LS","answer":"今晚恢复"}""", 409, "pending-dispatch" },
        // The centre's review of it
        { States.InquiryAnswered, "inquiry/review", Reviewer, "{}", 400, "approved" },
        { States.InquiryAnswered, "inquiry/review", Reviewer, """{"approved":false}""", 400, "reasons" },
        { States.InquiryAnswered, "inquiry/review", Reviewer, """{"approved":false,"reasons":[" "]}""", 400, "reasons" },
        { States.Inquiring, "inquiry/review", Reviewer, """{"approved":true}""", 409, "inquiring" },
        { States.Pending, "inquiry/review", Reviewer, """{"approved":true}""", 409, "pending-dispatch" },
    };

    /// <summary>Every command with a body that would be fine for some order: an unknown order answers 404.</summary>
    public static TheoryData<string, string> CommandsOnUnknownOrder => new()
    {
        { "answer", """{"answer":"供热时间为每年 11 月 1 日至次年 3 月 31 日。"}""" },
        { "dispatch", """{"lead":"RL-LS","coHandlers":[]}""" },
        { "accept", """{"department":"RL-LS"}""" },
        { "return", """{"department":"RL-LS","grounds":"不属于本单位职责"}""" },
        { "extension", $$"""{"department":"RL-LS","until":"{{LaterUntil}}","reason":"需更换主管网阀门"}""" },
        // Bodies the edge refuses itself (missing until / approved) must still say 404 first.
        { "extension", """{"department":"RL-LS","reason":"需更换主管网阀门"}""" },
        { "extension/decision", """{"approved":true}""" },
        { "extension/decision", "{}" },
        { "reply", """{"department":"RL-LS","content":"已更换循环泵。","evidence":[],"final":false}""" },
        { "review", """{"level":"department","approved":true}""" },
        { "review", """{"level":"centre"}""" },
        { "callback", """{"satisfaction":"satisfied"}""" },
        { "merge", """{"parentId":"20261130-ABCDEF"}""" },
        { "transfer", """{"to":"110"}""" },
        // Codes the grain checks itself must not make an unknown order a 400 either.
        { "review", """{"level":"boss","approved":true}""" },
        { "callback", """{"satisfaction":"very-happy"}""" },
        { "transfer", """{"to":"999"}""" },
        { "dispatch", """{"lead":"NOPE","coHandlers":["NOPE2"]}""" },
        { "accept", """{"department":"NOPE"}""" },
        { "inquiry", """{"department":"RL-LS","question":"何时恢复供热？"}""" },
        { "inquiry", """{"department":"NOPE"}""" },
        { "inquiry/answer", """{"department":"RL-LS","answer":"今晚恢复"}""" },
        { "inquiry/review", """{"approved":true}""" },
        { "inquiry/review", "{}" },
    };

    /// <summary>case, raw body, and the fields (comma-separated) that the 400 must name.</summary>
    public static TheoryData<string, string, string> Intakes => new()
    {
        { "empty body", "", "body" },
        { "not json", "not json", "body" },
        { "array", "[]", "body" },
        { "null", "null", "body" },
        { "missing everything", "{}", "channel,caller.phone,districtCode,address,category,title,content" },
        { "bad urgency", Intake(o => o["urgency"] = "asap"), "urgency" },
        { "bad caller type", Intake(o => o["caller"]!["type"] = "alien"), "caller.type" },
        { "unknown district", Intake(o => o["districtCode"] = "999999"), "districtCode" },
        { "unknown channel", Intake(o => o["channel"] = "飞鸽传书"), "channel" },
        { "latitude out of range", Intake(o => o["lat"] = 123), "lat" },
        { "longitude out of range", Intake(o => o["lon"] = -181.5), "lon" },
        { "latitude not a number", Intake(o => o["lat"] = "abc"), "lat" },
        { "phone not digits", Intake(o => o["caller"]!["phone"] = "abc"), "caller.phone" },
        { "phone missing", Intake(o => o["caller"]!.AsObject().Remove("phone")), "caller.phone" },
        { "caller not an object", Intake(o => o["caller"] = "王先生"), "caller" },
        { "title 201 chars", Intake(o => o["title"] = new string('暖', 201)), "title" },
        { "content blank", Intake(o => o["content"] = "   "), "content" },
        { "unknown category code", Intake(o => o["categoryCode"] = "0199"), "categoryCode" },
        { "category code too coarse", Intake(o => o["categoryCode"] = "01"), "categoryCode" },
        { "category not the code's topic", Intake(o => o["categoryCode"] = "0105010101"), "category" },
        // Several faults at once: each is named, so the seat fixes the form in one go.
        { "several faults", Intake(o => { o["urgency"] = "asap"; o["districtCode"] = "999999"; o["title"] = ""; }), "urgency,districtCode,title" },
    };

    /// <summary>query string, and the parameter the 400 must name.</summary>
    public static TheoryData<string, string> ListQueries => new()
    {
        { "status=bogus", "status" },
        { "status=PendingDispatch", "status" },
        { "overdue=maybe", "overdue" },
        { "pageSize=0", "pageSize" },
        { "pageSize=500", "pageSize" },
        { "pageSize=abc", "pageSize" },
        { "pageSize=-1", "pageSize" },
    };

    /// <summary>query string, and the parameters (comma-separated) the 400 must name.</summary>
    public static TheoryData<string, string> DueQueries => new()
    {
        { "workingDays=1", "from" },
        { "from=2026-02-13T10:00:00&workingDays=1", "from" },
        { "from=yesterday&workingDays=1", "from" },
        { "from=2026-02-13T10:00:00%2B08:00&workingDays=0", "workingDays" },
        { "from=2026-02-13T10:00:00%2B08:00&workingDays=abc", "workingDays" },
        { "from=2026-02-13T10:00:00%2B08:00&workingDays=366", "workingDays" },
        { "from=2026-02-13T10:00:00%2B08:00&workingDays=-1", "workingDays" },
        { "from=2026-02-13T10:00:00%2B08:00", "workingDays" },
        { "", "from,workingDays" },
        // Instants the calendar cannot count working days from are a bad "from", not a server error.
        { "from=9999-12-31T00:00:00%2B08:00&workingDays=1", "from" },
    };

    public static TheoryData<string> UnknownReferencePaths => new()
    {
        "/api/departments/NOPE",
        "/api/departments/NOPE/orders",
        "/api/taskforces/NOPE",
    };

    /// <summary>The realistic heating intake with one change applied, as JSON text.</summary>
    private static string Intake(Action<JsonObject> change)
    {
        var node = JsonSerializer.SerializeToNode(OrderApi.HeatingIntake("13800001234"), ApiFixture.Json)!.AsObject();
        change(node);
        return node.ToJsonString();
    }
}
