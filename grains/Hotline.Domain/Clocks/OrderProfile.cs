namespace Hotline.Domain.Clocks;

/// <summary>What the SLA policy needs to know about an order to choose its clocks.</summary>
public sealed record OrderProfile(string Category, Urgency Urgency, string? TaskForce, DateTimeOffset ReceivedAt);
