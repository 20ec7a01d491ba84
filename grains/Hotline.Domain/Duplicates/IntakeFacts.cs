namespace Hotline.Domain.Duplicates;

/// <summary>What the seat has typed in so far for a new order: enough to look for duplicates and a final reply.</summary>
public sealed record IntakeFacts
{
    public string CallerPhone { get; init; } = "";

    public string CategoryTopic { get; init; } = "";

    public string CategoryCode { get; init; } = "";

    public string Title { get; init; } = "";

    public string Content { get; init; } = "";

    public string Address { get; init; } = "";

    public double? Lat { get; init; }

    public double? Lon { get; init; }

    public DateTimeOffset Now { get; init; }
}
