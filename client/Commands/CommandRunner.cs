using System.CommandLine;
using Hotline.Client.Api;
using Hotline.Client.Output;

namespace Hotline.Client.Commands;

/// <summary>Creates the API client from the global options and maps failures to exit codes.</summary>
public static class CommandRunner
{
    public static async Task<int> RunAsync(ParseResult parse, CancellationToken ct, Func<HotlineApi, Task<int>> body)
    {
        var url = parse.GetValue(GlobalOptions.Url) ?? GlobalOptions.DefaultUrl;
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var baseUri)
            || (baseUri.Scheme != Uri.UriSchemeHttp && baseUri.Scheme != Uri.UriSchemeHttps))
        {
            Console.Error.WriteLine($"无效的地址：{url}（应为 http://主机:端口）");
            return 2;
        }

        using var api = new HotlineApi(baseUri)
        {
            DefaultActor = parse.GetValue(GlobalOptions.User),
            Password = parse.GetValue(GlobalOptions.Password) ?? "hotline123",
        };
        try
        {
            return await body(api);
        }
        catch (HotlineApiException ex)
        {
            OrderPrinter.PrintApiError(Console.Error, ex);
            return 1;
        }
        catch (HttpRequestException ex)
        {
            Console.Error.WriteLine($"无法连接到 {baseUri}：{ex.Message}");
            Console.Error.WriteLine("请确认系统已启动（./run.sh），或用 --url / HOTLINE_URL 指定地址。");
            return 1;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            Console.Error.WriteLine($"请求超时：{baseUri}");
            return 1;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.Error.WriteLine("已取消。");
            return 130;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            Console.Error.WriteLine($"无法处理服务器响应：{ex.Message}");
            return 1;
        }
    }
}
