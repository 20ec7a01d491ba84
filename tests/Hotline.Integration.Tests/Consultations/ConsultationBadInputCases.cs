namespace Hotline.Integration.Tests.Consultations;

/// <summary>The rows behind <see cref="ConsultationApiTests"/>: one bad request each and what the API must answer.</summary>
public static class ConsultationBadInputCases
{
    /// <summary>A fresh order in the dispatch queue.</summary>
    public const string Pending = "pending";
    /// <summary>A pending order with an open consultation: lead RL-LS, co-handlers ZJJ and CGJ.</summary>
    public const string Open = "open";
    /// <summary>An order RL-LS has accepted, with an open consultation (lead ZJJ, co-handler CGJ).</summary>
    public const string AcceptedOpen = "accepted-open";
    public const string Closed = "closed";
    public const string Unknown = "unknown";

    public const string Dispatcher = Logins.Dispatcher;
    public const string Zjj = Logins.Zjj;
    public const string Cgj = "cgj";
    public const string RlXy = Logins.RlXy;

    private const string Valid = """{"topic":"责任划分","lead":"RL-LS","coHandlers":[{"department":"ZJJ"}]}""";

    /// <summary>state, path after /consultation, user, body, HTTP status, field named (400) or current status (409).</summary>
    public static TheoryData<string, string, string, string, int, string> Rows => new()
    {
        // 发起会商
        { Pending, "", Dispatcher, """{"lead":"RL-LS","coHandlers":[{"department":"ZJJ"}]}""", 400, "topic" },
        { Pending, "", Dispatcher, """{"topic":"  ","lead":"RL-LS","coHandlers":[{"department":"ZJJ"}]}""", 400, "topic" },
        { Pending, "", Dispatcher, $$"""{"topic":"{{new string('议', 201)}}","lead":"RL-LS","coHandlers":[{"department":"ZJJ"}]}""", 400, "topic" },
        { Pending, "", Dispatcher, """{"topic":"责任划分","coHandlers":[{"department":"ZJJ"}]}""", 400, "lead" },
        { Pending, "", Dispatcher, """{"topic":"责任划分","lead":"NOPE","coHandlers":[{"department":"ZJJ"}]}""", 400, "lead" },
        { Pending, "", Dispatcher, """{"topic":"责任划分","lead":"RL-LS","coHandlers":[]}""", 400, "coHandlers" },
        { Pending, "", Dispatcher, """{"topic":"责任划分","lead":"RL-LS"}""", 400, "coHandlers" },
        { Pending, "", Dispatcher, """{"topic":"责任划分","lead":"RL-LS","coHandlers":[{"department":"NOPE"}]}""", 400, "coHandlers" },
        { Pending, "", Dispatcher, """{"topic":"责任划分","lead":"RL-LS","coHandlers":[{"department":"ZJJ"},{"department":"RL-LS"}]}""", 400, "coHandlers" },
        { Pending, "", Dispatcher, """{"topic":"责任划分","lead":"RL-LS","coHandlers":[{"department":"ZJJ"},{"department":"ZJJ"}]}""", 400, "coHandlers" },
        { Pending, "", Dispatcher, """{"topic":"责任划分","lead":"RL-LS","coHandlers":[{"department":""}]}""", 400, "coHandlers" },
        { Pending, "", Dispatcher, """{"topic":"责任划分","lead":"RL-LS","coHandlers":[{"department":"ZJJ","dueAt":"2020-01-01T09:00:00+08:00"}]}""", 400, "coHandlers[0].dueAt" },
        { Pending, "", Dispatcher, """{"topic":"责任划分","lead":"RL-LS","coHandlers":[{"department":"ZJJ","dueAt":"明天"}]}""", 400, "coHandlers[0].dueAt" },
        { Open, "", Dispatcher, Valid, 409, "pending-dispatch" },
        { Closed, "", Dispatcher, Valid, 409, "closed" },
        { Unknown, "", Dispatcher, Valid, 404, "" },
        { Pending, "", Zjj, Valid, 403, "" },

        // 会商意见
        { Open, "/reply", Zjj, """{"department":"ZJJ","opinion":""}""", 400, "opinion" },
        { Open, "/reply", Zjj, """{"department":"ZJJ"}""", 400, "opinion" },
        { Open, "/reply", Dispatcher, """{"opinion":"同意"}""", 400, "department" },
        { Open, "/reply", Dispatcher, """{"department":"NOPE","opinion":"同意"}""", 400, "department" },
        { Open, "/reply", Dispatcher, """{"department":"RL-XY","opinion":"同意"}""", 409, "pending-dispatch" },
        { Pending, "/reply", Dispatcher, """{"department":"ZJJ","opinion":"同意"}""", 409, "pending-dispatch" },
        { Open, "/reply", Zjj, """{"department":"CGJ","opinion":"同意"}""", 403, "" },
        { Open, "/reply", RlXy, """{"department":"RL-XY","opinion":"同意"}""", 404, "" },
        { Unknown, "/reply", Dispatcher, """{"department":"ZJJ","opinion":"同意"}""", 404, "" },

        // 形成结论
        { Open, "/conclude", Dispatcher, """{"outcome":""}""", 400, "outcome" },
        { Open, "/conclude", Dispatcher, """{"dispatch":true}""", 400, "outcome" },
        { Open, "/conclude", Dispatcher, """{"outcome":"由 RL-LS 牵头","dispatch":"yes"}""", 400, "dispatch" },
        { Pending, "/conclude", Dispatcher, """{"outcome":"由 RL-LS 牵头"}""", 409, "pending-dispatch" },
        { AcceptedOpen, "/conclude", Dispatcher, """{"outcome":"改由 ZJJ 主办","dispatch":true}""", 409, "accepted" },
        { Open, "/conclude", Zjj, """{"outcome":"由 RL-LS 牵头"}""", 403, "" },
        { Unknown, "/conclude", Dispatcher, """{"outcome":"由 RL-LS 牵头"}""", 404, "" },
    };
}
