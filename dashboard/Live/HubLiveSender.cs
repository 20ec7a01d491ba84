using Microsoft.AspNetCore.SignalR;

namespace Hotline.Dashboard.Live;

/// <summary>
/// Sends a flush to the screens' SignalR groups: one message per screen and kind, so a group's payload is
/// serialized once whatever the number of watchers (SignalR caches a group message's bytes per protocol).
/// Awaiting the writes makes a slow socket hold back the next flush, which then carries more coalesced rows
/// rather than queueing frames without bound.
/// </summary>
public sealed class HubLiveSender(IHubContext<DispatchHub> hub, ScreenRegistry registry) : ILiveSender
{
    public async Task Send(LiveFlush flush, CancellationToken cancellationToken)
    {
        if (flush.IsEmpty) return;
        var sends = new List<Task>();
        foreach (var update in flush.Screens)
        {
            var group = hub.Clients.Group(update.Screen.Name);
            if (update.Rows.Count > 0) sends.Add(group.SendAsync("ordersChanged", update.Screen.Name, update.Rows, cancellationToken));
            if (update.Stats is not null) sends.Add(group.SendAsync("statsChanged", update.Screen.Name, update.Stats, cancellationToken));
            foreach (var alert in update.Alerts) sends.Add(group.SendAsync("alert", update.Screen.Name, alert, cancellationToken));
        }
        if (flush.Seats is { } seats)
        {
            var boards = registry.Watched.Where(s => s.IsBoard).Select(s => s.Name).ToArray();
            if (boards.Length > 0) sends.Add(hub.Clients.Groups(boards).SendAsync("seatsChanged", seats, cancellationToken));
        }
        await Task.WhenAll(sends);
    }
}
