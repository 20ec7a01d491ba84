namespace Hotline.Grains.Knowledge;

/// <summary>Messages of the entry grain itself (zh-CN); the workflow's own are in the domain's KnowledgeTexts.</summary>
public static class KnowledgeEntryTexts
{
    public static string AlreadyExists(string id) => $"知识条目“{id}”已存在";
}
