using Hotline.Domain.Reference;

namespace Hotline.Synthetic;

/// <summary>How often each district appears: roughly by urban population, the city seat first.</summary>
internal static class DistrictWeights
{
    private static readonly Dictionary<string, double> Known = new(StringComparer.Ordinal)
    {
        ["141102"] = 24, ["141181"] = 14, ["141182"] = 12, ["141125"] = 8, ["141121"] = 6, ["141122"] = 6,
        ["141124"] = 6, ["141123"] = 5, ["141129"] = 4, ["141127"] = 4, ["141128"] = 3, ["141126"] = 3, ["141130"] = 3,
    };

    public static double[] For(IReadOnlyList<District> districts) =>
        districts.Select(d => Known.GetValueOrDefault(d.Code, 4)).ToArray();
}
