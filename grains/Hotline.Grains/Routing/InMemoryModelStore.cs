using System.Collections.Concurrent;

namespace Hotline.Grains.Routing;

public sealed class InMemoryModelStore : IModelStore
{
    private readonly ConcurrentDictionary<(string, int), byte[]> _models = new();

    public Task Save(string name, int version, byte[] model, CancellationToken cancellationToken = default)
    {
        _models[(name, version)] = model;
        return Task.CompletedTask;
    }

    public Task<byte[]?> Load(string name, int version, CancellationToken cancellationToken = default) =>
        Task.FromResult(_models.GetValueOrDefault((name, version)));
}
