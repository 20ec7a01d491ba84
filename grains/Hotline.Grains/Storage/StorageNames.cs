namespace Hotline.Grains.Storage;

public static class StorageNames
{
    /// <summary>The grain-state provider every Hotline grain uses.</summary>
    public const string State = "hotline";

    /// <summary>Orleans' Azure Table provider over the table earlier versions wrote grain state to (read only as a fallback).</summary>
    public const string LegacyState = "hotline-legacy";

    /// <summary>Orleans' stream pub-sub registrations.</summary>
    public const string PubSub = "PubSubStore";
}
