namespace Hotline.Grains.Knowledge;

/// <summary>Messages of the entry grain itself (zh-CN); the workflow's own are in the domain's KnowledgeTexts.</summary>
public static class KnowledgeEntryTexts
{
    public const string InvalidInput = "提交的内容有误，请按提示修改后重试。";

    public static string AlreadyExists(string id) => $"知识条目“{id}”已存在";

    public static string UnknownCategory(string code) => $"分类编码 {code} 不在五级分类中";

    public static string UnknownDepartment(string code) => $"单位编码 {code} 不存在";
}
