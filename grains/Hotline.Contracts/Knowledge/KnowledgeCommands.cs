namespace Hotline.Contracts.Knowledge;

[GenerateSerializer, Immutable, Alias("hotline.knowledge-content")]
public sealed record KnowledgeContentDto(
    [property: Id(0)] string Question,
    [property: Id(1)] string Answer,
    [property: Id(2)] string CategoryCode,
    [property: Id(3)] IReadOnlyList<string> Departments,
    [property: Id(4)] IReadOnlyList<string> Tags,
    [property: Id(5)] DateTimeOffset? ValidFrom,
    [property: Id(6)] DateTimeOffset? ValidUntil);

[GenerateSerializer, Immutable, Alias("hotline.create-knowledge")]
public sealed record CreateKnowledge([property: Id(0)] string Actor, [property: Id(1)] KnowledgeContentDto Content, [property: Id(2)] bool Urgent);

[GenerateSerializer, Immutable, Alias("hotline.edit-knowledge")]
public sealed record EditKnowledge([property: Id(0)] string Actor, [property: Id(1)] KnowledgeContentDto Content);

[GenerateSerializer, Immutable, Alias("hotline.review-knowledge")]
public sealed record ReviewKnowledge([property: Id(0)] string Actor, [property: Id(1)] bool Approved, [property: Id(2)] string? Note);

[GenerateSerializer, Immutable, Alias("hotline.retire-knowledge")]
public sealed record RetireKnowledge([property: Id(0)] string Actor, [property: Id(1)] string Reason);
