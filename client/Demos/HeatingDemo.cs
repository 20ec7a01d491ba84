using Hotline.Client.Api;

namespace Hotline.Client.Demos;

/// <summary>demo heating — the happy path of a heating complaint in 离石区, dispatched to RL-LS.</summary>
public static class HeatingDemo
{
    public static async Task RunAsync(DemoRunner run, TextWriter o)
    {
        const string dept = "RL-LS";
        string deptActor = DemoActors.Department(dept);
        o.WriteLine("演示：供热投诉（暖气不热）——受理 → 派单 → 签收 → 答复 → 审核 → 回访 → 办结");

        var order = await run.CreateAsync("坐席受理：暖气不热（离石区，供热）", new CreateOrderRequest(
            Channel: "热线电话",
            Caller: new CallerDto(DemoCallers.NewPhone("138"), "王女士", "citizen"),
            DistrictCode: "141102",
            Address: "离石区滨河北路盛世华庭小区5号楼2单元601室",
            Lat: 37.5193,
            Lon: 111.1343,
            Category: "供热",
            Title: "暖气不热",
            Content: "来电人反映：入冬供暖以来家中暖气一直不热，室温只有十二三度，家中有老人和小孩，已多次联系小区换热站未解决，请求尽快派人检修。",
            Urgency: "normal"), DemoActors.Seat, "pending-dispatch");
        var id = order.Id;

        await run.StepAsync($"派单：主办 {dept}", () => run.Api.DispatchAsync(id, new DispatchRequest(dept, []), DemoActors.Dispatcher), "dispatched");
        await run.StepAsync($"{dept} 签收", () => run.Api.AcceptAsync(id, new AcceptRequest(dept), deptActor), "accepted");
        await run.StepAsync($"{dept} 答复（附现场照片）", () => run.Api.ReplyAsync(id, new ReplyRequest(dept,
            "经现场查看，该楼单元供暖管道阀门堵塞导致回水不畅，已于当日上门疏通并排气，复测室温已达20℃，已告知来电人。联系人：王工 0358-8221234。",
            ["现场照片-1.jpg"], Final: false), deptActor), "replied");
        await run.StepAsync("单位审核：通过", () => run.Api.ReviewAsync(id, new ReviewRequest("department", true, []), DemoActors.Centre), "under-review");
        await run.StepAsync("中心审核：通过", () => run.Api.ReviewAsync(id, new ReviewRequest("centre", true, []), DemoActors.Centre), "pending-callback");
        await run.StepAsync("回访：满意", () => run.Api.CallbackAsync(id, new CallbackRequest("satisfied", "来电人表示暖气已恢复正常，满意。"), DemoActors.Centre), "closed");
    }
}
