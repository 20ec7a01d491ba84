using Hotline.Domain;
using Hotline.Domain.Categories;
using Hotline.Domain.Reference;

namespace Hotline.Bench.Intelligence;

/// <summary>The real reference data and category lists, as the silo loads them.</summary>
public static class BenchData
{
    public static ReferenceData Reference { get; } = ReferenceData.LoadDefault(DataDirectory.Default);
    public static CategoryTree Tree { get; } = CategoryTree.Load(DataDirectory.Default);
    public static ResponsibilityList Rules { get; } = ResponsibilityList.Load(DataDirectory.Default, Tree);

    public static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
