namespace Hotline.Intelligence.Routing;

/// <summary>A closed order as training data: what was said, what was recorded, and who handled it (the label).</summary>
public sealed record RoutingSample(string Title, string Content, string CategoryCode, string DistrictCode, string Label);
