using Hotline.Contracts.Orders;
using Hotline.Grains.Indexing;

namespace Hotline.Integration.Tests.Grains;

/// <summary>The in-memory index answers the rebuild queries the way the Azure table does.</summary>
public sealed class InMemoryOrderIndexTests
{
    [Fact]
    public async Task Open_orders_of_a_department_and_all_of_a_task_force_are_paged_through()
    {
        var index = new InMemoryOrderIndex();
        for (var i = 0; i < 1200; i++)
            await index.Upsert(Row($"O{i:D4}", i % 3 == 0 ? "closed" : "accepted", i % 2 == 0 ? ["RL-LS"] : ["RL-XY"]));

        var open = await ToList(index.OpenOfDepartment("RL-LS"));
        Assert.Equal(Enumerable.Range(0, 1200).Count(i => i % 2 == 0 && i % 3 != 0), open.Count);
        Assert.All(open, o => Assert.Equal("accepted", o.Status));
        Assert.Equal(1200, (await ToList(index.OfTaskForce("HEATING"))).Count);
        Assert.Equal(7, (await index.Get("O0007", DateTimeOffset.UnixEpoch))!.Sequence);
        Assert.Null(await index.Get("missing", DateTimeOffset.UnixEpoch));
    }

    private static OrderSummary Row(string id, string status, string[] departments) =>
        new(id, status, "供热", "141102", departments[0], "HEATING", DateTimeOffset.UnixEpoch, false, "暖气不热", departments, null, "")
        {
            Sequence = int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture),
        };

    private static async Task<List<OrderSummary>> ToList(IAsyncEnumerable<OrderSummary> rows)
    {
        var list = new List<OrderSummary>();
        await foreach (var row in rows) list.Add(row);
        return list;
    }
}
