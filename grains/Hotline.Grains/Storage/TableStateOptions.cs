namespace Hotline.Grains.Storage;

/// <summary>
/// Where and how <see cref="TableGrainStorage"/> keeps grain state in Azure Tables: <paramref name="Partitions"/>
/// per grain type, and <paramref name="EarlierPartitions"/> when rows may still lie where a layout with more
/// partitions put them (a multiple of <paramref name="Partitions"/>; see <see cref="EarlierPartitionFallback"/>).
/// </summary>
public sealed record TableStateOptions(string TableName, string ServiceId, int Partitions, int? EarlierPartitions = null)
{
    /// <summary>The table of this layout (Orleans' own provider wrote one partition per grain into HotlineState).</summary>
    public const string DefaultTable = "HotlineGrainState";

    /// <summary>The table the Orleans provider wrote before; read when a grain has no row in the new layout.</summary>
    public const string LegacyTable = "HotlineState";
}
