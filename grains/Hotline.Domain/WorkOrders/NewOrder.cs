namespace Hotline.Domain.WorkOrders;

/// <summary>What the seat submits to create a work order. The task force is decided before the domain sees it.</summary>
public sealed record NewOrder
{
    public string Channel { get; init; } = "";

    public CallerInfo Caller { get; init; } = new();

    public string DistrictCode { get; init; } = "";

    public string Address { get; init; } = "";

    public double? Lat { get; init; }

    public double? Lon { get; init; }

    public string Category { get; init; } = "";

    /// <summary>The five-level category code (五级分类) the seat picked, if any; <see cref="Category"/> is its topic.</summary>
    public string CategoryCode { get; init; } = "";

    /// <summary>The lead departments the seat was shown at intake, best first, and where they came from (rule / model).</summary>
    public IReadOnlyList<string> SuggestedDepartments { get; init; } = [];

    public string? SuggestionSource { get; init; }

    public string Title { get; init; } = "";

    public string Content { get; init; } = "";

    public Urgency Urgency { get; init; }

    public string? TaskForce { get; init; }
}
