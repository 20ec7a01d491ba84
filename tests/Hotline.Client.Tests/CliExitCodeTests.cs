using System.Net;
using Hotline.Client.Commands;

namespace Hotline.Client.Tests;

/// <summary>Argument parsing and exit codes: 0 ok, 1 refused, 2 bad usage, 3 unreachable.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CliExitCodeTests : IDisposable
{
    private readonly StubServer _server = new();
    private readonly ConsoleCapture _console = new();

    public CliExitCodeTests() => CommandRunner.HandlerFactory = () => _server;

    public void Dispose()
    {
        CommandRunner.HandlerFactory = null;
        _console.Dispose();
    }

    [Theory]
    [InlineData("dispatch", "X")]                                            // --lead missing
    [InlineData("review", "X", "--level", "centre")]                         // neither --approve nor --reject
    [InlineData("review", "X", "--level", "centre", "--reject")]             // reject without a reason
    [InlineData("review", "X", "--level", "city", "--approve")]              // unknown level
    [InlineData("callback", "X", "--satisfaction", "happy")]
    [InlineData("extend", "X", "--department", "RL-LS", "--reason", "r")]    // neither --until nor --days
    [InlineData("extend", "X", "--department", "RL-LS", "--reason", "r", "--until", "2026-12-10T18:00:00")] // no offset
    [InlineData("accept", "X", "--department", " ")]
    [InlineData("simulate", "heating", "--returns", "1.5")]
    [InlineData("simulate", "heating", "--orders", "0")]
    [InlineData("audit", "--since", "yesterday")]
    [InlineData("no-such-command")]
    public async Task Bad_usage_exits_2_before_any_request(params string[] args)
    {
        Assert.Equal(ExitCodes.Usage, await Cli.RunAsync(args));
        Assert.Empty(_server.Requests);
        Assert.Contains("用法错误", _console.Error.ToString());
    }

    [Fact]
    public async Task An_accepted_command_exits_0_and_prints_the_new_status()
    {
        var created = await Cli.RunAsync(["create"]);
        Assert.Equal(ExitCodes.Ok, created);
        var id = _server.Requests.Last().Path == "api/orders" ? "20261201-T00001" : throw new InvalidOperationException();

        Assert.Equal(ExitCodes.Ok, await Cli.RunAsync(["dispatch", id, "--lead", "RL-LS", "--co", "ZJJ,CGJ", "--co", "SWJ"]));
        Assert.Contains("已派单", _console.Out.ToString());
        var dispatch = _server.Requests.Single(r => r.Path.EndsWith("/dispatch", StringComparison.Ordinal));
        Assert.Contains("\"coHandlers\":[\"ZJJ\",\"CGJ\",\"SWJ\"]", dispatch.Body);
        Assert.Contains("\"lead\":\"RL-LS\"", dispatch.Body);

        Assert.Equal(ExitCodes.Ok, await Cli.RunAsync(["review", id, "--level", "department", "--reject", "--reason", "未说明整改时限"]));
        var review = _server.Requests.Single(r => r.Path.EndsWith("/review", StringComparison.Ordinal));
        Assert.Contains("\"approved\":false", review.Body);
        Assert.Equal("未说明整改时限", System.Text.Json.JsonDocument.Parse(review.Body!).RootElement.GetProperty("reasons")[0].GetString());
    }

    [Fact]
    public async Task A_refusal_exits_1_and_prints_the_problem_detail_and_field_errors()
    {
        _server.Refuse = path => path.EndsWith("/accept", StringComparison.Ordinal)
            ? (HttpStatusCode.Conflict, """{"title":"状态冲突","status":409,"detail":"工单已签收，不能再次签收","currentStatus":"accepted"}""")
            : path.EndsWith("/reply", StringComparison.Ordinal)
                ? (HttpStatusCode.BadRequest, """{"title":"输入有误","status":400,"errors":{"content":["答复内容不能为空"]}}""")
                : null;

        Assert.Equal(ExitCodes.Refused, await Cli.RunAsync(["accept", "X", "--department", "RL-LS"]));
        Assert.Equal(ExitCodes.Refused, await Cli.RunAsync(["reply", "X", "--department", "RL-LS", "--content", "x"]));

        var error = _console.Error.ToString();
        Assert.Contains("工单已签收，不能再次签收", error);
        Assert.Contains("已签收", error);
        Assert.Contains("content: 答复内容不能为空", error);
    }

    [Fact]
    public async Task An_unknown_order_exits_1()
    {
        Assert.Equal(ExitCodes.Refused, await Cli.RunAsync(["show", "20991231-NOPE01"]));
        Assert.Contains("404", _console.Error.ToString());
    }

    [Fact]
    public async Task An_unreachable_server_exits_3()
    {
        CommandRunner.HandlerFactory = () => new Unreachable();
        Assert.Equal(ExitCodes.Unreachable, await Cli.RunAsync(["urge", "X"]));
        Assert.Contains("无法连接", _console.Error.ToString());
    }

    private sealed class Unreachable : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
            throw new HttpRequestException("Connection refused (127.0.0.1:5080)");
    }
}
