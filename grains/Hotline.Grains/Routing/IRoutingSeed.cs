namespace Hotline.Grains.Routing;

/// <summary>Fills empty routing samples on first start (the demo's generated history); absent in tests.</summary>
public interface IRoutingSeed
{
    Task SeedIfEmpty(IRoutingSampleStore store, CancellationToken cancellationToken);
}
