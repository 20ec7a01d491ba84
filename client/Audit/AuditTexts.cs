using Hotline.Client.Simulation;

namespace Hotline.Client.Audit;

/// <summary>Chinese messages of `hotline audit`.</summary>
public static class AuditTexts
{
    public static string SequenceBroken(long expected, long actual) => $"流转记录序号不连续：第 {expected} 条的序号为 {actual}";

    public static string VersionMismatch(long version, int events) => $"版本 {version} 与流转记录条数 {events} 不一致";

    public static string VersionBehind(LedgerEntry e, long version) => $"已确认的操作 {e.Action}（版本 {e.Version}）丢失：工单现为版本 {version}";

    public static string EventMissing(LedgerEntry e, string? actual) =>
        $"已确认的操作 {e.Action} 应在序号 {e.Version} 留下 {e.EventAction ?? "记录"}，实际为 {actual ?? "无"}";

    public static string BreachMissing(string clock, string? department, int due, int breaches) =>
        $"时限 {clock}（{department ?? "-"}）有 {due} 个已到期，只记录了 {breaches} 次超期";

    public static string FiredTwice(string clock, string? department, int percent, int count, int allowed) =>
        $"时限 {clock}（{department ?? "-"}）的 {percent}% 阈值触发了 {count} 次（最多 {allowed} 次）";

    public static string Summary(int orders, int events, int ledger, int violations) =>
        $"审计完成：{orders} 件工单，{events} 条流转记录，核对账本 {ledger} 条；违规 {violations} 项";

    public static string LedgerOrderMissing(string id) => $"账本中的工单 {id} 不存在（404）";

    public static string Check(string check) => check switch
    {
        OrderAuditor.Sequence => "流转序号",
        OrderAuditor.Acknowledged => "已确认操作",
        OrderAuditor.BreachMissing => "超期未触发",
        OrderAuditor.FiredTwice => "阈值重复触发",
        _ => check,
    };
}
