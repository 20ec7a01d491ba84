namespace Hotline.Grains.Storage;

public static class StorageNames
{
    /// <summary>The grain-state provider every Hotline grain uses.</summary>
    public const string State = "hotline";

    /// <summary>Orleans' stream pub-sub registrations.</summary>
    public const string PubSub = "PubSubStore";
}
