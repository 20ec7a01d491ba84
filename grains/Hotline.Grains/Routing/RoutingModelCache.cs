using Hotline.Contracts.Routing;

namespace Hotline.Grains.Routing;

/// <summary>
/// This silo's copy of the current routing models. Advisors ask it; it checks the model grain's version at most
/// every <see cref="CheckEvery"/> and downloads a newer version once, whichever advisor activation asks first.
/// </summary>
public sealed class RoutingModelCache(IModelStore store, TimeProvider time)
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    public RoutingModels? Current { get; private set; }

    /// <summary>Installs a version trained on this silo without a download.</summary>
    public void Set(RoutingModels models)
    {
        if (Current is null || models.Version > Current.Version) Current = models;
    }

    public async Task<RoutingModels?> Fresh(IGrainFactory grains)
    {
        if (time.GetUtcNow() - _checkedAt < CheckEvery) return Current;
        await _gate.WaitAsync();
        try
        {
            if (time.GetUtcNow() - _checkedAt < CheckEvery) return Current;
            _checkedAt = time.GetUtcNow();
            var status = await grains.GetGrain<IRoutingModelGrain>(RoutingModelGrain.Key).Status();
            if (status.Version > 0 && (Current is null || Current.Version < status.Version))
                await Download(status.Version);
            return Current;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task Download(int version)
    {
        var departments = await store.Load(RoutingModels.DepartmentModel, version);
        if (departments is null) return;
        var categories = await store.Load(RoutingModels.CategoryModel, version);
        Set(new RoutingModels(version,
            Intelligence.Routing.TextClassifier.FromBytes(departments),
            categories is null ? null : Intelligence.Routing.TextClassifier.FromBytes(categories)));
    }
}
