namespace Hotline.Grains.Storage;

/// <summary>Where and how <see cref="TableGrainStorage"/> keeps grain state in Azure Tables.</summary>
public sealed record TableStateOptions(string TableName, string ServiceId, int Partitions)
{
    /// <summary>The table of this layout (Orleans' own provider wrote one partition per grain into HotlineState).</summary>
    public const string DefaultTable = "HotlineGrainState";

    /// <summary>The table the Orleans provider wrote before; read when a grain has no row in the new layout.</summary>
    public const string LegacyTable = "HotlineState";
}
