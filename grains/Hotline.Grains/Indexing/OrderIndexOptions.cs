namespace Hotline.Grains.Indexing;

public sealed class OrderIndexOptions
{
    public string TableName { get; set; } = "HotlineOrders";

    /// <summary>Rows are partitioned by service, so clusters sharing one storage account never mix.</summary>
    public string Partition { get; set; } = "hotline";
}
