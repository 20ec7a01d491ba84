using Hotline.Contracts.Orders;
using Hotline.Synthetic.Months;

namespace Hotline.Testing;

/// <summary>
/// Plays a generated month through the order grains on a fake clock: every order's commands become steps at
/// their instants, the clock moves from instant to instant (so accept, same-day and callback clocks warn,
/// breach and escalate on their own), and the steps due at one instant run side by side. Shared by the figures'
/// hand count (a test cluster) and the leader page's month (the fake-time browser server).
/// </summary>
/// <param name="advanceTo">Moves the fake clock forward to an instant (never back).</param>
public sealed class MonthDriver(IGrainFactory grains, Action<DateTimeOffset> advanceTo, MonthActors actors)
{
    private static readonly TimeSpan Lüliang = TimeSpan.FromHours(8);

    private sealed record Step(DateTimeOffset At, string OrderId, string What, Func<IWorkOrderGrain, Task<OrderResult>> Run);

    public async Task Play(MonthScript script)
    {
        var steps = script.Orders.SelectMany(StepsOf).OrderBy(s => s.At).ToArray();
        using var gate = new SemaphoreSlim(16);
        foreach (var group in steps.GroupBy(s => s.At))
        {
            advanceTo(group.Key);
            await Task.WhenAll(group.Select(async step =>
            {
                await gate.WaitAsync();
                try
                {
                    var result = await step.Run(grains.GetGrain<IWorkOrderGrain>(step.OrderId));
                    if (result.Error is { } error)
                        throw new InvalidOperationException($"{step.OrderId} {step.What} at {step.At:MM-dd HH:mm}: {error.Message}");
                }
                finally
                {
                    gate.Release();
                }
            }));
        }
    }

    private IEnumerable<Step> StepsOf(MonthOrder o)
    {
        var start = new DateTimeOffset(o.Day.ToDateTime(new TimeOnly(9, 0)), Lüliang);
        Step At(TimeSpan offset, string what, Func<IWorkOrderGrain, Task<OrderResult>> run) => new(start + offset, o.Id, what, run);
        static TimeSpan m(double minutes) => TimeSpan.FromMinutes(minutes);

        yield return At(m(0), "create", g => g.Create(new CreateOrder(actors.Seat, "热线电话", new CallerInfoDto(o.Phone, "市民", "citizen"),
            o.DistrictCode, "生成地址 1 号", null, null, o.Category, o.Title, o.Content, "normal", null)));
        if (o.Fate == MonthFate.DirectAnswer)
        {
            yield return At(m(5), "answer", g => g.Answer(new AnswerOrder(actors.Seat, "已按政策当场答复。")));
            yield break;
        }
        yield return At(m(10), "dispatch", g => g.Dispatch(new DispatchOrder(actors.Dispatcher, o.Lead, o.CoHandler is { } co ? [co] : [])));
        if (o.Fate == MonthFate.NeverAccepted) yield break;

        var lead = o.Lead;
        if (o.Fate == MonthFate.ReturnedThenSatisfied)
        {
            yield return At(m(20), "accept", g => g.Accept(new AcceptOrder(actors.Department, o.Lead)));
            yield return At(m(25), "return", g => g.Return(new ReturnOrder(actors.Department, o.Lead, "不属于本单位职责")));
            yield return At(m(30), "re-dispatch", g => g.Dispatch(new DispatchOrder(actors.Dispatcher, o.SecondLead!, [])));
            lead = o.SecondLead!;
            yield return At(m(35), "accept second", g => g.Accept(new AcceptOrder(actors.Department, lead)));
        }
        else
        {
            yield return At(o.AcceptLate ? m(90) : m(20), "accept", g => g.Accept(new AcceptOrder(actors.Department, lead)));
        }
        if (o.CoHandler is { } coHandler)
            yield return At(m(21), "co-accept", g => g.Accept(new AcceptOrder(actors.Department, coHandler)));
        if (o.Fate == MonthFate.StillHandling) yield break;

        // Late replies (heating only) come the next morning, after the same-day deadline at 24:00.
        var reply = o.ReplyLate ? TimeSpan.FromHours(23) + m(50) : m(120);
        foreach (var step in HandleAndReview(reply)) yield return step;
        var callback = reply + m(15);
        switch (o.Fate)
        {
            case MonthFate.BasicallySatisfied:
                yield return At(callback, "callback", g => g.Callback(new CallbackOrder(actors.Reviewer, "basically-satisfied", null) { Resolved = o.Resolved }));
                break;
            case MonthFate.DissatisfiedThenSatisfied:
                yield return At(callback, "callback dissatisfied", g => g.Callback(new CallbackOrder(actors.Reviewer, "dissatisfied", "仍未解决") { Resolved = false }));
                yield return At(callback + m(5), "re-accept", g => g.Accept(new AcceptOrder(actors.Department, lead)));
                foreach (var step in HandleAndReview(callback + m(10))) yield return step;
                yield return At(callback + m(20), "callback again", g => g.Callback(new CallbackOrder(actors.Reviewer, "satisfied", null) { Resolved = o.Resolved }));
                break;
            case MonthFate.UnreachableThenSatisfied:
                yield return At(callback, "callback unreachable", g => g.Callback(new CallbackOrder(actors.Reviewer, "unreachable", "无人接听")));
                yield return At(callback + m(130), "callback again", g => g.Callback(new CallbackOrder(actors.Reviewer, "satisfied", null) { Resolved = o.Resolved }));
                break;
            default:
                yield return At(callback, "callback", g => g.Callback(new CallbackOrder(actors.Reviewer, "satisfied", null) { Resolved = o.Resolved }));
                break;
        }

        IEnumerable<Step> HandleAndReview(TimeSpan at)
        {
            yield return At(at, "reply", g => g.Reply(new ReplyOrder(actors.Department, lead, "已现场处理完毕。", [], false)));
            yield return At(at + m(1), "department review", g => g.Review(new ReviewOrder(actors.Reviewer, "department", true, [])));
            yield return At(at + m(2), "centre review", g => g.Review(new ReviewOrder(actors.Reviewer, "centre", true, [])));
        }
    }
}

/// <summary>Who the month's commands are recorded as, in the audit trail.</summary>
public sealed record MonthActors(string Seat, string Dispatcher, string Reviewer, string Department);
