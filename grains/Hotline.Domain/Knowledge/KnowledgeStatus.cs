namespace Hotline.Domain.Knowledge;

/// <summary>Where the working revision of a knowledge entry is in its review workflow.</summary>
public enum KnowledgeStatus
{
    /// <summary>草稿: the working revision awaits review (a published revision may still be offered).</summary>
    Draft,
    /// <summary>已审核: approved, waiting to be published.</summary>
    Reviewed,
    /// <summary>已发布: the working revision is the one offered to seats.</summary>
    Published,
    /// <summary>已下架 (terminal): never offered again.</summary>
    Retired,
}
