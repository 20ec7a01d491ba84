namespace Hotline.Intelligence.Routing;

/// <summary>Hit rates over <see cref="Count"/> outcomes: truth ranked first, truth within the first three.</summary>
public sealed record AccuracyReport(int Count, double Top1, double Top3);
