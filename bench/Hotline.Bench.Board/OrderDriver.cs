using System.Collections.Concurrent;
using Hotline.Contracts.Orders;

namespace Hotline.Bench.Board;

/// <summary>What a phase of commands did: how many, how many failed, and when it ran.</summary>
public sealed record PhaseResult(int Count, int Failed, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<string> FirstErrors)
{
    public TimeSpan Elapsed => End - Start;
    public double PerSecond => (Count - Failed) / Elapsed.TotalSeconds;
}

/// <summary>
/// Heating orders (供热, 离石区 141102, lead RL-LS) driven through <see cref="IGrainFactory"/> in-process,
/// as the existing bench does. Remembers each order's last event sequence: the board must show it.
/// </summary>
public sealed class OrderDriver(IGrainFactory grains, string runTag)
{
    private const string Actor = "bench";
    private const string Lead = "RL-LS";

    private readonly ConcurrentDictionary<string, long> _expected = new();
    private int _created;
    private int _dispatched;

    public IReadOnlyDictionary<string, long> Expected => _expected;

    /// <summary>Creates and dispatches that succeeded: each should raise one alert on the board's ticker.</summary>
    public int BoardWorthyEvents => Volatile.Read(ref _created) + Volatile.Read(ref _dispatched);

    public string Id(int order) => $"BOARD-{runTag}-{order:D5}";

    /// <summary>Creates the orders with bounded concurrency, as fast as storage allows.</summary>
    public async Task<PhaseResult> CreateAll(int count, int concurrency, CancellationToken cancellationToken)
    {
        var start = DateTimeOffset.UtcNow;
        var errors = new ConcurrentQueue<string>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    await Create(i);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    errors.Enqueue($"{Id(i)} create: {e.Message}");
                }
            }
        }));
        return new PhaseResult(count, errors.Count, start, DateTimeOffset.UtcNow, errors.Take(5).ToArray());
    }

    public Task Create(int order) => Create(order, "供热", "暖气不热");

    /// <summary>Creates an order of any topic: the deadline bench arms long clocks with a topic whose accept takes a working day.</summary>
    public async Task Create(int order, string topic, string title)
    {
        var id = Id(order);
        var command = new CreateOrder(Actor, "热线电话", new CallerInfoDto($"1390000{order % 10_000:D4}", "压测", "citizen"),
            "141102", "离石区", null, null, topic, title, "压测工单：" + title, "normal", null);
        Check(id, await grains.GetGrain<IWorkOrderGrain>(id).CreateFresh(command));
        Interlocked.Increment(ref _created);
    }

    public async Task Step(int order, OrderStep step)
    {
        var id = Id(order);
        var grain = grains.GetGrain<IWorkOrderGrain>(id);
        var result = step switch
        {
            OrderStep.Dispatch => await grain.Dispatch(new DispatchOrder(Actor, Lead, [])),
            OrderStep.Accept => await grain.Accept(new AcceptOrder(Actor, Lead)),
            _ => await grain.Reply(new ReplyOrder(Actor, Lead, "已上门处理，室温恢复", [], false)),
        };
        Check(id, result);
        if (step == OrderStep.Dispatch) Interlocked.Increment(ref _dispatched);
    }

    private void Check(string id, OrderResult result)
    {
        if (result.Error is { } error) throw new InvalidOperationException($"{id}: {error.Kind} {error.Message}");
        var order = result.Order ?? throw new InvalidOperationException($"{id}: neither an order nor an error came back");
        var last = order.Events.Max(e => e.Sequence);
        _expected.AddOrUpdate(id, last, (_, known) => Math.Max(known, last));
    }
}
