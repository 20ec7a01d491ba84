namespace Hotline.Domain.Callers;

/// <summary>How many orders a caller made on one level-2 topic.</summary>
public sealed record TopicCount(string Topic, int Count);
