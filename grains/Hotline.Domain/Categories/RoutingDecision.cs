namespace Hotline.Domain.Categories;

/// <summary>The lead department a responsibility list names, and the rule that named it.</summary>
public sealed record RoutingDecision(string Department, string RuleName);
