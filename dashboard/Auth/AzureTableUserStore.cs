using Azure;
using Azure.Data.Tables;

namespace Hotline.Dashboard.Auth;

/// <summary>
/// Users in the "HotlineUsers" table: one partition (a city's staff is a few hundred rows), the row key
/// is the lower-case user name. Not per ServiceId: the staff is the same whichever cluster runs.
/// </summary>
public sealed class AzureTableUserStore(TableServiceClient service) : IUserStore
{
    public const string TableName = "HotlineUsers";
    private const string Partition = "user";

    private readonly TableClient _table = service.GetTableClient(TableName);
    private volatile bool _tableExists;

    public async Task<HotlineUser?> Find(string userName)
    {
        var key = HotlineUser.Normalize(userName);
        // A key Azure refuses (e.g. with '/' or '#') names nobody; asking would only produce a 400 from the service.
        if (!IsValidKey(key)) return null;
        await EnsureTable();
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, key);
        return row.HasValue ? FromRow(row.Value!) : null;
    }

    public async Task<IReadOnlyList<HotlineUser>> All()
    {
        await EnsureTable();
        var users = new List<HotlineUser>();
        await foreach (var row in _table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition))
            users.Add(FromRow(row));
        return users;
    }

    public async Task Upsert(HotlineUser user)
    {
        await EnsureTable();
        await _table.UpsertEntityAsync(ToRow(user), TableUpdateMode.Replace);
    }

    public async Task<bool> TryAdd(HotlineUser user)
    {
        await EnsureTable();
        try
        {
            await _table.AddEntityAsync(ToRow(user));
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    private async Task EnsureTable()
    {
        if (_tableExists) return;
        await _table.CreateIfNotExistsAsync();
        _tableExists = true;
    }

    private static bool IsValidKey(string key) =>
        key.Length is > 0 and <= 100 && key.All(c => !char.IsControl(c) && c is not ('/' or '\\' or '#' or '?'));

    private static TableEntity ToRow(HotlineUser user)
    {
        var key = HotlineUser.Normalize(user.UserName);
        if (!IsValidKey(key)) throw new ArgumentException($"'{user.UserName}' cannot be a user name.", nameof(user));
        return new TableEntity(Partition, key)
        {
            ["DisplayName"] = user.DisplayName,
            ["Role"] = user.Role,
            ["Department"] = user.Department,
            ["SeatId"] = user.SeatId,
            ["PasswordHash"] = user.PasswordHash,
        };
    }

    private static HotlineUser FromRow(TableEntity row) => new(
        row.RowKey,
        row.GetString("DisplayName") ?? row.RowKey,
        row.GetString("Role") ?? "",
        row.GetString("Department"),
        row.GetString("SeatId"),
        row.GetString("PasswordHash") ?? "");
}
