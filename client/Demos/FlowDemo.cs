using Hotline.Client.Api;

namespace Hotline.Client.Demos;

/// <summary>
/// demo flow — a stream of heating complaints across Lüliang's districts, each moved along by the
/// people who would move it (seat → dispatcher → heating company), so the big board and the
/// consoles have something live to show. Some orders are left waiting on purpose: their
/// countdowns are what a dispatcher watches.
/// </summary>
public sealed class FlowDemo(HotlineApi api, TextWriter output, double perSecond, int count, double leaveOpenShare)
{
    private static readonly (string Title, string Content)[] Complaints =
    [
        ("暖气不热", "入冬以来家中暖气一直不热，室温只有十三四度，家里有老人，请尽快处理。"),
        ("暖气片漏水", "卧室暖气片接口处漏水，地板已泡湿，楼下邻居也受影响，请派人维修。"),
        ("供暖温度不达标", "小区整栋楼供暖温度偏低，多户室温不足18度，物业说是热力公司的问题。"),
        ("停暖未提前通知", "今天早上突然停暖，没有任何通知，不知道什么时候恢复。"),
        ("单元管道异响", "单元供暖管道夜间有很大的敲击声，影响休息，担心管道有隐患。"),
        ("新装住户未通暖", "已按要求缴纳取暖费，但家里至今没有通暖，请核实处理。"),
    ];

    private static readonly string[] Streets = ["滨河北路", "龙凤大街", "永宁路", "凤山路", "北川河东路", "府前街", "新华街", "振兴路"];

    // Orders walk concurrently: the shared instance is the thread-safe one.
    private readonly Random _random = Random.Shared;
    private int _created, _dispatched, _accepted, _replied, _failed;

    public async Task RunAsync(CancellationToken ct)
    {
        var reference = await api.GetReferenceAsync(ct);
        var companies = reference.Departments.Where(d => d.Kind == "heating" && d.District is not null).ToDictionary(d => d.District!, d => d.Code);
        var districts = reference.Districts;
        output.WriteLine($"持续生成供热诉求：每秒 {perSecond:0.##} 件{(count > 0 ? $"，共 {count} 件" : "，Ctrl-C 停止")}；约 {leaveOpenShare:P0} 的工单停在待签收/办理中，供大屏倒计时展示。");

        var running = new List<Task>();
        var interval = TimeSpan.FromSeconds(1 / perSecond);
        using var ticker = new PeriodicTimer(interval);
        using var report = new PeriodicTimer(TimeSpan.FromSeconds(10));
        var reporting = Report(report, ct);
        try
        {
            for (var n = 0; count == 0 || n < count; n++)
            {
                var district = districts[_random.Next(districts.Count)];
                var lead = companies.GetValueOrDefault(district.Code, "ZJJ");
                running.Add(Walk(n, district, lead, ct));
                running.RemoveAll(t => t.IsCompleted);
                await ticker.WaitForNextTickAsync(ct);
            }
            await Task.WhenAll(running);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        PrintTotals();
    }

    /// <summary>One order's life: created by a seat, dispatched, accepted and replied after human-like pauses.</summary>
    private async Task Walk(int n, DistrictDto district, string lead, CancellationToken ct)
    {
        try
        {
            var (title, content) = Complaints[n % Complaints.Length];
            var seat = n % 2 == 0 ? DemoActors.Seat : DemoActors.SecondSeat;
            var order = await api.CreateOrderAsync(new CreateOrderRequest("热线电话",
                new CallerDto($"139{_random.Next(10_000_000, 99_999_999)}", "来电市民", "citizen"), district.Code,
                $"{district.Name}{Streets[n % Streets.Length]}{_random.Next(1, 200)}号院{_random.Next(1, 12)}号楼",
                district.Lat, district.Lon, "供热", title, content, "normal"), seat, ct);
            Interlocked.Increment(ref _created);
            var leaveOpen = _random.NextDouble() < leaveOpenShare;

            await Pause(2, 12, ct);
            await api.DispatchAsync(order.Id, new DispatchRequest(lead, []), DemoActors.Dispatcher, ct);
            Interlocked.Increment(ref _dispatched);
            if (leaveOpen && _random.Next(2) == 0) return;

            await Pause(5, 30, ct);
            await api.AcceptAsync(order.Id, new AcceptRequest(lead), DemoActors.Department(lead), ct);
            Interlocked.Increment(ref _accepted);
            if (leaveOpen) return;

            await Pause(10, 60, ct);
            await api.ReplyAsync(order.Id, new ReplyRequest(lead, "已派维修人员上门检查，排气并调整阀门后室温恢复至20℃以上，已告知来电人。", [], false),
                DemoActors.Department(lead), ct);
            Interlocked.Increment(ref _replied);
        }
        catch (HotlineApiException e)
        {
            Interlocked.Increment(ref _failed);
            output.WriteLine($"  ✗ {e.Message}：{e.Problem?.Detail ?? e.Problem?.Title}");
        }
    }

    private Task Pause(int minSeconds, int maxSeconds, CancellationToken ct) =>
        Task.Delay(TimeSpan.FromSeconds(minSeconds + _random.NextDouble() * (maxSeconds - minSeconds)), ct);

    private async Task Report(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(ct)) PrintTotals();
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void PrintTotals() =>
        output.WriteLine($"  受理 {_created} · 派单 {_dispatched} · 签收 {_accepted} · 答复 {_replied}{(_failed > 0 ? $" · 失败 {_failed}" : "")}");
}
