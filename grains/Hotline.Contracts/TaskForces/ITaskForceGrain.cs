namespace Hotline.Contracts.TaskForces;

/// <summary>
/// A task force (专班): membership, SLA policy, routing override and live statistics kept from its
/// event stream.
/// </summary>
[Alias("hotline.taskforce")]
public interface ITaskForceGrain : IGrainWithStringKey
{
    [Alias("get")] Task<TaskForceSnapshot?> Get();
}

[GenerateSerializer, Immutable, Alias("hotline.taskforce-figures")]
public sealed record TaskForceFigures(
    [property: Id(0)] int Received,
    [property: Id(1)] int Dispatched,
    [property: Id(2)] int Completed,
    [property: Id(3)] int Overdue,
    [property: Id(4)] double CompletionRate);

[GenerateSerializer, Immutable, Alias("hotline.taskforce-district")]
public sealed record DistrictFigures(
    [property: Id(0)] string DistrictCode,
    [property: Id(1)] string DistrictName,
    [property: Id(2)] TaskForceFigures Figures);

[GenerateSerializer, Immutable, Alias("hotline.taskforce-snapshot")]
public sealed record TaskForceSnapshot(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<string> Categories,
    [property: Id(3)] string Policy,
    [property: Id(4)] IReadOnlyList<string> Members,
    [property: Id(5)] TaskForceFigures Figures,
    [property: Id(6)] IReadOnlyList<DistrictFigures> ByDistrict);
