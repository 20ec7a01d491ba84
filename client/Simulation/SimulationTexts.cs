using System.Globalization;

namespace Hotline.Client.Simulation;

/// <summary>Chinese messages of `simulate heating`.</summary>
public static class SimulationTexts
{
    public static string Starting(Uri? url, SimulationSettings s) => string.Create(CultureInfo.InvariantCulture,
        $"服务地址：{url}\n回放供热高峰日：{s.Orders} 件，加速 {s.Speedup:0.##} 倍（模拟一天约 {86400 / s.Speedup:0} 秒），退单 {s.Returns:P0}、延期 {s.Extensions:P0}、迟办 {s.Late:P0}、不满意 {s.Dissatisfied:P0}，种子 {s.Seed}，并发 {s.Concurrency}{(s.LedgerPath is null ? "" : "，账本 " + s.LedgerPath)}\n") +
        "说明：系统的时限按真实时间计时；“迟办/超期”按压缩后的模拟时间判定（真实时间下不会触发 30 分钟签收时限）。";

    public static string NoTaskForce(string message) => $"无法读取专班数据：{message}";

    public static string Errors(int count) => $"模拟中有 {count} 个操作失败（对应工单停在失败前的状态），前几条：";
}
