using Hotline.Dashboard.Hosting;
using Hotline.Domain.Calendar;
using Microsoft.AspNetCore.SignalR;

namespace Hotline.Dashboard.Live;

public static class LiveSetup
{
    public const string HubPath = "/hubs/dispatch";

    public static IHostApplicationBuilder AddHotlineLive(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<LiveOptions>(builder.Configuration.GetSection(LiveOptions.Section));
        services.AddSingleton<ScreenRegistry>();
        services.AddSingleton<StatsCalculator>();
        services.AddSingleton<OrderRows>();
        services.AddSingleton<LiveAlerts>();
        services.AddSingleton<LiveBook>();
        services.AddSingleton<ClusterReconnects>();
        services.AddSingleton<IClusterConnectionStatusObserver>(sp => sp.GetRequiredService<ClusterReconnects>());
        services.AddSingleton<ILiveSender, HubLiveSender>();
        services.AddSingleton<LiveFlusher>();
        services.AddSingleton<LiveFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveFeed>());
        services.AddSignalR();
        services.AddOptions<JsonHubProtocolOptions>().Configure<WorkingCalendar>((json, calendar) =>
        {
            json.PayloadSerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            json.PayloadSerializerOptions.Converters.Add(new LocalTimeConverter(calendar));
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapHotlineLive(this IEndpointRouteBuilder app)
    {
        app.MapHub<DispatchHub>(HubPath);
        return app;
    }
}
