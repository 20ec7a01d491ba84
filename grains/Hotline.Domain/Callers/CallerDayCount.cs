namespace Hotline.Domain.Callers;

/// <summary>Orders a caller made on one local (Asia/Shanghai) day.</summary>
public sealed record CallerDayCount
{
    public DateOnly Day { get; set; }

    public int Count { get; set; }
}
