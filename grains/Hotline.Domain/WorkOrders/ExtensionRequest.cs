namespace Hotline.Domain.WorkOrders;

/// <summary>A lead's pending request (延期) to move its deadline; the centre decides.</summary>
public sealed record ExtensionRequest
{
    public string Department { get; init; } = "";

    public DateTimeOffset Until { get; init; }

    public string Reason { get; init; } = "";

    public DateTimeOffset RequestedAt { get; init; }

    public string Actor { get; init; } = "";
}
