namespace Hotline.Domain.Categories;

/// <summary>
/// One line of a responsibility list (职责清单): orders whose category code starts with
/// <see cref="Category"/> (level ≥ 2), in <see cref="District"/> when given, go to <see cref="Department"/>.
/// </summary>
public sealed record ResponsibilityRule(string Name, string Category, string? District, string Department)
{
    public bool Matches(string categoryCode, string districtCode) =>
        categoryCode.StartsWith(Category, StringComparison.Ordinal)
        && (District is null || string.Equals(District, districtCode, StringComparison.Ordinal));

    /// <summary>Longer prefixes first; at the same length a district rule before a generic one.</summary>
    public int Specificity => Category.Length * 2 + (District is null ? 0 : 1);
}
