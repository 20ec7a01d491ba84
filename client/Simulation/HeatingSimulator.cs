using Hotline.Client.Api;
using Hotline.Client.Demos;

namespace Hotline.Client.Simulation;

/// <summary>What a run leaves for the report: when the simulated 00:00 was on the wall clock, and the orders it made.</summary>
public sealed record SimulationRun(DateTimeOffset WallStart, IReadOnlyList<string> OrderIds);

/// <summary>
/// Replays a heating day against a running system through its REST API, as the people who would do it: seats create,
/// dispatcher1 dispatches to the district's heating company (住建局 ZJJ where a county has none), the company (its demo
/// user) accepts, returns, asks extensions and replies, reviewer1 reviews and calls back. Every step waits for its
/// simulated instant (1 simulated hour = 3600/K s); a step that is behind schedule runs at once. HTTP calls in flight
/// are bounded by the concurrency setting.
/// </summary>
public sealed class HeatingSimulator(HotlineApi api, SimulationSettings settings, SimulationProgress progress,
    LedgerWriter? ledger, TimeProvider time)
{
    private const string FallbackLead = "ZJJ";
    private readonly SemaphoreSlim _gate = new(settings.Concurrency);
    private readonly List<string> _ids = [];
    private readonly Lock _idsGate = new();
    private DateTimeOffset _start;

    public async Task<SimulationRun> RunAsync(CancellationToken ct)
    {
        var reference = await api.GetReferenceAsync(ct);
        var companies = reference.Departments.Where(d => d.Kind == "heating" && d.District is not null)
            .GroupBy(d => d.District!).ToDictionary(g => g.Key, g => g.First().Code);
        var districts = reference.Districts.ToDictionary(d => d.Code);
        var plan = HeatingPlan.Create(settings, reference.Districts.Select(d => d.Code).ToArray());

        _start = time.GetUtcNow();
        progress.SimulatedNow = () => settings.ToSimulated(time.GetUtcNow() - _start);
        await Task.WhenAll(plan.Select(o => RunOrder(o, districts[o.DistrictCode], companies.GetValueOrDefault(o.DistrictCode, FallbackLead), ct)));
        lock (_idsGate) return new SimulationRun(_start, [.. _ids]);
    }

    private async Task RunOrder(PlannedOrder p, DistrictDto district, string lead, CancellationToken ct)
    {
        try
        {
            var t = p.Arrival;
            await At(t, ct);
            var (title, content) = HeatingComplaints.All[p.Complaint];
            var street = HeatingComplaints.Streets[p.Index % HeatingComplaints.Streets.Length];
            var order = await Send("create", () => api.CreateOrderAsync(new CreateOrderRequest("热线电话",
                new CallerDto(p.Phone, "来电市民", "citizen"), district.Code, $"{district.Name}{street}{p.Index % 200 + 1}号院",
                district.Lat, district.Lon, "供热", title, content, "normal"), p.Seat, ct));
            var id = order.Id;
            lock (_idsGate) _ids.Add(id);
            progress.OrderCreated();

            await At(t += p.DispatchDelay, ct);
            await Send("dispatch", () => api.DispatchAsync(id, new DispatchRequest(lead, []), DemoActors.Dispatcher, ct));
            if (p.Returned)
            {
                await At(t += p.AcceptDelay / 2, ct);
                await Send("return", () => api.ReturnAsync(id, new ReturnRequest(lead, HeatingComplaints.ReturnGrounds), Company(lead), ct));
                lead = lead == FallbackLead ? "RL-LS" : FallbackLead;
                await At(t += TimeSpan.FromMinutes(5), ct);
                await Send("dispatch", () => api.DispatchAsync(id, new DispatchRequest(lead, []), DemoActors.Dispatcher, ct));
            }
            await At(t += p.AcceptDelay, ct);
            await Send("accept", () => api.AcceptAsync(id, new AcceptRequest(lead), Company(lead), ct));
            if (p.Extension)
            {
                await At(t += TimeSpan.FromMinutes(10), ct);
                var until = Commands.ActionCommands.InChina(time.GetUtcNow().AddDays(1));
                await Send("extend", () => api.RequestExtensionAsync(id, new ExtensionRequest(lead, until, HeatingComplaints.ExtensionReason), Company(lead), ct));
                await At(t += TimeSpan.FromMinutes(5), ct);
                await Send("decide-extension", () => api.DecideExtensionAsync(id, new ExtensionDecisionRequest(true, "同意延期"), DemoActors.Dispatcher, ct));
            }
            await At(t = ReplyAt(p, t), ct);
            await Send("reply", () => api.ReplyAsync(id, new ReplyRequest(lead, HeatingComplaints.Reply, ["现场照片.jpg"], false), Company(lead), ct));
            t = await ReviewAndCallBack(id, t, p, p.Dissatisfied ? "dissatisfied" : "satisfied", ct);
            if (p.Dissatisfied)
            {
                await At(t += TimeSpan.FromMinutes(10), ct);
                await Send("accept", () => api.AcceptAsync(id, new AcceptRequest(lead), Company(lead), ct));
                await At(t += TimeSpan.FromMinutes(60), ct);
                await Send("reply", () => api.ReplyAsync(id, new ReplyRequest(lead, HeatingComplaints.RedoReply, ["复查照片.jpg"], false), Company(lead), ct));
                await ReviewAndCallBack(id, t, p, "satisfied", ct);
            }
            progress.OrderClosed();
        }
        catch (HotlineApiException e)
        {
            progress.Error($"{e.Message}：{e.Problem?.Detail ?? e.Problem?.Title}");
        }
        catch (HttpRequestException e)
        {
            progress.Error(e.Message);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            progress.Error($"请求超时：{e.Message}");
        }
    }

    private async Task<TimeSpan> ReviewAndCallBack(string id, TimeSpan t, PlannedOrder p, string satisfaction, CancellationToken ct)
    {
        await At(t += p.ReviewDelay, ct);
        await Send("review", () => api.ReviewAsync(id, new ReviewRequest("department", true, []), DemoActors.Centre, ct));
        await At(t += p.ReviewDelay / 2, ct);
        await Send("review", () => api.ReviewAsync(id, new ReviewRequest("centre", true, []), DemoActors.Centre, ct));
        await At(t += p.CallbackDelay, ct);
        var note = satisfaction == "satisfied" ? "来电人表示暖气已恢复正常，满意。" : "来电人表示室温仍然偏低，不满意。";
        await Send("callback", () => api.CallbackAsync(id, new CallbackRequest(satisfaction, note), DemoActors.Centre, ct));
        return t;
    }

    /// <summary>On time: inside the same-day deadline (10 min before it at the latest). Late: after it, by a quarter of the delay.</summary>
    public static TimeSpan ReplyAt(PlannedOrder p, TimeSpan accepted)
    {
        var deadline = HeatingPlan.SameDayDeadline(p.Arrival);
        if (p.Late) return Max(accepted + p.ReplyDelay, deadline + p.ReplyDelay / 4);
        var latest = deadline - TimeSpan.FromMinutes(10);
        return Max(accepted + TimeSpan.FromMinutes(5), Min(accepted + p.ReplyDelay, latest));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static string Company(string code) => DemoActors.Department(code);

    private async Task At(TimeSpan simulated, CancellationToken ct)
    {
        var wait = _start + settings.ToWall(simulated) - time.GetUtcNow();
        if (wait > TimeSpan.Zero) await Task.Delay(wait, time, ct);
    }

    private async Task<OrderDto> Send(string action, Func<Task<OrderDto>> call)
    {
        await _gate.WaitAsync();
        try
        {
            var order = await call();
            var at = order.Events?.FirstOrDefault(e => e.Sequence == order.Version)?.Action;
            ledger?.Append(new LedgerEntry(order.Id, action, order.Version, at));
            return order;
        }
        finally
        {
            _gate.Release();
        }
    }
}
