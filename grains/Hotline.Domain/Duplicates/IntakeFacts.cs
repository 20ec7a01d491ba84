namespace Hotline.Domain.Duplicates;

/// <summary>What the seat has typed in so far for a new order: enough to look for duplicates and a final reply.</summary>
public sealed record IntakeFacts : MatterFacts
{
    public DateTimeOffset Now { get; init; }
}
