using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace Hotline.Bench.Board.Suite;

/// <summary>
/// Another .NET process's GC pauses (suspension to restart, with the collection that caused them), read
/// over EventPipe as the runtime reports them: the dashboard's and the watcher's, so a burst of slow rows
/// with no pause of the silo's near it can be set beside theirs. <see cref="GcReasons"/> does the same for
/// the bench's own process from the inside.
/// </summary>
public sealed class ProcessPauses : IAsyncDisposable
{
    private const long GcKeyword = 0x1;

    private readonly EventPipeSession _session;
    private readonly PauseTimeline _timeline;
    private readonly Task _reading;

    private ProcessPauses(string name, EventPipeSession session)
    {
        _timeline = new PauseTimeline(name + " ");
        _session = session;
        // Its own thread: Process() blocks for the whole session, and a pool thread held that long starves the silo's grains.
        _reading = Task.Factory.StartNew(Read, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Starts listening to <paramref name="processId"/>; null (and a note on the console) if the process cannot be reached.</summary>
    public static ProcessPauses? Start(string name, int processId)
    {
        try
        {
            var session = new DiagnosticsClient(processId).StartEventPipeSession(
                [new EventPipeProvider(ClrTraceEventParser.ProviderName, EventLevel.Informational, GcKeyword)], requestRundown: false);
            return new ProcessPauses(name, session);
        }
        catch (Exception e) when (e is ServerNotAvailableException or UnsupportedCommandException or IOException or TimeoutException)
        {
            SuiteBench.Step($"{name}'s GC pauses not read: {e.Message}");
            return null;
        }
    }

    /// <summary>The pauses so far, labelled with the process's name.</summary>
    public GcPause[] Pauses() => _timeline.Pauses();

    private void Read()
    {
        using var source = new EventPipeEventSource(_session.EventStream);
        source.Clr.GCStart += e => _timeline.Started(e.Depth, e.Type == GCType.BackgroundGC);
        source.Clr.GCSuspendEEStart += e => _timeline.Suspended(e.TimeStamp.ToUniversalTime());
        source.Clr.GCRestartEEStop += e => _timeline.Restarted(e.TimeStamp.ToUniversalTime());
        try
        {
            source.Process();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or EndOfStreamException)
        {
            // The process went away, or the session was stopped under the reader.
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _session.StopAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is ServerNotAvailableException or IOException or TimeoutException or ObjectDisposedException)
        {
            // Already gone.
        }
        await _reading.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _session.Dispose();
    }
}
