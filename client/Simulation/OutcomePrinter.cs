using System.Globalization;
using Hotline.Client.Api;

namespace Hotline.Client.Simulation;

/// <summary>Prints the outcome of a run beside the task force's own figures (GET /api/taskforces/HEATING).</summary>
public static class OutcomePrinter
{
    public static void Print(TextWriter o, SimulationSettings s, OutcomeFigures f, TaskForceDto? taskForce, TimeSpan wall)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine();
        o.WriteLine(string.Create(c, $"供热专班模拟结果（{f.Created} 件，加速 {s.Speedup:0.##} 倍：模拟 1 小时 = {3600 / s.Speedup:0.##} 秒；实际用时 {wall.TotalSeconds:0.0} 秒；种子 {s.Seed}）"));
        o.WriteLine(string.Create(c, $"  办结率：      {f.CompletionRate:P1}（{f.Closed}/{f.Created}）"));
        o.WriteLine(string.Create(c, $"  当日办结率：  {f.SameDayRate:P1}（{f.SameDay}/{f.Created}，最后一次答复在当日时限内并已办结）"));
        o.WriteLine(string.Create(c, $"  超期（模拟时间）：{f.OverdueSimulated} 件（签收超过 30 分钟 {f.LateAccepts} 件，答复超过当日时限 {f.LateReplies} 件；计划迟办 {s.Late:P0}，其余来自请求耗时：1 秒 = {s.Speedup / 60:0.#} 模拟分钟）"));
        o.WriteLine(string.Create(c, $"  超期（系统时钟，真实时间）：当前 {f.OverdueNow} 件，曾触发超期 {f.Breached} 件"));
        o.WriteLine(string.Create(c, $"  受理→答复：  p50 {Minutes(f.ReplyMinutes, 50)}  p95 {Minutes(f.ReplyMinutes, 95)}（模拟时间）"));
        o.WriteLine(string.Create(c, $"  受理→办结：  p50 {Minutes(f.CloseMinutes, 50)}  p95 {Minutes(f.CloseMinutes, 95)}（模拟时间）"));
        if (taskForce is null) return;
        var t = taskForce.Figures;
        o.WriteLine(string.Create(c, $"专班 {taskForce.Code}（{taskForce.Name}，专班记录的全部供热工单，含本次以外的）："));
        o.WriteLine(string.Create(c, $"  受理 {t.Received} · 派单 {t.Dispatched} · 办结 {t.Completed} · 超期 {t.Overdue} · 办结率 {t.CompletionRate:P1}"));
        o.WriteLine(string.Create(c, $"  对照：本次办结 {f.Closed} 件 / 专班办结 {t.Completed} 件；本次系统超期 {f.OverdueNow} / 专班超期 {t.Overdue}"));
    }

    private static string Minutes(IReadOnlyList<double> values, double p)
    {
        var m = SimulationOutcome.Percentile(values, p);
        if (double.IsNaN(m)) return "-";
        return m >= 120 ? string.Create(CultureInfo.InvariantCulture, $"{m / 60:0.0} 小时") : string.Create(CultureInfo.InvariantCulture, $"{m:0} 分钟");
    }
}
