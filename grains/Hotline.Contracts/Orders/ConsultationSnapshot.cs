namespace Hotline.Contracts.Orders;

/// <summary>会商: the topic, who sits at the table with which deadline and opinion, and the centre's conclusion.</summary>
[GenerateSerializer, Immutable, Alias("hotline.consultation-snapshot")]
public sealed record ConsultationSnapshot
{
    [Id(0)] public required string Topic { get; init; }
    [Id(1)] public required DateTimeOffset OpenedAt { get; init; }
    [Id(2)] public required string OpenedBy { get; init; }
    [Id(3)] public required string Lead { get; init; }
    [Id(4)] public required IReadOnlyList<ConsultationParticipantSnapshot> Participants { get; init; }
    [Id(5)] public string? Outcome { get; init; }
    [Id(6)] public DateTimeOffset? ConcludedAt { get; init; }
    [Id(7)] public string? ConcludedBy { get; init; }
    /// <summary>Participants that had not given an opinion when the centre concluded.</summary>
    [Id(8)] public IReadOnlyList<string> Missing { get; init; } = [];
    [Id(9)] public bool Open { get; init; }
}

/// <param name="Role">lead | co</param>
/// <param name="Late">The opinion came after the sub-deadline.</param>
[GenerateSerializer, Immutable, Alias("hotline.consultation-participant")]
public sealed record ConsultationParticipantSnapshot(
    [property: Id(0)] string Department,
    [property: Id(1)] string Role,
    [property: Id(2)] DateTimeOffset? DueAt,
    [property: Id(3)] string? Opinion,
    [property: Id(4)] DateTimeOffset? RepliedAt,
    [property: Id(5)] bool Late);
