using System.CommandLine;
using Hotline.Client.Api;
using Hotline.Client.Output;
using static Hotline.Client.Commands.ActionSupport;

namespace Hotline.Client.Commands;

/// <summary>The centre's actions: review, callback, urge (催办), transfer (转办), merge (并单), direct answer.</summary>
public static class MoreActionCommands
{
    public static IEnumerable<Command> Build() => [Review(), Callback(), Urge(), AcknowledgeUrge(), Transfer(), Merge(), Answer()];

    private static Command Review()
    {
        var (id, json) = (IdArgument(), JsonOption());
        var level = new Option<string>("--level") { Description = "审核层级：department（单位审核）| centre（中心审核）", Required = true };
        level.AcceptOnlyFromAmong("department", "centre");
        var approve = new Option<bool>("--approve") { Description = "通过" };
        var reject = new Option<bool>("--reject") { Description = "不通过（退回承办单位）" };
        var reason = new Option<string[]>("--reason") { Description = "不通过的理由，可重复指定", AllowMultipleArgumentsPerToken = false };
        var command = new Command("review", "审核答复：--level department|centre，--approve 或 --reject --reason …") { id, level, approve, reject, reason, json };
        command.Validators.Add(result =>
        {
            if (result.GetValue(approve) == result.GetValue(reject)) result.AddError(CliTexts.ApproveOrReject);
            else if (result.GetValue(reject) && (result.GetValue(reason) ?? []).All(string.IsNullOrWhiteSpace)) result.AddError(CliTexts.RejectNeedsReason);
        });
        SetOrderAction(command, "审核", id, json, (p, api, orderId, ct) =>
            api.ReviewAsync(orderId, new ReviewRequest(p.GetValue(level)!, p.GetValue(approve),
                (p.GetValue(reason) ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).ToArray()), null, ct));
        return command;
    }

    private static Command Callback()
    {
        var (id, json) = (IdArgument(), JsonOption());
        var satisfaction = new Option<string>("--satisfaction")
        {
            Description = "回访结果：satisfied（满意）| basically-satisfied（基本满意）| dissatisfied（不满意，重办）| unreachable（无法接通）",
            Required = true,
        };
        satisfaction.AcceptOnlyFromAmong("satisfied", "basically-satisfied", "dissatisfied", "unreachable");
        var resolved = new Option<bool?>("--resolved") { Description = "实际解决：true | false（省略时：满意/基本满意为 true，不满意为 false）" };
        var note = new Option<string?>("--note") { Description = "回访记录" };
        var command = new Command("callback", "回访：记录来电人的满意度；不满意则重办") { id, satisfaction, resolved, note, json };
        SetOrderAction(command, "回访", id, json, (p, api, orderId, ct) =>
            api.CallbackAsync(orderId, new CallbackRequest(p.GetValue(satisfaction)!, p.GetValue(note), p.GetValue(resolved)), null, ct));
        return command;
    }

    private static Command Urge()
    {
        var (id, json) = (IdArgument(), JsonOption());
        var message = new Option<string>("--message") { Description = "催办内容", DefaultValueFactory = _ => "请抓紧办理并及时答复。" };
        var command = new Command("urge", "催办：提醒主办单位抓紧办理") { id, message, json };
        RequireNonBlank(command, message);
        SetOrderAction(command, "催办", id, json, (p, api, orderId, ct) => api.UrgeAsync(orderId, new UrgeRequest(p.GetValue(message)!.Trim()), null, ct));
        return command;
    }

    private static Command AcknowledgeUrge()
    {
        var (id, json) = (IdArgument(), JsonOption());
        var department = new Option<string?>("--department") { Description = "确认单位（省略时为主办单位）" };
        var command = new Command("ack-urge", "确认催办：承办单位确认已收到催办") { id, department, json };
        SetOrderAction(command, "确认催办", id, json, (p, api, orderId, ct) =>
            api.AcknowledgeUrgeAsync(orderId, new UrgeAckRequest(p.GetValue(department)?.Trim()), null, ct));
        return command;
    }

    private static Command Transfer()
    {
        var (id, json) = (IdArgument(), JsonOption());
        var to = Required("--to", "转办目标：110（公安）| 119（消防）| 120（急救）");
        var command = new Command("transfer", "转办：移交 110 / 119 / 120 等应急部门") { id, to, json };
        RequireNonBlank(command, to);
        SetOrderAction(command, "转办", id, json, (p, api, orderId, ct) => api.TransferAsync(orderId, new TransferRequest(p.GetValue(to)!.Trim()), null, ct));
        return command;
    }

    private static Command Merge()
    {
        var (id, json) = (IdArgument(), JsonOption());
        var into = Required("--into", "并入的主工单编号");
        var command = new Command("merge", "并单：把重复诉求并入主工单") { id, into, json };
        RequireNonBlank(command, into);
        SetOrderAction(command, "并单", id, json, (p, api, orderId, ct) => api.MergeAsync(orderId, new MergeRequest(p.GetValue(into)!.Trim()), null, ct));
        return command;
    }

    private static Command Answer()
    {
        var (id, json) = (IdArgument(), JsonOption());
        var answer = Required("--answer", "直接答复内容");
        var command = new Command("answer", "直接答复：坐席当场答复咨询类诉求，不派单") { id, answer, json };
        RequireNonBlank(command, answer);
        SetOrderAction(command, "直接答复", id, json, (p, api, orderId, ct) => api.AnswerAsync(orderId, new AnswerRequest(p.GetValue(answer)!.Trim()), null, ct));
        return command;
    }
}
