namespace Hotline.Contracts.Callers;

/// <summary>An earlier order as a matter (诉求): what duplicate detection compares a new intake with.</summary>
[GenerateSerializer, Immutable, Alias("hotline.matter")]
public sealed record Matter
{
    [Id(0)] public required string OrderId { get; init; }
    [Id(1)] public required string CallerPhone { get; init; }
    [Id(2)] public required string Topic { get; init; }
    [Id(3)] public string CategoryCode { get; init; } = "";
    [Id(4)] public required string Title { get; init; }
    [Id(5)] public string Content { get; init; } = "";
    [Id(6)] public string Address { get; init; } = "";
    [Id(7)] public double? Lat { get; init; }
    [Id(8)] public double? Lon { get; init; }
    [Id(9)] public required DateTimeOffset ReceivedAt { get; init; }
    [Id(10)] public required string Status { get; init; }
    [Id(11)] public bool IsOpen { get; init; }
    [Id(12)] public bool FinalReply { get; init; }
    [Id(13)] public string? FinalReplyText { get; init; }
    [Id(14)] public IReadOnlyList<string> FinalReplyEvidence { get; init; } = [];
    [Id(15)] public string? FinalReplyDepartment { get; init; }
    [Id(16)] public DateTimeOffset? FinalReplyAt { get; init; }
}

/// <summary>A new intake as a matter: who calls, about which topic, what and where.</summary>
[GenerateSerializer, Immutable, Alias("hotline.matter-query")]
public sealed record MatterQuery
{
    [Id(0)] public required string CallerPhone { get; init; }
    [Id(1)] public required string Topic { get; init; }
    [Id(2)] public string CategoryCode { get; init; } = "";
    [Id(3)] public string Title { get; init; } = "";
    [Id(4)] public string Content { get; init; } = "";
    [Id(5)] public string Address { get; init; } = "";
    [Id(6)] public double? Lat { get; init; }
    [Id(7)] public double? Lon { get; init; }
}
