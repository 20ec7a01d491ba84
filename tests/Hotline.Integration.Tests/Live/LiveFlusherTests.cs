using Hotline.Dashboard.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static Hotline.Integration.Tests.Live.LiveTestData;

namespace Hotline.Integration.Tests.Live;

/// <summary>
/// When the flusher sends, on a fake clock: a lone change at once, a burst as one frame per screen after the gap,
/// figures on their own slower beat. The fake clock moves only when a test moves it, so "at once" means no timer.
/// </summary>
public sealed class LiveFlusherTests : IAsyncLifetime
{
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan StatsGap = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(5);

    private readonly ScreenRegistry _registry = new();
    private readonly FakeTimeProvider _time = new(Morning);
    private readonly CancellationTokenSource _stop = new();
    private readonly LiveBook _book;
    private readonly RecordingSender _sender;
    private readonly LiveFlusher _flusher;
    private readonly Screen _board = Screen.Board;
    private readonly Screen _rlls = new(ScreenKind.Department, "RL-LS");
    private Task _running = Task.CompletedTask;

    public LiveFlusherTests()
    {
        _registry.Add("board-conn", _board);
        _registry.Add("rlls-conn", _rlls);
        _book = new LiveBook(_registry, new StatsCalculator(Reference), Calendar, _time);
        _sender = new RecordingSender(_time);
        var options = Options.Create(new LiveOptions { FlushGap = Gap, StatsGap = StatsGap, StatsRefresh = TimeSpan.FromHours(1) });
        _flusher = new LiveFlusher(_book, _sender, options, _time, NullLogger<LiveFlusher>.Instance);
    }

    public Task InitializeAsync()
    {
        _running = _flusher.Run(_stop.Token);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _sender.Release();
        await _stop.CancelAsync();
        await _running.WaitAsync(TimeSpan.FromSeconds(10));
        _stop.Dispose();
    }

    [Fact]
    public async Task A_lone_change_goes_out_at_once_without_waiting_for_a_beat()
    {
        _book.Apply(Row("A", 2));

        var (flush, at) = await _sender.Next();

        Assert.Equal(Morning, at);
        var board = Assert.Single(flush.Screens, s => s.Screen == _board);
        Assert.Equal("A", Assert.Single(board.Rows).Id);
        Assert.NotNull(board.Stats);
        Assert.Equal("A", Assert.Single(Assert.Single(flush.Screens, s => s.Screen == _rlls).Rows).Id);
    }

    [Fact]
    public async Task A_burst_during_a_send_goes_out_after_the_gap_as_one_frame_per_screen_with_the_latest_rows()
    {
        _sender.Hold();
        _book.Apply(Row("A", 2));
        var (_, first) = await _sender.Next();

        for (var sequence = 3; sequence <= 12; sequence++)
            for (var order = 1; order <= 10; order++)
                _book.Apply(Row($"B{order}", sequence));
        _sender.Release();
        var (burst, second) = await _sender.Next(Step);

        Assert.True(second - first >= Gap, $"the second flush came {(second - first).TotalMilliseconds} ms after the first");
        var board = Assert.Single(burst.Screens, s => s.Screen == _board);
        Assert.Equal(10, board.Rows.Count);
        Assert.All(board.Rows, r => Assert.Equal(12, r.Sequence));
        Assert.Equal(10, Assert.Single(burst.Screens, s => s.Screen == _rlls).Rows.Count);
        // Figures were counted for the first flush: within the stats gap they wait for their own beat.
        Assert.Null(board.Stats);
        Assert.True(burst.StatsDeferred);

        var (figures, third) = await _sender.Next(Step);
        Assert.True(third - first >= StatsGap, $"the figures came {(third - first).TotalMilliseconds} ms after the first flush");
        var counted = Assert.Single(figures.Screens);
        Assert.Equal(_board, counted.Screen);
        Assert.Empty(counted.Rows);
        Assert.Equal(11, counted.Stats!.Open);
        Assert.False(_sender.TryTake(out _));
    }

    [Fact]
    public async Task A_change_right_after_a_flush_waits_out_the_gap_and_one_after_a_quiet_spell_does_not()
    {
        _book.Apply(Row("A", 2));
        var (_, first) = await _sender.Next();

        _book.Apply(Row("A", 3));
        var (soon, second) = await _sender.Next(Step);
        Assert.True(second - first >= Gap, $"the second flush came {(second - first).TotalMilliseconds} ms after the first");
        Assert.Equal(3, Assert.Single(Assert.Single(soon.Screens, s => s.Screen == _board).Rows).Sequence);
        var (figures, _) = await _sender.Next(Step);
        Assert.All(figures.Screens, s => Assert.Empty(s.Rows));

        _time.Advance(TimeSpan.FromSeconds(1));
        var quiet = _time.GetUtcNow();
        _book.Apply(Row("A", 4));
        var (_, third) = await _sender.Next();
        Assert.Equal(quiet, third);
    }
}
