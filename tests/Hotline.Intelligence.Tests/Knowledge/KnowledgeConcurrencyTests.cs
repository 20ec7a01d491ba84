using System.Collections.Concurrent;
using System.Diagnostics;
using Hotline.Intelligence.Knowledge;
using static Hotline.Intelligence.Tests.Knowledge.KnowledgeFixtures;

namespace Hotline.Intelligence.Tests.Knowledge;

public sealed class KnowledgeConcurrencyTests
{
    private const int WriteRounds = 120;

    [Fact]
    public async Task Searches_while_entries_are_written_never_fail_nor_return_retired_entries()
    {
        using var index = NewIndex();
        index.Remove("heat-room");
        var failures = new ConcurrentQueue<Exception>();
        var writerDone = false;
        var searches = 0;
        var deadline = Stopwatch.StartNew();
        string[] questions = ["暖气不热", "室温不达标", "出租车", "停水", "工资", "身份证丢了", "\"(:*?", "供暖 供热"];

        // Dedicated threads, so readers really run beside the writer even on two cores.
        var readers = Enumerable.Range(1, 4).Select(worker => Task.Factory.StartNew(
            () => Guard(failures, () =>
            {
                var round = 0;
                do
                {
                    var hits = index.Search(questions[(worker + round++) % questions.Length], Now, top: 10);
                    Assert.DoesNotContain(hits, h => h.Id == "heat-room");
                    Assert.DoesNotContain(index.MostHit(25, Now), h => h.Id == "heat-room");
                    Interlocked.Increment(ref searches);
                }
                while (!Volatile.Read(ref writerDone) && deadline.Elapsed < TimeSpan.FromSeconds(20));
            }),
            TaskCreationOptions.LongRunning)).ToArray();

        Guard(failures, () =>
        {
            // Edits, retires and re-publishes entries and changes hit counts, never touching the retired one.
            for (var round = 0; round < WriteRounds; round++)
            {
                var entry = Entries[round % Entries.Count];
                if (entry.Id == "heat-room")
                {
                    continue;
                }

                index.Upsert(entry with { Question = entry.Question + "（修订）", Version = round });
                index.SetHits(entry.Id, round);
                if (round % 3 == 0)
                {
                    index.Remove(entry.Id);
                    index.Upsert(entry);
                }
            }
        });
        Volatile.Write(ref writerDone, true);
        await Task.WhenAll(readers);

        Assert.Empty(failures);
        Assert.True(searches >= readers.Length);
        Assert.Equal(Entries.Count - 1, index.Count);
    }

    private static void Guard(ConcurrentQueue<Exception> failures, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            failures.Enqueue(e);
        }
    }
}
