namespace Hotline.Dashboard.Live;

/// <summary>Section "Hotline:Live".</summary>
public sealed class LiveOptions
{
    public const string Section = "Hotline:Live";

    /// <summary>How often coalesced changes go out: four frames a second reads as live without flooding a screen.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Boards recount on this beat even without events, since time alone makes orders overdue.</summary>
    public TimeSpan StatsRefresh { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How often the feed checks its stream subscriptions are still there. Resuming an existing one is
    /// idempotent and cheap; a subscription lost with a silo the dashboard never disconnected from comes back.
    /// </summary>
    public TimeSpan Resubscribe { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Rows per index page when the feed (re)loads.</summary>
    public int LoadPageSize { get; set; } = 500;
}
