namespace Hotline.Contracts.Routing;

/// <summary>Suggests category, lead department and template for an intake, on the silo that takes the call.</summary>
[Alias("hotline.routing-advisor")]
public interface IRoutingAdvisorGrain : IGrainWithIntegerKey
{
    [Alias("advise")] Task<RoutingAdvice> Advise(RoutingQuestion question);
}

[GenerateSerializer, Immutable, Alias("hotline.routing-question")]
public sealed record RoutingQuestion(
    [property: Id(0)] string Title,
    [property: Id(1)] string Content,
    [property: Id(2)] string? CategoryCode,
    [property: Id(3)] string DistrictCode);

[GenerateSerializer, Immutable, Alias("hotline.routing-advice")]
public sealed record RoutingAdvice
{
    [Id(0)] public required IReadOnlyList<SuggestedDepartment> Departments { get; init; }
    [Id(1)] public required IReadOnlyList<SuggestedCategory> Categories { get; init; }
    [Id(2)] public int ModelVersion { get; init; }
    /// <summary>The rule of the responsibility list that decided, if one did.</summary>
    [Id(3)] public string? Rule { get; init; }
    [Id(4)] public SuggestedTemplate? Template { get; init; }
}

[GenerateSerializer, Immutable, Alias("hotline.suggested-department")]
public sealed record SuggestedDepartment(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] double Confidence,
    [property: Id(3)] string Source);

[GenerateSerializer, Immutable, Alias("hotline.suggested-category")]
public sealed record SuggestedCategory(
    [property: Id(0)] string Code,
    [property: Id(1)] string Path,
    [property: Id(2)] string Topic,
    [property: Id(3)] double Confidence);

[GenerateSerializer, Immutable, Alias("hotline.suggested-template")]
public sealed record SuggestedTemplate(
    [property: Id(0)] string CategoryCode,
    [property: Id(1)] string Title,
    [property: Id(2)] string Content,
    [property: Id(3)] string Urgency,
    [property: Id(4)] IReadOnlyList<string> Fields);
