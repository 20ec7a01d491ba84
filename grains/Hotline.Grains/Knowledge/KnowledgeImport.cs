namespace Hotline.Grains.Knowledge;

/// <summary>What a bulk import writes into an entry's history.</summary>
public static class KnowledgeImport
{
    public const string Actor = "import";
    public const string Note = "批量导入";
}
