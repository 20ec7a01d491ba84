namespace Hotline.Intelligence.Routing;

/// <summary>A new order to route. Any field may be empty; the category code may be coarse ("01") or wrong.</summary>
public sealed record RoutingInput(string Title, string Content, string CategoryCode, string DistrictCode);
