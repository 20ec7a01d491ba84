namespace Hotline.Domain.Clocks;

/// <summary>Which orders an SLA rule applies to; a null condition matches every order.</summary>
public sealed record SlaMatch(IReadOnlyList<string>? Categories = null, Urgency? Urgency = null, string? TaskForce = null)
{
    /// <summary>Matches every order (a rule without "match").</summary>
    public static SlaMatch All { get; } = new();

    /// <summary>True when every given condition holds for <paramref name="order"/>.</summary>
    public bool Matches(OrderProfile order) =>
        (Categories is null || Categories.Contains(order.Category, StringComparer.Ordinal)) &&
        (Urgency is null || Urgency == order.Urgency) &&
        (TaskForce is null || string.Equals(TaskForce, order.TaskForce, StringComparison.Ordinal));
}
