using System.Collections.Concurrent;
using System.Net;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Hotline.Intelligence.Knowledge;

/// <summary>
/// In-memory Chinese full-text index of the published knowledge base, rebuilt at process start and kept current
/// entry by entry. Searches run concurrently without locks; writes are serialised and visible to the next search.
/// Texts and hit counts live in a side dictionary: Lucene stores only ids, and a hit count never re-analyses text.
/// </summary>
public sealed class KnowledgeSearchIndex : IDisposable
{
    private readonly Lucene.Net.Store.Directory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly ConcurrentDictionary<string, IndexedEntry> entries = new(StringComparer.Ordinal);
    private readonly System.Threading.Lock writeGate = new();
    private long generation;
    private bool disposed;

    /// <summary>A RAMDirectory index: on 40,000 generated entries it searched ~2.5× faster than MMapDirectory.</summary>
    public KnowledgeSearchIndex()
        : this(new RAMDirectory())
    {
    }

    internal KnowledgeSearchIndex(Lucene.Net.Store.Directory directory)
    {
        this.directory = directory;
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, ChineseText.Analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        };
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
    }

    /// <summary>Number of entries held (offered or not at a given time).</summary>
    public int Count => entries.Count;

    /// <summary>Adds or replaces the entry with the same id; visible to the next search.</summary>
    public void Upsert(KnowledgeDocument document)
    {
        var entry = new IndexedEntry(Normalize(document), Interlocked.Increment(ref generation));
        lock (writeGate)
        {
            Write(entry);
            searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>Bulk load: analyses on all cores, refreshes once at the end. A repeated id keeps its last document.</summary>
    public void UpsertMany(IEnumerable<KnowledgeDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var latest = new Dictionary<string, IndexedEntry>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var entry = new IndexedEntry(Normalize(document), Interlocked.Increment(ref generation));
            latest[entry.Document.Id] = entry;
        }

        lock (writeGate)
        {
            // IndexWriter is thread-safe and analyses per thread: SmartCn segmentation is the cost of a bulk load.
            Parallel.ForEach(latest.Values, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, Write);
            searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>Removes a retired or unpublished entry: no search started after this returns will offer it.</summary>
    public void Remove(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (writeGate)
        {
            entries.TryRemove(id, out _);
            writer.DeleteDocuments(new Term(KnowledgeFields.Id, id));
            searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>Whether the index holds this version of the entry (its text would be analysed again for nothing).</summary>
    public bool Holds(string id, int version) => entries.TryGetValue(id, out var entry) && entry.Document.Version == version;

    /// <summary>Sets an entry's hit count (unknown ids are ignored); text is not re-analysed.</summary>
    public void SetHits(string id, long hits)
    {
        if (entries.TryGetValue(id, out var entry))
        {
            entry.Hits = hits;
        }
    }

    /// <summary>
    /// The best offered entries for a seat's text: valid at <paramref name="now"/>, optionally under a category code
    /// prefix. Any input is accepted; text without words gives an empty list.
    /// </summary>
    public IReadOnlyList<KnowledgeHit> Search(string text, DateTimeOffset now, int top = 5, string? categoryCode = null)
    {
        if (top <= 0 || string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var searcher = searchers.Acquire();
        try
        {
            return KnowledgeSearchRun.Execute(searcher, entries, text, now, top, categoryCode);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>高频知识: offered entries by hit count, highest first (ties by id for a stable order).</summary>
    public IReadOnlyList<KnowledgeHit> MostHit(int top, DateTimeOffset now)
    {
        if (top <= 0)
        {
            return [];
        }

        // A bounded heap: 40,000 entries, a handful wanted. The root is the weakest of those kept.
        var kept = new PriorityQueue<IndexedEntry, (long Hits, string Id)>(Math.Min(top, entries.Count), MostHitOrder.Instance);
        // Enumerating the dictionary itself takes no locks and copies nothing (Values would snapshot all 40,000).
        foreach (var (_, entry) in entries)
        {
            if (!entry.Document.IsValidAt(now))
            {
                continue;
            }

            var rank = (entry.Hits, entry.Document.Id);
            if (kept.Count < top)
            {
                kept.Enqueue(entry, rank);
            }
            else if (kept.TryPeek(out _, out var weakest) && MostHitOrder.Instance.Compare(rank, weakest) > 0)
            {
                kept.DequeueEnqueue(entry, rank);
            }
        }

        var result = new KnowledgeHit[kept.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            var entry = kept.Dequeue();
            result[i] = entry.ToHit(0f, WebUtility.HtmlEncode(entry.Document.Question), KnowledgeHighlighter.AnswerStart(entry.Document.Answer));
        }

        return result;
    }

    public void Dispose()
    {
        lock (writeGate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            searchers.Dispose();
            writer.Dispose();
            directory.Dispose();
        }
    }

    private void Write(IndexedEntry entry)
    {
        entries[entry.Document.Id] = entry;
        writer.UpdateDocument(new Term(KnowledgeFields.Id, entry.Document.Id), KnowledgeFields.ToLuceneDocument(entry.Document, entry.Generation));
    }

    private static KnowledgeDocument Normalize(KnowledgeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(document.Id);
        return document with
        {
            Question = document.Question ?? string.Empty,
            Answer = document.Answer ?? string.Empty,
            CategoryCode = document.CategoryCode ?? string.Empty,
            CategoryText = document.CategoryText ?? string.Empty,
            Departments = document.Departments ?? [],
            Tags = document.Tags ?? [],
        };
    }
}
