using System.Collections.Immutable;

namespace Hotline.Dashboard.Live;

/// <summary>
/// Which screens someone is watching, by connection. The book keeps pending deltas only for
/// watched screens, so a department nobody has open costs nothing.
/// </summary>
public sealed class ScreenRegistry
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, HashSet<string>> _byConnection = [];
    private readonly Dictionary<string, (Screen Screen, int Watchers)> _watched = [];

    /// <summary>Read without a lock by the book on every event: replaced, never mutated.</summary>
    public ImmutableArray<Screen> Watched { get; private set; } = [];

    public void Add(string connectionId, Screen screen)
    {
        lock (_gate)
        {
            var screens = _byConnection.TryGetValue(connectionId, out var s) ? s : _byConnection[connectionId] = [];
            if (!screens.Add(screen.Name)) return;
            var current = _watched.GetValueOrDefault(screen.Name);
            _watched[screen.Name] = (screen, current.Watchers + 1);
            Publish();
        }
    }

    public void Remove(string connectionId, Screen screen)
    {
        lock (_gate)
        {
            if (!_byConnection.TryGetValue(connectionId, out var screens) || !screens.Remove(screen.Name)) return;
            Release(screen.Name);
            Publish();
        }
    }

    public void RemoveConnection(string connectionId)
    {
        lock (_gate)
        {
            if (!_byConnection.Remove(connectionId, out var screens)) return;
            foreach (var name in screens) Release(name);
            Publish();
        }
    }

    private void Release(string name)
    {
        var (screen, watchers) = _watched[name];
        if (watchers <= 1) _watched.Remove(name);
        else _watched[name] = (screen, watchers - 1);
    }

    private void Publish() => Watched = [.. _watched.Values.Select(v => v.Screen)];
}
