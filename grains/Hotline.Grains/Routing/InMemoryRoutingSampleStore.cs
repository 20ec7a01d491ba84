using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Hotline.Intelligence.Routing;

namespace Hotline.Grains.Routing;

public sealed class InMemoryRoutingSampleStore : IRoutingSampleStore
{
    private readonly ConcurrentDictionary<string, RoutingSample> _samples = new();

    public Task Add(string orderId, RoutingSample sample, CancellationToken cancellationToken = default)
    {
        _samples[orderId] = sample;
        return Task.CompletedTask;
    }

    public Task Import(IReadOnlyList<(string OrderId, RoutingSample Sample)> samples, CancellationToken cancellationToken = default)
    {
        foreach (var (id, sample) in samples) _samples[id] = sample;
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<(string OrderId, RoutingSample Sample)> All([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        foreach (var (id, sample) in _samples) yield return (id, sample);
    }

    public Task<bool> IsEmpty(CancellationToken cancellationToken = default) => Task.FromResult(_samples.IsEmpty);
}
