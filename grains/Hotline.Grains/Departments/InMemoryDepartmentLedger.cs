using System.Collections.Concurrent;
using System.Globalization;
using Orleans.Storage;

namespace Hotline.Grains.Departments;

/// <summary>The ledger of the in-memory silo: gone with the process, like its grain state.</summary>
public sealed class InMemoryDepartmentLedger : IDepartmentLedger
{
    private readonly ConcurrentDictionary<string, Book> _books = new(StringComparer.Ordinal);

    public Task<LedgerContents?> Load(string department, CancellationToken cancellationToken = default)
    {
        if (!_books.TryGetValue(department, out var book)) return Task.FromResult<LedgerContents?>(null);
        lock (book)
        {
            return Task.FromResult(book.Version == 0
                ? null
                : new LedgerContents(book.Counts, Version(book.Version), new Dictionary<string, CountedMark>(book.Marks)));
        }
    }

    public Task<string?> Write(string department, string? version, LedgerWrite write, CancellationToken cancellationToken = default)
    {
        if (write.Marks.Count > IDepartmentLedger.MaxMarksPerWrite)
            throw new ArgumentException($"At most {IDepartmentLedger.MaxMarksPerWrite} marks per write.", nameof(write));
        if (write.Counts is null && write.Marks.Count == 0) return Task.FromResult(version);
        var book = _books.GetOrAdd(department, _ => new Book());
        lock (book)
        {
            if (write.Counts is { } counts)
            {
                var expected = book.Version == 0 ? null : Version(book.Version);
                if (version != expected)
                    throw new InconsistentStateException($"Department {department}'s counters changed meanwhile.", expected ?? "", version ?? "");
                book.Counts = counts;
                book.Version++;
            }
            foreach (var (orderId, mark) in write.Marks)
            {
                if (mark is null) book.Marks.Remove(orderId);
                else book.Marks[orderId] = mark;
            }
            return Task.FromResult(write.Counts is null ? version : Version(book.Version));
        }
    }

    private static string Version(long version) => version.ToString(CultureInfo.InvariantCulture);

    private sealed class Book
    {
        public DepartmentCounts Counts;
        public long Version;
        public readonly Dictionary<string, CountedMark> Marks = new(StringComparer.Ordinal);
    }
}
