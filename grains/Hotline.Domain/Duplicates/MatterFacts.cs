namespace Hotline.Domain.Duplicates;

/// <summary>
/// A matter (诉求) as duplicate detection compares them: who raised it, about which topic, what and where. A new
/// intake (<see cref="IntakeFacts"/>) and an earlier order (<see cref="PriorOrder"/>) are both one.
/// </summary>
public abstract record MatterFacts
{
    public string CallerPhone { get; init; } = "";

    /// <summary>Level-2 category name, e.g. "供热".</summary>
    public string CategoryTopic { get; init; } = "";

    public string CategoryCode { get; init; } = "";

    public string Title { get; init; } = "";

    public string Content { get; init; } = "";

    public string Address { get; init; } = "";

    public double? Lat { get; init; }

    public double? Lon { get; init; }
}
