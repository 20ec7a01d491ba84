using System.Collections.Concurrent;
using System.Diagnostics;
using Hotline.Intelligence.Knowledge;
using static Hotline.Intelligence.Tests.Knowledge.KnowledgeFixtures;

namespace Hotline.Intelligence.Tests.Knowledge;

public sealed class KnowledgeConcurrencyTests
{
    [Fact]
    public void Searches_while_entries_are_written_never_fail_nor_return_retired_entries()
    {
        using var index = NewIndex();
        index.Remove("heat-room");
        var deadline = Stopwatch.StartNew();
        var failures = new ConcurrentQueue<Exception>();
        var searches = 0;
        string[] questions = ["暖气不热", "室温不达标", "出租车", "停水", "工资", "身份证丢了", "\"(:*?", "供暖 供热"];

        Parallel.For(0, 6, worker =>
        {
            var round = 0;
            while (deadline.Elapsed < TimeSpan.FromSeconds(1.5))
            {
                try
                {
                    if (worker == 0)
                    {
                        // The writer: edits, retires and re-publishes entries, changes hit counts.
                        var entry = Entries[round % Entries.Count];
                        if (entry.Id != "heat-room")
                        {
                            index.Upsert(entry with { Question = entry.Question + "（修订）", Version = round });
                            index.SetHits(entry.Id, round);
                            if (round % 3 == 0)
                            {
                                index.Remove(entry.Id);
                                index.Upsert(entry);
                            }
                        }
                    }
                    else
                    {
                        var hits = index.Search(questions[(worker + round) % questions.Length], Now, top: 10);
                        Assert.DoesNotContain(hits, h => h.Id == "heat-room");
                        Assert.DoesNotContain(index.MostHit(25, Now), h => h.Id == "heat-room");
                        Interlocked.Increment(ref searches);
                    }
                }
                catch (Exception e)
                {
                    failures.Enqueue(e);
                    return;
                }

                round++;
            }
        });

        Assert.Empty(failures);
        Assert.True(searches > 0);
        Assert.Equal(Entries.Count - 1, index.Count);
    }
}
