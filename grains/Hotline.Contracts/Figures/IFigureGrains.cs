namespace Hotline.Contracts.Figures;

/// <summary>
/// One of the 8 figure shards, keyed "0".."7" like the board shard streams it consumes: every order
/// event reaches exactly one shard, so no one grain counts the whole city.
/// </summary>
[Alias("hotline.figure-shard")]
public interface IFigureShardGrain : IGrainWithStringKey
{
    /// <summary>This shard's rows of the month ("YYYY-MM"), every dimension, counters only.</summary>
    [Alias("month")] Task<IReadOnlyList<FigureRowData>> Month(string month);
}

/// <summary>Asks the shards and merges; stateless, so any silo answers.</summary>
[Alias("hotline.figures")]
public interface IFiguresGrain : IGrainWithIntegerKey
{
    [Alias("month")] Task<MonthFigures> Month(string month);

    /// <summary>The monthly report as CSV (UTF-8 with BOM); one department's row and the city total when a department is named.</summary>
    [Alias("monthly-csv")] Task<byte[]> MonthlyCsv(string month, string? department);
}
