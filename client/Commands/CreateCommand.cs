using System.CommandLine;
using Hotline.Client.Api;
using Hotline.Client.Demos;
using Hotline.Client.Output;

namespace Hotline.Client.Commands;

/// <summary>hotline create — registers a new work order (defaults: a heating complaint in 离石区).</summary>
public static class CreateCommand
{
    public static Command Build()
    {
        var channel = new Option<string>("--channel") { Description = "受理渠道", DefaultValueFactory = _ => "热线电话" };
        var phone = new Option<string>("--phone") { Description = "来电号码", DefaultValueFactory = _ => "13800001234" };
        var name = new Option<string>("--name") { Description = "来电人姓名", DefaultValueFactory = _ => "王女士" };
        var callerType = new Option<string>("--caller-type") { Description = "来电人类型", DefaultValueFactory = _ => "citizen" };
        callerType.AcceptOnlyFromAmong("citizen", "enterprise");
        var district = new Option<string>("--district") { Description = "行政区划代码（如 141102 离石区）", DefaultValueFactory = _ => "141102" };
        var address = new Option<string>("--address") { Description = "地址", DefaultValueFactory = _ => "离石区滨河北路盛世华庭小区5号楼2单元601室" };
        var lat = new Option<double?>("--lat") { Description = "纬度（可选）" };
        var lon = new Option<double?>("--lon") { Description = "经度（可选）" };
        var category = new Option<string>("--category") { Description = "诉求分类", DefaultValueFactory = _ => "供热" };
        var title = new Option<string>("--title") { Description = "标题", DefaultValueFactory = _ => "暖气不热" };
        var content = new Option<string>("--content")
        {
            Description = "诉求内容",
            DefaultValueFactory = _ => "来电人反映：入冬供暖以来家中暖气一直不热，室温只有十二三度，家中有老人和小孩，已多次联系小区换热站未解决，请求尽快派人检修。",
        };
        var urgency = new Option<string>("--urgency") { Description = "紧急程度", DefaultValueFactory = _ => "normal" };
        urgency.AcceptOnlyFromAmong("normal", "urgent", "life-safety");
        var json = new Option<bool>("--json") { Description = "以 JSON 输出完整工单" };

        var command = new Command("create", "登记新工单（默认值为一条供热投诉）")
        {
            channel, phone, name, callerType, district, address, lat, lon, category, title, content, urgency, json,
        };

        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, ct, async api =>
        {
            var request = new CreateOrderRequest(
                Channel: parse.GetValue(channel)!,
                Caller: new CallerDto(parse.GetValue(phone)!, parse.GetValue(name), parse.GetValue(callerType)!),
                DistrictCode: parse.GetValue(district)!,
                Address: parse.GetValue(address)!,
                Lat: parse.GetValue(lat),
                Lon: parse.GetValue(lon),
                Category: parse.GetValue(category)!,
                Title: parse.GetValue(title)!,
                Content: parse.GetValue(content)!,
                Urgency: parse.GetValue(urgency)!);

            var order = await api.CreateOrderAsync(request, api.DefaultActor == "admin" ? DemoActors.Seat : api.DefaultActor, ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(order, new System.Text.Json.JsonSerializerOptions(HotlineApi.Json) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                return 0;
            }
            Console.WriteLine($"已创建工单 {order.Id}");
            Console.WriteLine($"  状态：{ConsoleText.Status(order.Status, order.StatusText)}");
            Console.WriteLine($"  {order.Category} · {order.DistrictName ?? order.DistrictCode} · {order.Title}");
            Console.WriteLine($"查看详情：hotline show {order.Id}");
            return 0;
        }));
        return command;
    }
}
