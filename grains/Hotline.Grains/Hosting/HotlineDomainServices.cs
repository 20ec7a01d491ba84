using Hotline.Domain;
using Hotline.Domain.Calendar;
using Hotline.Domain.Categories;
using Hotline.Domain.Clocks;
using Hotline.Domain.Reference;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Grains.Hosting;

public static class HotlineDomainServices
{
    /// <summary>Reference data, calendar, SLA policies, the clock planner and the category tree with its lists, read from the data directory.</summary>
    public static IServiceCollection AddHotlineDomain(this IServiceCollection services, string? dataDirectory = null)
    {
        var directory = DataDirectory.Resolve(dataDirectory);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => ReferenceData.LoadDefault(directory));
        services.TryAddSingleton(_ => WorkingCalendar.LoadDefault(directory));
        services.TryAddSingleton(_ => SlaPolicyBook.LoadDefault(directory));
        services.TryAddSingleton(_ => Hotline.Domain.Figures.CardPolicy.LoadDefault(directory));
        services.TryAddSingleton<IClockPlanner>(sp => new ClockPlanner(sp.GetRequiredService<SlaPolicyBook>(), sp.GetRequiredService<WorkingCalendar>()));
        services.TryAddSingleton(_ => CategoryTree.Load(directory));
        services.TryAddSingleton(sp => ResponsibilityList.Load(directory, sp.GetRequiredService<CategoryTree>()));
        services.TryAddSingleton(sp => OrderTemplates.Load(directory, sp.GetRequiredService<CategoryTree>()));
        return services;
    }
}
