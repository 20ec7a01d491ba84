using Hotline.Client.Api;

namespace Hotline.Client.Demos;

/// <summary>demo full — 物业管理 complaint: wrong department returns it, re-dispatch with a co-handler,
/// extension, rejected review, dissatisfied callback and reopening, then closing.</summary>
public static class FullDemo
{
    public static async Task RunAsync(DemoRunner run, TextWriter o)
    {
        const string wrong = "CGJ";
        const string lead = "ZJJ";
        string leadActor = DemoActors.Department(lead);
        const string dispatcher = DemoActors.Dispatcher;
        o.WriteLine("演示：物业管理投诉——退回、改派（含协办）、延期、审核退回、不满意重办、办结");

        var order = await run.CreateAsync("坐席受理：小区电梯长期故障、物业不作为（孝义市，物业管理）", new CreateOrderRequest(
            Channel: "热线电话",
            Caller: new CallerDto(DemoCallers.NewPhone("139"), "李先生", "citizen"),
            DistrictCode: "141181",
            Address: "孝义市府前街锦绣园小区8号楼",
            Lat: 37.1446,
            Lon: 111.7788,
            Category: "物业管理",
            Title: "小区电梯频繁故障，物业拖延不修",
            Content: "来电人反映：所住8号楼电梯近一个月来频繁停运，上周困人两次，老人上下楼十分困难。多次向物业公司反映，物业以维修资金未到位为由拖延不修，且仍照常收取物业费，请求相关部门督促物业尽快维修并加强管理。",
            Urgency: "normal"), DemoActors.Seat, "pending-dispatch");
        var id = order.Id;

        await run.StepAsync($"派单：主办 {wrong}", () => run.Api.DispatchAsync(id, new DispatchRequest(wrong, []), dispatcher), "dispatched");
        await run.StepAsync($"{wrong} 退回：不属于本单位职责", () => run.Api.ReturnAsync(id,
            new ReturnRequest(wrong, "不属于本单位职责：物业管理归住建局"), DemoActors.Department(wrong)), "returned");
        await run.StepAsync($"改派：主办 {lead}，协办 {wrong}", () => run.Api.DispatchAsync(id, new DispatchRequest(lead, [wrong]), dispatcher), "dispatched");
        await run.StepAsync($"{lead} 签收", () => run.Api.AcceptAsync(id, new AcceptRequest(lead), leadActor), "accepted");

        var until = DemoRunner.IsoInChina(TimeSpan.FromDays(10));
        await run.StepAsync($"{lead} 申请延期至 {until}", () => run.Api.RequestExtensionAsync(id, new ExtensionRequest(lead, until,
            "电梯主板需厂家返修更换，配件到货约需一周，申请延期办理"), leadActor), "accepted",
            check: o2 => o2.PendingExtension is null ? "延期申请后 pendingExtension 应有值" : null);
        await run.StepAsync("中心审批延期：同意", () => run.Api.DecideExtensionAsync(id,
            new ExtensionDecisionRequest(true, "情况属实，同意延期"), dispatcher), "accepted");

        await run.StepAsync($"{lead} 答复", () => run.Api.ReplyAsync(id, new ReplyRequest(lead,
            "已约谈物业公司负责人，依据《物业管理条例》第五十五条责令其立即联系电梯维保单位检修，并动用维修资金更换故障主板。联系人：物业科李科长 0358-8226688。",
            ["约谈记录.pdf"], Final: false), leadActor), "replied");
        await run.StepAsync("单位审核：不通过（答复未说明整改时限）", () => run.Api.ReviewAsync(id,
            new ReviewRequest("department", false, ["答复未说明整改时限"]), DemoActors.Centre), "accepted");
        await run.StepAsync($"{lead} 补充答复", () => run.Api.ReplyAsync(id, new ReplyRequest(lead,
            "已约谈物业公司负责人，依据《物业管理条例》第五十五条责令其于7日内完成电梯主板更换并经特检机构检验合格后恢复运行，逾期将依法处理；已告知来电人。联系人：物业科李科长 0358-8226688。",
            ["约谈记录.pdf", "整改通知书.jpg"], Final: false), leadActor), "replied");
        await run.StepAsync("单位审核：通过", () => run.Api.ReviewAsync(id, new ReviewRequest("department", true, []), DemoActors.Centre), "under-review");
        await run.StepAsync("中心审核：通过", () => run.Api.ReviewAsync(id, new ReviewRequest("centre", true, []), DemoActors.Centre), "pending-callback");
        await run.StepAsync("回访：不满意（电梯仍未修好）", () => run.Api.CallbackAsync(id,
            new CallbackRequest("dissatisfied", "来电人表示电梯至今仍未恢复运行，不满意。"), DemoActors.Centre), "reopened");

        await run.StepAsync($"重办：{lead} 签收", () => run.Api.AcceptAsync(id, new AcceptRequest(lead), leadActor), "accepted");
        await run.StepAsync($"{lead} 最终答复", () => run.Api.ReplyAsync(id, new ReplyRequest(lead,
            "电梯主板已更换，经特检机构检验合格，已于今日恢复运行；物业公司已向业主公开道歉，并依据《物业管理条例》第五十四条公示维修资金使用情况。联系人：物业科李科长 0358-8226688。签发：市住建局负责人 张明。",
            ["检验合格报告.pdf", "电梯运行照片.jpg"], Final: true), leadActor), "replied");
        await run.StepAsync("单位审核：通过", () => run.Api.ReviewAsync(id, new ReviewRequest("department", true, []), DemoActors.Centre), "under-review");
        await run.StepAsync("中心审核：通过", () => run.Api.ReviewAsync(id, new ReviewRequest("centre", true, []), DemoActors.Centre), "pending-callback");
        await run.StepAsync("回访：满意", () => run.Api.CallbackAsync(id,
            new CallbackRequest("satisfied", "来电人确认电梯已正常运行，满意。"), DemoActors.Centre), "closed");
    }
}
