namespace Hotline.Dashboard.Live;

/// <summary>Section "Hotline:Live".</summary>
public sealed class LiveOptions
{
    public const string Section = "Hotline:Live";

    /// <summary>
    /// The least time between the starts of two flushes. A change after a quiet spell goes out at once; under a
    /// burst the changes of this window coalesce into one frame per screen, so a screen gets at most about
    /// 1 / gap frames a second however many transitions there are. 16 ms (a 60 Hz frame) was tried: a change under
    /// load waited 10 ms for its frame instead of 18, but at 1,000 transitions/s on two cores the extra frames' CPU
    /// lengthened the tail (bench board phase, p99 129 and 174 ms against 96 and 113 ms at 25 ms, interleaved runs).
    /// </summary>
    public TimeSpan FlushGap { get; set; } = TimeSpan.FromMilliseconds(25);

    /// <summary>
    /// The least time between two counts of a board's figures. Counting walks every row the board covers, so under
    /// load the figures follow on this slower beat while rows keep the short one.
    /// </summary>
    public TimeSpan StatsGap { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Boards recount on this beat even without events, since time alone makes orders overdue.</summary>
    public TimeSpan StatsRefresh { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the feed checks whether the cluster was lost and regained (then it reloads and asks screens to resync).</summary>
    public TimeSpan ReconnectCheck { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How often the feed checks its stream subscriptions are still there. Resuming an existing one is
    /// idempotent and cheap; a subscription lost with a silo the dashboard never disconnected from comes back.
    /// </summary>
    public TimeSpan Resubscribe { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Rows per index page when the feed (re)loads.</summary>
    public int LoadPageSize { get; set; } = 500;
}
