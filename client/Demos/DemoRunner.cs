using System.Diagnostics;
using Hotline.Client.Api;
using Hotline.Client.Output;

namespace Hotline.Client.Demos;

/// <summary>A demo step whose resulting status differed from the expected one.</summary>
public sealed class DemoStepFailedException(string message) : Exception(message);

/// <summary>Runs demo steps: prints "action → new status" and checks the status after each one.</summary>
public sealed class DemoRunner(HotlineApi api, TextWriter output)
{
    private int _step;

    public HotlineApi Api { get; } = api;

    public List<string> CreatedIds { get; } = [];

    /// <summary>Runs one step; throws <see cref="DemoStepFailedException"/> when the status is not <paramref name="expected"/>
    /// or <paramref name="check"/> returns a problem description.</summary>
    public async Task<OrderDto> StepAsync(string action, Func<Task<OrderDto>> call, string expected, Func<OrderDto, string?>? check = null)
    {
        var n = ++_step;
        var sw = Stopwatch.StartNew();
        OrderDto order;
        try
        {
            order = await call();
        }
        catch (HotlineApiException ex)
        {
            output.WriteLine($"[{n,2}] {action} → ✗ HTTP {(int)ex.StatusCode}（期望状态：{ConsoleText.Status(expected)}）");
            throw;
        }

        var problem = order.Status == expected ? check?.Invoke(order) : null;
        var ok = order.Status == expected && problem is null;
        output.WriteLine($"[{n,2}] {action} → {ConsoleText.Status(order.Status, order.StatusText)} {(ok ? "✓" : "✗")}  ({sw.ElapsedMilliseconds} ms)");
        if (order.Status != expected)
            throw new DemoStepFailedException($"第 {n} 步“{action}”之后状态为 {order.Status}，期望 {expected}（工单 {order.Id}）");
        if (problem is not null)
            throw new DemoStepFailedException($"第 {n} 步“{action}”：{problem}（工单 {order.Id}）");
        return order;
    }

    public async Task<OrderDto> CreateAsync(string action, CreateOrderRequest request, string actor, string expected)
    {
        var order = await StepAsync(action, () => Api.CreateOrderAsync(request, actor), expected);
        CreatedIds.Add(order.Id);
        output.WriteLine($"     工单编号：{order.Id}");
        return order;
    }

    /// <summary>Now + <paramref name="days"/> in China Standard Time, ISO 8601 with +08:00.</summary>
    public static string IsoInChina(TimeSpan fromNow) =>
        DateTimeOffset.UtcNow.Add(fromNow).ToOffset(TimeSpan.FromHours(8))
            .ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
