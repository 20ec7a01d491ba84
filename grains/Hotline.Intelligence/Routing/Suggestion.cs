namespace Hotline.Intelligence.Routing;

/// <summary>One suggested label (department or category code) with its softmax probability in [0, 1].</summary>
public sealed record Suggestion(string Label, double Confidence);
