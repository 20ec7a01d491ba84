using System.CommandLine;
using System.Globalization;
using Hotline.Client.Api;
using Hotline.Client.Output;
using static Hotline.Client.Commands.ActionSupport;

namespace Hotline.Client.Commands;

/// <summary>
/// The handling actions of the closed loop: dispatch, accept, return, extend (and its decision), reply.
/// Each acts as --user (admin by default), so a department user can only act for its own department.
/// </summary>
public static class ActionCommands
{
    public static IEnumerable<Command> Build() => [Dispatch(), Accept(), Return(), Extend(), DecideExtension(), Reply()];

    private static Command Dispatch()
    {
        var (id, json) = (IdArgument(), JsonOption());
        var lead = Required("--lead", "主办单位代码，如 RL-LS");
        var co = new Option<string[]>("--co") { Description = "协办单位代码，逗号分隔或重复指定，如 --co ZJJ,CGJ", AllowMultipleArgumentsPerToken = true };
        var command = new Command("dispatch", "派单 / 改派：指定主办单位（及协办单位）") { id, lead, co, json };
        RequireNonBlank(command, lead);
        SetOrderAction(command, "派单", id, json, (p, api, orderId, ct) =>
            api.DispatchAsync(orderId, new DispatchRequest(p.GetValue(lead)!.Trim(), SplitList(p.GetValue(co))), null, ct));
        return command;
    }

    private static Command Accept()
    {
        var (id, json) = (IdArgument(), JsonOption());
        var department = Required("--department", "签收单位代码");
        var command = new Command("accept", "签收：承办单位确认接收工单") { id, department, json };
        RequireNonBlank(command, department);
        SetOrderAction(command, "签收", id, json, (p, api, orderId, ct) =>
            api.AcceptAsync(orderId, new AcceptRequest(p.GetValue(department)!.Trim()), null, ct));
        return command;
    }

    private static Command Return()
    {
        var (id, json) = (IdArgument(), JsonOption());
        var department = Required("--department", "退回单位代码");
        var grounds = Required("--grounds", "退回理由（如：不属于本单位职责）");
        var command = new Command("return", "退单：承办单位在退回时限内说明理由退回，等待改派") { id, department, grounds, json };
        RequireNonBlank(command, department);
        RequireNonBlank(command, grounds);
        SetOrderAction(command, "退单", id, json, (p, api, orderId, ct) =>
            api.ReturnAsync(orderId, new ReturnRequest(p.GetValue(department)!.Trim(), p.GetValue(grounds)!.Trim()), null, ct));
        return command;
    }

    private static Command Extend()
    {
        var (id, json) = (IdArgument(), JsonOption());
        var department = Required("--department", "申请单位代码");
        var reason = Required("--reason", "延期理由");
        var until = new Option<string?>("--until") { Description = "延期至（带时区，如 2026-12-10T18:00:00+08:00）" };
        var days = new Option<double?>("--days") { Description = "自现在起延期的天数（与 --until 二选一）" };
        var command = new Command("extend", "申请延期：承办单位申请延长办结时限，由中心审批（decide-extension）") { id, department, until, days, reason, json };
        RequireNonBlank(command, department);
        RequireNonBlank(command, reason);
        command.Validators.Add(result =>
        {
            var u = result.GetValue(until);
            var d = result.GetValue(days);
            if ((u is null) == (d is null)) result.AddError(CliTexts.UntilOrDays);
            else if (u is not null && !IsInstantWithOffset(u)) result.AddError(CliTexts.NotInstant("--until"));
            else if (d is <= 0 or > 365) result.AddError(CliTexts.Between("--days", 0, 365));
        });
        SetOrderAction(command, "申请延期", id, json, (p, api, orderId, ct) =>
        {
            var target = p.GetValue(until) ?? InChina(DateTimeOffset.UtcNow.AddDays(p.GetValue(days)!.Value));
            return api.RequestExtensionAsync(orderId, new ExtensionRequest(p.GetValue(department)!.Trim(), target, p.GetValue(reason)!.Trim()), null, ct);
        });
        return command;
    }

    private static Command DecideExtension()
    {
        var (id, json) = (IdArgument(), JsonOption());
        var approve = new Option<bool>("--approve") { Description = "同意延期" };
        var reject = new Option<bool>("--reject") { Description = "不同意延期" };
        var reason = new Option<string?>("--reason") { Description = "审批意见" };
        var command = new Command("decide-extension", "审批延期申请：--approve 或 --reject") { id, approve, reject, reason, json };
        command.Validators.Add(result =>
        {
            if (result.GetValue(approve) == result.GetValue(reject)) result.AddError(CliTexts.ApproveOrReject);
        });
        SetOrderAction(command, "审批延期", id, json, (p, api, orderId, ct) =>
            api.DecideExtensionAsync(orderId, new ExtensionDecisionRequest(p.GetValue(approve), p.GetValue(reason)), null, ct));
        return command;
    }

    private static Command Reply()
    {
        var (id, json) = (IdArgument(), JsonOption());
        var department = Required("--department", "答复单位代码");
        var content = Required("--content", "答复内容");
        var evidence = new Option<string[]>("--evidence") { Description = "佐证材料文件名，逗号分隔或重复指定", AllowMultipleArgumentsPerToken = true };
        var final = new Option<bool>("--final") { Description = "最终答复（此后同一来电人同一诉求不再受理）" };
        var command = new Command("reply", "答复：承办单位提交办理结果，进入审核") { id, department, content, evidence, final, json };
        RequireNonBlank(command, department);
        RequireNonBlank(command, content);
        SetOrderAction(command, "答复", id, json, (p, api, orderId, ct) =>
            api.ReplyAsync(orderId, new ReplyRequest(p.GetValue(department)!.Trim(), p.GetValue(content)!.Trim(),
                SplitList(p.GetValue(evidence)), p.GetValue(final)), null, ct));
        return command;
    }

    public static bool IsInstantWithOffset(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
        && (text.EndsWith('Z') || text.EndsWith('z') || System.Text.RegularExpressions.Regex.IsMatch(text, @"[+-]\d{2}:?\d{2}$"));

    public static string InChina(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
