using System.CommandLine;
using Hotline.Client.Api;
using Hotline.Client.Output;

namespace Hotline.Client.Commands;

/// <summary>What every order action shares: the id argument, --json, and "action → new status" output.</summary>
public static class ActionSupport
{
    public static Argument<string> IdArgument() => new("id") { Description = "工单编号" };

    public static Option<bool> JsonOption() => new("--json") { Description = "以 JSON 输出操作后的完整工单" };

    public static Option<string> Required(string name, string description) =>
        new(name) { Description = description + "（必填）", Required = true };

    /// <summary>Runs one command against the API and prints the order it leaves behind.</summary>
    public static void SetOrderAction(Command command, string label, Argument<string> id, Option<bool> json,
        Func<ParseResult, HotlineApi, string, CancellationToken, Task<OrderDto>> send)
    {
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, ct, async api =>
        {
            var order = await send(parse, api, parse.GetValue(id)!.Trim(), ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(order, new System.Text.Json.JsonSerializerOptions(HotlineApi.Json)
                {
                    WriteIndented = true,
                    Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                }));
                return ExitCodes.Ok;
            }
            Console.WriteLine(CliTexts.Done(label, order.Id, ConsoleText.Status(order.Status, order.StatusText), order.Version));
            return ExitCodes.Ok;
        }));
    }

    /// <summary>"A,B" and repeated options alike: trimmed, blanks dropped.</summary>
    public static IReadOnlyList<string> SplitList(IEnumerable<string>? values) =>
        (values ?? []).SelectMany(v => v.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();

    public static void RequireNonBlank(Command command, Option<string> option)
    {
        command.Validators.Add(result =>
        {
            if (result.GetResult(option) is not null && string.IsNullOrWhiteSpace(result.GetValue(option)))
                result.AddError(CliTexts.Required(option.Name));
        });
    }

    /// <summary>A range check on the option itself: it runs only when the option is given (defaults are in range).</summary>
    public static void Range<T>(Option<T> option, double min, double max) where T : struct, IConvertible
    {
        option.Validators.Add(result =>
        {
            var value = Convert.ToDouble(result.GetValueOrDefault<T>(), System.Globalization.CultureInfo.InvariantCulture);
            if (value < min || value > max) result.AddError(CliTexts.Between(option.Name, min == double.Epsilon ? 0 : min, max));
        });
    }
}
