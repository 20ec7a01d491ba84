namespace Hotline.Dashboard.Auth;

/// <summary>Where the users live: Azure Tables in a deployment, memory for the quick demo.</summary>
public interface IUserStore
{
    Task<HotlineUser?> Find(string userName);

    Task<IReadOnlyList<HotlineUser>> All();

    /// <summary>Inserts or replaces the user.</summary>
    Task Upsert(HotlineUser user);

    /// <summary>Inserts the user unless one with that name exists; false when it did. Never overwrites.</summary>
    Task<bool> TryAdd(HotlineUser user);
}
