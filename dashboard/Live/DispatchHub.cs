using Hotline.Dashboard.Auth;
using Hotline.Domain.Reference;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Hotline.Dashboard.Live;

/// <summary>
/// The live screens' hub (/hubs/dispatch). A client watches a screen and gets its snapshot; the
/// <see cref="LiveFeed"/> then pushes coalesced changes to the screen's group. Who may watch what
/// is the same rule as the API: a department sees only its own orders.
/// </summary>
[Authorize]
public sealed class DispatchHub(LiveBook book, LiveFeed feed, ScreenRegistry registry, ReferenceData reference) : Hub
{
    public async Task<ScreenSnapshot> Watch(string screen)
    {
        if (!Screen.TryParse(screen, out var parsed)) throw new HubException(LiveTexts.UnknownScreen);
        if (parsed.Kind == ScreenKind.Department && reference.FindDepartment(parsed.Code!) is null)
            throw new HubException(LiveTexts.UnknownDepartment);
        if (parsed.Kind == ScreenKind.TaskForce && reference.FindTaskForce(parsed.Code!) is null)
            throw new HubException(LiveTexts.UnknownTaskForce);
        if (!Context.User!.CanWatch(parsed.Name)) throw new HubException(LiveTexts.NotAllowed);

        // Join first, then read: a change in between reaches the screen as a delta it can order by sequence.
        registry.Add(Context.ConnectionId, parsed);
        await Groups.AddToGroupAsync(Context.ConnectionId, parsed.Name);
        await feed.Ready.WaitAsync(Context.ConnectionAborted);
        return book.Snapshot(parsed);
    }

    public async Task Unwatch(string screen)
    {
        if (!Screen.TryParse(screen, out var parsed)) return;
        registry.Remove(Context.ConnectionId, parsed);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, parsed.Name);
    }

    /// <summary>The bare round trip the benchmark compares event-to-screen latency with.</summary>
    public long Echo(long value) => value;

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        registry.RemoveConnection(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
