using Azure.Data.Tables;

namespace Hotline.Grains.Storage;

/// <summary>
/// Splits a batch of rows of one partition into entity group transactions the service accepts: at
/// most 100 operations and 4 MiB of payload each (kept under 3 MiB, as sizes here are estimates and
/// the multipart envelope adds bytes per row).
/// </summary>
internal static class TransactionChunks
{
    public const int MaxRows = 100;
    private const long MaxBytes = 3 * 1024 * 1024;

    public static IEnumerable<List<T>> Of<T>(IEnumerable<T> items, Func<T, TableEntity> row)
    {
        var chunk = new List<T>();
        long bytes = 0;
        foreach (var item in items)
        {
            var size = Size(row(item));
            if (chunk.Count > 0 && (chunk.Count == MaxRows || bytes + size > MaxBytes))
            {
                yield return chunk;
                chunk = [];
                bytes = 0;
            }
            chunk.Add(item);
            bytes += size;
        }
        if (chunk.Count > 0) yield return chunk;
    }

    /// <summary>Roughly a row's bytes on the wire: strings as UTF-16 (as the service counts them), binary as base64.</summary>
    public static long Size(TableEntity row) =>
        row.Sum(p => 8L + p.Key.Length * 2 + p.Value switch { string s => s.Length * 2, byte[] b => b.Length * 4 / 3, _ => 8 });
}
