using System.CommandLine;
using Hotline.Client.Api;
using Hotline.Client.Output;

namespace Hotline.Client.Commands;

/// <summary>hotline list — lists orders, filtered by status, department, task force, overdue.</summary>
public static class ListCommand
{
    public static Command Build()
    {
        var status = new Option<string?>("--status") { Description = "按状态筛选（如 pending-dispatch、accepted、closed）" };
        var department = new Option<string?>("--department") { Description = "按承办单位筛选（如 RL-LS）" };
        var taskForce = new Option<string?>("--task-force") { Description = "按专班筛选（如 HEATING）" };
        var overdue = new Option<bool>("--overdue") { Description = "只看超期工单" };
        var pageSize = new Option<int?>("--page-size") { Description = "每页条数" };
        var continuation = new Option<string?>("--continuation") { Description = "续页标记（上一页输出的 continuation）" };
        var all = new Option<bool>("--all") { Description = "自动翻页，列出全部" };

        var command = new Command("list", "列出工单")
        {
            status, department, taskForce, overdue, pageSize, continuation, all,
        };

        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, ct, async api =>
        {
            var query = new OrderQuery(
                Status: parse.GetValue(status),
                Department: parse.GetValue(department),
                TaskForce: parse.GetValue(taskForce),
                Overdue: parse.GetValue(overdue) ? true : null,
                PageSize: parse.GetValue(pageSize),
                Continuation: parse.GetValue(continuation));

            var items = new List<OrderSummaryDto>();
            string? next;
            do
            {
                var page = await api.ListOrdersAsync(query, ct);
                items.AddRange(page.Items ?? []);
                next = string.IsNullOrEmpty(page.Continuation) ? null : page.Continuation;
                query = query with { Continuation = next };
            }
            while (next is not null && parse.GetValue(all));

            ConsoleText.Table(Console.Out,
                ["编号", "状态", "分类", "区划", "主办单位", "专班", "受理时间", "超期", "标题"],
                items.Select(i => (IReadOnlyList<string>)
                [
                    i.Id, ConsoleText.StatusShort(i.Status, i.StatusText), ConsoleText.Or(i.Category), ConsoleText.Or(i.DistrictCode),
                    ConsoleText.Or(i.Lead), ConsoleText.Json(i.TaskForce), ConsoleText.Time(i.ReceivedAt),
                    i.Overdue ? "⚠ 是" : "否", ConsoleText.Or(i.Title),
                ]), indent: "");
            Console.WriteLine($"共 {items.Count} 条");
            if (next is not null) Console.WriteLine($"还有更多：hotline list --continuation \"{next}\"（或加 --all）");
            return 0;
        }));
        return command;
    }
}
