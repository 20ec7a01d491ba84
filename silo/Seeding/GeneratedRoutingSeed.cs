using Hotline.Domain.Categories;
using Hotline.Domain.Reference;
using Hotline.Grains.Routing;
using Hotline.Intelligence.Routing;
using Hotline.Synthetic;
using Microsoft.Extensions.Logging;

namespace Hotline.Silo.Seeding;

/// <summary>First start of a demo: imports a generated year of closed orders for the routing model to learn from.</summary>
public sealed partial class GeneratedRoutingSeed(
    int count, ReferenceData reference, CategoryTree categories, ResponsibilityList rules, TimeProvider time,
    ILogger<GeneratedRoutingSeed> logger) : IRoutingSeed
{
    public const int Seed = 2024;

    public async Task SeedIfEmpty(IRoutingSampleStore store, CancellationToken cancellationToken)
    {
        if (!await store.IsEmpty(cancellationToken)) return;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var to = time.GetUtcNow();
        var generator = new OrderHistoryGenerator(reference, categories, rules, Seed);
        foreach (var chunk in generator.Orders(count, to.AddYears(-1), to).Chunk(2000))
        {
            await store.Import(chunk.Select(o => (o.Id,
                new RoutingSample(o.Title, o.Content, o.RecordedCategoryCode, o.DistrictCode, o.Department))).ToArray(), cancellationToken);
        }
        LogSeeded(count, started.ElapsedMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Routing samples seeded with {Count} generated closed orders in {Milliseconds} ms")]
    private partial void LogSeeded(int count, long milliseconds);
}
