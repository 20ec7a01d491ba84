namespace Hotline.Grains.Departments;

/// <summary>A department's exactly-once counters: orders received, returned by it, replied (completed) by it.</summary>
public readonly record struct DepartmentCounts(int Received, int Completed, int Returned);

/// <summary>The last event of an order that moved one of a department's counters.</summary>
public sealed record CountedMark(long Sequence, DateTimeOffset At);

/// <summary>What a department's ledger holds: its counters, their version, and a mark per order it counted.</summary>
public sealed record LedgerContents(DepartmentCounts Counts, string Version, IReadOnlyDictionary<string, CountedMark> Marks);

/// <summary>
/// One atomic write: marks to store (a null mark forgets the order) and, unless <see cref="Counts"/> is null, the
/// counters as they stand once those marks are stored. Counters and the marks that moved them commit together,
/// so a repeated event after a crash is either counted with its mark or not at all.
/// </summary>
public sealed record LedgerWrite(DepartmentCounts? Counts, IReadOnlyList<KeyValuePair<string, CountedMark?>> Marks);

/// <summary>
/// Where departments keep their counters and counted marks: a row per order rather than one document, so a
/// department's write costs what changed, not what it holds (a department holding 38,000 orders rewrote megabytes
/// per batch, and those buffers drove the silo's gen2 collections).
/// </summary>
public interface IDepartmentLedger
{
    /// <summary>Most marks one <see cref="Write"/> may carry (with the counters, one entity group transaction).</summary>
    const int MaxMarksPerWrite = 99;

    /// <summary>The department's ledger, or null when it never wrote its counters.</summary>
    Task<LedgerContents?> Load(string department, CancellationToken cancellationToken = default);

    /// <summary>
    /// Commits <paramref name="write"/> atomically if the counters are still at <paramref name="version"/> (null: not
    /// written yet). Returns the counters' new version (unchanged when the write carries no counters). A stale
    /// version raises <see cref="Orleans.Storage.InconsistentStateException"/>: another activation wrote meanwhile.
    /// </summary>
    Task<string?> Write(string department, string? version, LedgerWrite write, CancellationToken cancellationToken = default);
}
