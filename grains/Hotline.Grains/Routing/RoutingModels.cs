using Hotline.Intelligence.Routing;

namespace Hotline.Grains.Routing;

/// <summary>One trained version: the department classifier and the category (topic) classifier.</summary>
public sealed record RoutingModels(int Version, TextClassifier Departments, TextClassifier? Categories)
{
    public const string DepartmentModel = "departments";
    public const string CategoryModel = "categories";
}
