using System.Collections.Concurrent;

namespace Hotline.Dashboard.Auth;

/// <summary>Users for Storage=InMemory: gone when the dashboard stops, like the rest of that demo.</summary>
public sealed class InMemoryUserStore : IUserStore
{
    private readonly ConcurrentDictionary<string, HotlineUser> _users = new(StringComparer.Ordinal);

    public Task<HotlineUser?> Find(string userName) =>
        Task.FromResult(_users.GetValueOrDefault(HotlineUser.Normalize(userName)));

    public Task<IReadOnlyList<HotlineUser>> All() =>
        Task.FromResult<IReadOnlyList<HotlineUser>>(_users.Values.OrderBy(u => u.UserName, StringComparer.Ordinal).ToArray());

    public Task Upsert(HotlineUser user)
    {
        var normalized = user with { UserName = HotlineUser.Normalize(user.UserName) };
        _users[normalized.UserName] = normalized;
        return Task.CompletedTask;
    }

    public Task<bool> TryAdd(HotlineUser user)
    {
        var normalized = user with { UserName = HotlineUser.Normalize(user.UserName) };
        return Task.FromResult(_users.TryAdd(normalized.UserName, normalized));
    }
}
