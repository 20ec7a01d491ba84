using Azure.Data.Tables;
using Hotline.Grains.Reminders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Reminders.AzureStorage;
using Orleans.Runtime.ReminderService;

namespace Hotline.Integration.Tests.Reminders;

/// <summary>
/// Reminders written by Orleans' Azure Table provider (what silos before December 2026 ran) are moved
/// into the reminder rows when a silo starts: the open orders' clocks keep their instants, the earlier
/// rows go, another service's stay, and a row already registered anew is not overwritten.
/// </summary>
public sealed class EarlierReminderTableTests
{
    private static readonly DateTime Due = new(2026, 12, 1, 2, 30, 0, DateTimeKind.Utc);

    private static async Task<AzureBasedReminderTable> EarlierProvider(ReminderTableService service)
    {
        var table = new AzureBasedReminderTable(NullLoggerFactory.Instance, service.Cluster,
            Options.Create(new AzureTableReminderStorageOptions { TableServiceClient = service.Tables, TableName = TableReminderTable.EarlierTableName }));
        await table.StartAsync(CancellationToken.None);
        return table;
    }

    private static ReminderEntry Entry(string key, DateTime start, TimeSpan period) =>
        new() { GrainId = GrainId.Create("workorder", key), ReminderName = "clocks", StartAt = start, Period = period };

    [Fact]
    public async Task Reminders_the_earlier_provider_kept_are_moved_with_their_instants_once()
    {
        var service = new ReminderTableService("rem-move");
        var bystander = new ReminderTableService("rem-stay");
        var earlier = await EarlierProvider(service);
        var bystanderEarlier = await EarlierProvider(bystander);
        var entries = Enumerable.Range(1, 30).Select(i => Entry($"20261130-M{i:D2}", Due.AddMinutes(i), TimeSpan.FromMinutes(1 + i % 3))).ToList();
        foreach (var entry in entries) await earlier.UpsertRow(entry);
        await bystanderEarlier.UpsertRow(Entry("20261130-OTHER", Due, TimeSpan.FromMinutes(1)));

        var table = await service.Start();

        var moved = (await table.ReadRows(0, 0)).Reminders.ToDictionary(r => r.GrainId);
        Assert.Equal(entries.Count, moved.Count);
        foreach (var entry in entries)
        {
            Assert.Equal(entry.StartAt, moved[entry.GrainId].StartAt);
            Assert.Equal(entry.Period, moved[entry.GrainId].Period);
        }
        Assert.Empty((await earlier.ReadRows(0, 0)).Reminders);
        Assert.Single((await bystanderEarlier.ReadRows(0, 0)).Reminders);

        // A second start finds nothing left to move and changes nothing.
        var etags = moved.Values.Select(r => r.ETag).Order().ToList();
        var again = await service.Start();
        Assert.Equal(etags, (await again.ReadRows(0, 0)).Reminders.Select(r => r.ETag).Order());
    }

    [Fact]
    public async Task A_reminder_registered_anew_wins_over_its_earlier_row()
    {
        var service = new ReminderTableService("rem-newer");
        var table = await service.Start();
        var earlier = await EarlierProvider(service);
        var stale = Entry("20261130-NEWER", Due, TimeSpan.FromMinutes(1));
        await earlier.UpsertRow(stale);
        await table.UpsertRow(Entry("20261130-NEWER", Due.AddHours(2), TimeSpan.FromMinutes(1)));

        var restarted = await service.Start();

        Assert.Equal(Due.AddHours(2), (await restarted.ReadRow(stale.GrainId, "clocks"))!.StartAt);
        Assert.Empty((await earlier.ReadRows(stale.GrainId)).Reminders);
    }

    [Fact]
    public async Task A_row_that_does_not_read_is_left_behind_and_the_others_move()
    {
        var service = new ReminderTableService("rem-corrupt");
        var earlier = await EarlierProvider(service);
        var good = Entry("20261130-GOOD", Due, TimeSpan.FromMinutes(1));
        await earlier.UpsertRow(good);
        var oldTable = service.Tables.GetTableClient(TableReminderTable.EarlierTableName);
        await oldTable.AddEntityAsync(new TableEntity($"{service.ServiceId}_corrupt", "20261130-BAD_clocks")
        {
            ["ServiceId"] = service.ServiceId,
            ["GrainReference"] = "workorder/20261130-BAD",
            ["ReminderName"] = "clocks",
            ["StartAt"] = "不是日期",
            ["Period"] = "00:01:00",
        });

        var table = await service.Start();

        Assert.Equal([good.GrainId], (await table.ReadRows(0, 0)).Reminders.Select(r => r.GrainId));
        var left = new List<TableEntity>();
        await foreach (var row in oldTable.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"ServiceId eq {service.ServiceId}"))) left.Add(row);
        Assert.Equal(["workorder/20261130-BAD"], left.Select(r => r.GetString("GrainReference")));
    }
}
