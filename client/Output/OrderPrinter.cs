using Hotline.Client.Api;

namespace Hotline.Client.Output;

/// <summary>Prints an order (detail view) and problem details.</summary>
public static class OrderPrinter
{
    public static void PrintOrder(TextWriter o, OrderDto order)
    {
        o.WriteLine($"工单 {order.Id}");
        o.WriteLine($"  状态：    {ConsoleText.Status(order.Status, order.StatusText)}{(order.Overdue ? "  ⚠ 已超期" : "")}");
        o.WriteLine($"  标题：    {ConsoleText.Or(order.Title)}");
        o.WriteLine($"  分类：    {ConsoleText.Or(order.Category)}    紧急程度：{ConsoleText.Urgency(order.Urgency)}    渠道：{ConsoleText.Or(order.Channel)}");
        var caller = order.Caller;
        o.WriteLine($"  来电人：  {ConsoleText.Or(caller?.Name)}  {ConsoleText.Or(caller?.Phone)}  （{ConsoleText.CallerType(caller?.Type)}）");
        o.WriteLine($"  区域：    {ConsoleText.Or(order.DistrictName)}（{ConsoleText.Or(order.DistrictCode)}）  {ConsoleText.Or(order.Address)}");
        if (order.Lat is not null || order.Lon is not null)
            o.WriteLine($"  坐标：    {order.Lat?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}, {order.Lon?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
        o.WriteLine($"  受理时间：{ConsoleText.TimeWithOffset(order.ReceivedAt)}");
        o.WriteLine($"  内容：    {ConsoleText.Or(order.Content)}");
        o.WriteLine($"  主办单位：{ConsoleText.Or(order.Lead)}    协办单位：{ConsoleText.Join(order.CoHandlers)}    专班：{ConsoleText.Json(order.TaskForce)}");
        if (order.Answer is { } answer && ConsoleText.Json(answer) != "-")
            o.WriteLine($"  直接答复：{ConsoleText.Json(answer)}");
        if (order.PendingExtension is { } ext)
            o.WriteLine($"  延期申请：{ConsoleText.Or(ext.Department)} 申请延期至 {ConsoleText.TimeWithOffset(ext.Until)}，理由：{ConsoleText.Or(ext.Reason)}（待审批）");
        if (!string.IsNullOrEmpty(order.ParentId)) o.WriteLine($"  已并入：  {order.ParentId}");
        if (!string.IsNullOrEmpty(order.TransferredTo)) o.WriteLine($"  已转至：  {order.TransferredTo}");
        if (order.FinalReply is { } fr && ConsoleText.Json(fr) != "-") o.WriteLine($"  最终答复：{ConsoleText.Json(fr)}");
        o.WriteLine($"  重办次数：{order.ReopenCount}    版本：{order.Version}");

        o.WriteLine();
        o.WriteLine("时限：");
        ConsoleText.Table(o,
            ["时限", "单位", "开始", "到期", "停止", "状态"],
            (order.Clocks ?? []).Select(c => (IReadOnlyList<string>)
            [
                $"{ConsoleText.ClockName(c.Name)}({c.Name})", ConsoleText.Or(c.Department), ConsoleText.Time(c.StartedAt),
                ConsoleText.Time(c.DueAt), ConsoleText.Time(c.StoppedAt), ConsoleText.ClockState(c.State),
            ]));

        if (order.Replies is { Count: > 0 } replies)
        {
            o.WriteLine();
            o.WriteLine("答复：");
            ConsoleText.Table(o,
                ["时间", "单位", "最终", "内容", "佐证材料"],
                replies.Select(r => (IReadOnlyList<string>)
                [
                    ConsoleText.Time(r.At), ConsoleText.Or(r.Department), ConsoleText.YesNo(r.Final),
                    ConsoleText.Or(r.Content), ConsoleText.Join(r.Evidence),
                ]), maxCell: 50);
        }

        o.WriteLine();
        o.WriteLine("流转记录：");
        ConsoleText.Table(o,
            ["#", "时间", "操作人", "动作", "从", "到", "单位", "原因"],
            (order.Events ?? []).OrderBy(e => e.Sequence).Select(e => (IReadOnlyList<string>)
            [
                e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), ConsoleText.Time(e.At),
                ConsoleText.Or(e.Actor), ConsoleText.Or(e.Action),
                e.From is null ? "-" : ConsoleText.StatusShort(e.From), e.To is null ? "-" : ConsoleText.StatusShort(e.To),
                ConsoleText.Or(e.Department), ConsoleText.Or(e.Reason),
            ]));
    }

    public static void PrintApiError(TextWriter o, HotlineApiException ex)
    {
        o.WriteLine($"请求失败：{ex.Method} /{ex.Path} → HTTP {(int)ex.StatusCode} {ex.StatusCode}");
        var p = ex.Problem;
        if (p is null)
        {
            if (!string.IsNullOrWhiteSpace(ex.RawBody)) o.WriteLine($"  响应：{ConsoleText.Truncate(ex.RawBody, 400)}");
            return;
        }
        if (!string.IsNullOrWhiteSpace(p.Title)) o.WriteLine($"  标题：{p.Title}");
        if (!string.IsNullOrWhiteSpace(p.Detail)) o.WriteLine($"  详情：{p.Detail}");
        if (p.Extensions is { } ext && ext.TryGetValue("currentStatus", out var current))
            o.WriteLine($"  当前状态：{ConsoleText.Status(current.ValueKind == System.Text.Json.JsonValueKind.String ? current.GetString() : current.GetRawText())}");
        if (p.Errors is { Count: > 0 } errors)
        {
            o.WriteLine("  字段错误：");
            foreach (var (field, messages) in errors)
                foreach (var m in messages)
                    o.WriteLine($"    {field}: {m}");
        }
    }
}
