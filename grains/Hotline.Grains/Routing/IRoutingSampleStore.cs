using Hotline.Intelligence.Routing;

namespace Hotline.Grains.Routing;

/// <summary>What the routing models learn from: one sample per closed order (and the imported history).</summary>
public interface IRoutingSampleStore
{
    Task Add(string orderId, RoutingSample sample, CancellationToken cancellationToken = default);

    Task Import(IReadOnlyList<(string OrderId, RoutingSample Sample)> samples, CancellationToken cancellationToken = default);

    IAsyncEnumerable<(string OrderId, RoutingSample Sample)> All(CancellationToken cancellationToken = default);

    Task<bool> IsEmpty(CancellationToken cancellationToken = default);
}
