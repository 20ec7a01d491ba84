namespace Hotline.Domain.Categories;

/// <summary>What a person is told about a category code they gave (zh-CN), wherever it is checked.</summary>
public static class CategoryTexts
{
    public static string UnknownCode(string code) => $"分类编码 {code} 不在五级分类中。";

    public const string TooCoarse = "请至少选到二级分类（如“供热”）。";

    public static string TopicMismatch(string category, string topic) => $"分类“{category}”与分类编码所属的“{topic}”不一致。";
}
