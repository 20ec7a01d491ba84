using System.CommandLine;
using Hotline.Client.Api;
using Hotline.Client.Output;

namespace Hotline.Client.Commands;

/// <summary>Creates the API client from the global options and maps failures to exit codes (<see cref="ExitCodes"/>).</summary>
public static class CommandRunner
{
    /// <summary>Tests swap the HTTP transport here (an in-process server or a canned handler); null means real sockets.</summary>
    public static Func<HttpMessageHandler>? HandlerFactory { get; set; }

    public static async Task<int> RunAsync(ParseResult parse, CancellationToken ct, Func<HotlineApi, Task<int>> body)
    {
        var url = parse.GetValue(GlobalOptions.Url) ?? GlobalOptions.DefaultUrl;
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttp && baseUri.Scheme != Uri.UriSchemeHttps))
        {
            Console.Error.WriteLine(CliTexts.BadUrl(url));
            return ExitCodes.Usage;
        }

        using var api = CreateApi(baseUri);
        api.DefaultActor = parse.GetValue(GlobalOptions.User);
        api.Password = parse.GetValue(GlobalOptions.Password) ?? "hotline123";
        try
        {
            return await body(api);
        }
        catch (HotlineApiException ex)
        {
            OrderPrinter.PrintApiError(Console.Error, ex);
            return ExitCodes.Refused;
        }
        catch (HttpRequestException ex)
        {
            Console.Error.WriteLine(CliTexts.Unreachable(baseUri, ex.Message));
            return ExitCodes.Unreachable;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            Console.Error.WriteLine(CliTexts.TimedOut(baseUri));
            return ExitCodes.Unreachable;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.Error.WriteLine(CliTexts.Cancelled);
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            Console.Error.WriteLine(CliTexts.BadResponse(ex.Message));
            return ExitCodes.Refused;
        }
    }

    private static HotlineApi CreateApi(Uri baseUri)
    {
        var timeout = TimeSpan.FromSeconds(60);
        if (HandlerFactory is { } factory)
            return new HotlineApi(new HttpClient(factory()) { BaseAddress = baseUri, Timeout = timeout }, ownsClient: true);
        // Many concurrent simulated users: keep plenty of pooled connections open to the one dashboard.
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        return new HotlineApi(new HttpClient(handler) { BaseAddress = baseUri, Timeout = timeout }, ownsClient: true);
    }
}
