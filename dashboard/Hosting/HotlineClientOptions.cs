namespace Hotline.Dashboard.Hosting;

/// <summary>The dashboard's part of the "Hotline" configuration section.</summary>
public sealed class HotlineClientOptions
{
    public const string Section = "Hotline";

    /// <summary>AzureTables: find the silos through Azure Table membership. InMemory: the localhost demo silo.</summary>
    public string Storage { get; set; } = "AzureTables";

    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    public string ClusterId { get; set; } = "hotline-dev";

    public string ServiceId { get; set; } = "hotline";

    public int GatewayPort { get; set; } = 30000;

    /// <summary>Explicit gateways ("127.0.0.1:30000"), overriding membership: used by tests.</summary>
    public string[] Gateways { get; set; } = [];

    public string? DataDirectory { get; set; }
}
