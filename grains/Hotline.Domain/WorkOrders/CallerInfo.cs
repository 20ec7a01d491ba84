namespace Hotline.Domain.WorkOrders;

/// <summary>The caller as the seat recorded them.</summary>
public sealed record CallerInfo
{
    public string Phone { get; init; } = "";

    public string? Name { get; init; }

    public CallerType Type { get; init; }
}
