using System.CommandLine;
using Hotline.Client.Api;
using Hotline.Client.Output;

namespace Hotline.Client.Commands;

/// <summary>hotline show &lt;id&gt; — status, clocks and the audit trail of one order.</summary>
public static class ShowCommand
{
    public static Command Build()
    {
        var id = new Argument<string>("id") { Description = "工单编号" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出完整工单" };
        var command = new Command("show", "查看工单：状态、时限（到期时间与状态）、流转记录") { id, json };

        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, ct, async api =>
        {
            var order = await api.GetOrderAsync(parse.GetValue(id)!, ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(order, new System.Text.Json.JsonSerializerOptions(HotlineApi.Json) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                return 0;
            }
            OrderPrinter.PrintOrder(Console.Out, order);
            return 0;
        }));
        return command;
    }
}
