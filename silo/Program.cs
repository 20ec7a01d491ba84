using Hotline.Silo.Calendar;
using Hotline.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hotline.Silo;

/// <summary>
/// The silo host. An explicit class (not top-level statements) so its name does not collide with
/// the dashboard's Program in the functional tests, which reference both.
/// </summary>
internal static class SiloProgram
{
    public static async Task Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        var options = builder.Configuration.GetSection(HotlineOptions.Section).Get<HotlineOptions>() ?? new HotlineOptions();
        builder.UseOrleans(silo => silo.UseHotlineClustering(options).AddHotline(options));
        builder.Services.AddHostedService<CalendarCoverageCheck>();
        builder.AddHotlineSiloTelemetry(options);
        await builder.Build().RunAsync();
    }
}
