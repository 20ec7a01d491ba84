using Hotline.Dashboard.Live;
using Microsoft.Extensions.Time.Testing;
using static Hotline.Integration.Tests.Live.LiveTestData;

namespace Hotline.Integration.Tests.Live;

/// <summary>The dashboard's mirror: newer wins, changes coalesce per screen and order, rows leave screens they no longer belong on.</summary>
public sealed class LiveBookTests
{
    private readonly ScreenRegistry _registry = new();
    private readonly FakeTimeProvider _time = new(Morning);
    private readonly LiveBook _book;
    private readonly Screen _board = Screen.Board;
    private readonly Screen _rlls = new(ScreenKind.Department, "RL-LS");
    private readonly Screen _rlxy = new(ScreenKind.Department, "RL-XY");

    public LiveBookTests()
    {
        _book = new LiveBook(_registry, new StatsCalculator(Reference), Calendar, _time);
        _registry.Add("board-conn", _board);
        _registry.Add("rlls-conn", _rlls);
        _registry.Add("rlxy-conn", _rlxy);
    }

    [Fact]
    public void Many_changes_to_one_order_between_flushes_go_out_as_its_latest_row()
    {
        _book.Apply(Row("A", 1, "received", lead: null));
        _book.Apply(Row("A", 2, "dispatched"));
        _book.Apply(Row("A", 3, "accepted"));

        var flush = _book.Drain(refreshStats: false);

        var board = Assert.Single(flush.Screens, s => s.Screen == _board);
        var row = Assert.Single(board.Rows);
        Assert.Equal(("A", 3L, "accepted"), (row.Id, row.Sequence, row.Status));
        Assert.NotNull(board.Stats);
        Assert.Equal(3L, Assert.Single(Assert.Single(flush.Screens, s => s.Screen == _rlls).Rows).Sequence);
        Assert.DoesNotContain(flush.Screens, s => s.Screen == _rlxy);
        Assert.True(_book.Drain(refreshStats: false).IsEmpty);
    }

    [Fact]
    public void An_older_or_repeated_version_is_dropped()
    {
        Assert.True(_book.Apply(Row("A", 5, "accepted")));
        Assert.False(_book.Apply(Row("A", 5, "accepted")));
        Assert.False(_book.Apply(Row("A", 4, "dispatched")));
        Assert.Equal("accepted", Assert.Single(_book.Snapshot(_board).Orders).Status);
    }

    [Fact]
    public void A_redispatched_order_leaves_the_old_department_and_reaches_the_new_one()
    {
        _book.Apply(Row("A", 2, "dispatched", lead: "RL-LS"));
        _book.Drain(refreshStats: false);

        _book.Apply(Row("A", 4, "dispatched", lead: "RL-XY"));
        var flush = _book.Drain(refreshStats: false);

        Assert.True(Assert.Single(Assert.Single(flush.Screens, s => s.Screen == _rlls).Rows).Removed);
        Assert.False(Assert.Single(Assert.Single(flush.Screens, s => s.Screen == _rlxy).Rows).Removed);
        Assert.Empty(_book.Snapshot(_rlls).Orders);
        Assert.Single(_book.Snapshot(_rlxy).Orders);
    }

    [Fact]
    public void A_closed_order_leaves_every_list_but_still_counts_for_today()
    {
        _book.Apply(Row("A", 2, "dispatched", dispatchedAt: Morning));
        _book.Drain(refreshStats: false);

        _book.Apply(Row("A", 9, "closed", dispatchedAt: Morning, completedAt: Morning.AddHours(2), terminal: true));
        var flush = _book.Drain(refreshStats: false);

        var board = Assert.Single(flush.Screens, s => s.Screen == _board);
        Assert.True(Assert.Single(board.Rows).Removed);
        Assert.Equal((1, 1, 1, 0), (board.Stats!.Received, board.Stats.Dispatched, board.Stats.Completed, board.Stats.Open));
        Assert.Empty(_book.Snapshot(_board).Orders);
    }

    [Fact]
    public void Nobody_watching_means_nothing_pending()
    {
        _registry.RemoveConnection("rlxy-conn");
        _book.Apply(Row("A", 1, lead: "RL-XY"));
        var flush = _book.Drain(refreshStats: false);
        Assert.DoesNotContain(flush.Screens, s => s.Screen == _rlxy);
        Assert.Single(_book.Snapshot(_rlxy).Orders);
    }

    [Fact]
    public void Alerts_go_to_the_screens_they_concern()
    {
        var row = Row("A", 2, "dispatched", lead: "RL-LS");
        var dispatch = new LiveAlert("A:2", "A", AlertKinds.Dispatch, "派单", Morning, null, null, "HEATING", ["RL-LS"]);
        _book.Apply(row, dispatch);
        var flush = _book.Drain(refreshStats: false);

        Assert.Single(Assert.Single(flush.Screens, s => s.Screen == _rlls).Alerts);
        Assert.Single(Assert.Single(flush.Screens, s => s.Screen == _board).Alerts);
        Assert.DoesNotContain(flush.Screens, s => s.Screen == _rlxy);
        Assert.Equal("A:2", Assert.Single(_book.Snapshot(_rlls).Alerts).Id);
        Assert.Empty(_book.Snapshot(_rlxy).Alerts);
    }

    [Fact]
    public void In_a_burst_the_board_ticker_keeps_the_newest_twenty_but_a_department_gets_every_alert_of_its_own()
    {
        for (var i = 1; i <= 30; i++)
            _book.Apply(Row($"O{i}", 2, lead: "RL-LS"), new LiveAlert($"O{i}:2", $"O{i}", AlertKinds.Dispatch, "派单", Morning, null, null, "HEATING", ["RL-LS"]));

        var flush = _book.Drain(refreshStats: false);

        var board = Assert.Single(flush.Screens, s => s.Screen == _board).Alerts;
        Assert.Equal(20, board.Count);
        Assert.Equal("O30", board[^1].OrderId);
        Assert.Equal(30, Assert.Single(flush.Screens, s => s.Screen == _rlls).Alerts.Count);
    }

    [Fact]
    public void Burst_after_burst_the_board_ticker_stays_within_its_budget()
    {
        var next = 0;
        IReadOnlyList<LiveAlert> Burst(int count)
        {
            for (var i = 0; i < count; i++, next++)
                _book.Apply(Row($"O{next}", 2, lead: "RL-LS"), new LiveAlert($"O{next}:2", $"O{next}", AlertKinds.Dispatch, "派单", Morning, null, null, "HEATING", ["RL-LS"]));
            var flush = _book.Drain(refreshStats: false);
            Assert.Equal(count, Assert.Single(flush.Screens, s => s.Screen == _rlls).Alerts.Count);
            return flush.Screens.SingleOrDefault(s => s.Screen == _board)?.Alerts ?? [];
        }

        Assert.Equal(BoardAlertAllowance.Burst, Burst(30).Count);
        Assert.Empty(Burst(30));
        _time.Advance(TimeSpan.FromMilliseconds(100));
        var some = Burst(30);
        Assert.Equal((int)(BoardAlertAllowance.PerSecond / 10), some.Count);
        Assert.Equal($"O{next - 1}", some[^1].OrderId);
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(BoardAlertAllowance.Burst, Burst(30).Count);
        Assert.Empty(Burst(1));
    }

    [Fact]
    public void Figures_left_for_later_stay_due_until_a_drain_counts_them()
    {
        Assert.False(_book.Changes.IsSet);
        _book.Apply(Row("A", 2));
        Assert.True(_book.Changes.IsSet);

        var rowsOnly = _book.Drain(refreshStats: false, countStats: false);
        Assert.False(_book.Changes.IsSet);
        Assert.True(rowsOnly.StatsDeferred);
        Assert.Null(Assert.Single(rowsOnly.Screens, s => s.Screen == _board).Stats);
        Assert.NotEqual(0, rowsOnly.PendingSince);

        var figures = _book.Drain(refreshStats: false);
        Assert.False(figures.StatsDeferred);
        var board = Assert.Single(figures.Screens);
        Assert.Empty(board.Rows);
        Assert.Equal(1, board.Stats!.Open);
        Assert.True(_book.Drain(refreshStats: false).IsEmpty);
    }

    [Fact]
    public void A_fifty_percent_warning_reaches_the_department_but_not_the_city_board()
    {
        var warning = new LiveAlert("A:3", "A", AlertKinds.Warning, "签收时限已过 50%", Morning, "RL-LS", "离石", "HEATING", ["RL-LS"], 50);
        Assert.True(warning.IsFor(_rlls));
        Assert.False(warning.IsFor(_board));
        Assert.True((warning with { Percent = 75 }).IsFor(_board));
    }

    [Fact]
    public void Finished_orders_of_earlier_days_are_pruned_at_the_day_change()
    {
        // Closed this morning: still today's figures.
        _book.Apply(Row("OLD", 9, "closed", receivedAt: Morning.AddDays(-1), completedAt: Morning, terminal: true));
        _book.Apply(Row("OPEN", 2, "dispatched", receivedAt: Morning.AddDays(-1)));
        _book.Drain(refreshStats: true);
        Assert.Equal(2, _book.Count);

        _time.Advance(TimeSpan.FromDays(1));
        _book.Drain(refreshStats: true);
        Assert.Equal(1, _book.Count);
        Assert.Equal("OPEN", Assert.Single(_book.Snapshot(_board).Orders).Id);
    }
}
