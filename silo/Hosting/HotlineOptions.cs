namespace Hotline.Silo.Hosting;

/// <summary>The "Hotline" configuration section shared by the silo and the dashboard.</summary>
public sealed class HotlineOptions
{
    public const string Section = "Hotline";

    /// <summary><see cref="StorageMode.AzureTables"/> (Azurite locally) or <see cref="StorageMode.InMemory"/> for quick demos.</summary>
    public StorageMode Storage { get; set; } = StorageMode.AzureTables;

    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    public string ClusterId { get; set; } = "hotline-dev";

    public string ServiceId { get; set; } = "hotline";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>Reference data, calendars and SLA policies; defaults to data/ beside the binaries.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Period of the clocks' durable backstop reminder.</summary>
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How often the stream queues are polled: the floor of event-to-screen latency (half of it on average). 10 ms
    /// was tried: events reached the dashboard ~5 ms sooner on average, but smaller deliveries did not shorten the
    /// board's tail (p99 136–223 ms against 91–184 ms at 20 ms, three interleaved pairs of bench board phases).
    /// </summary>
    public TimeSpan StreamPollingPeriod { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>How many queued stream messages the pulling agent hands a consumer in one delivery.</summary>
    public int StreamDeliveryBatch { get; set; } = 64;

    /// <summary>
    /// Partitions per grain type for grain state on Azure Tables: writes that meet in a partition are
    /// committed in one transaction (fewer: larger batches; more: more parallel writes). One partition
    /// takes what this hotline writes at its peak (~500 rows/s against the service's 2,000 per partition)
    /// and lets the most writes meet: on Azurite 1.85 requests per transition against 3.3 with four.
    /// </summary>
    public int StatePartitions { get; set; } = 1;

    /// <summary>
    /// The partition count states may still be stored under: versions before December 2026 wrote four per grain
    /// type, and a grain not found in its partition is read from its bucket there, then moved. Must be
    /// a multiple of <see cref="StatePartitions"/>.
    /// </summary>
    public int EarlierStatePartitions { get; set; } = 4;

    /// <summary>Generated knowledge entries imported on first start when the knowledge base is empty (0: none).</summary>
    public int SeedKnowledgeEntries { get; set; }

    /// <summary>Generated closed orders imported as routing samples on first start when there are none (0: none).</summary>
    public int SeedRoutingSamples { get; set; }

    /// <summary>Seed the review rules (review-rules.json and the generated per-leaf rules) when the rule table is empty.</summary>
    public bool SeedReviewRules { get; set; }
}

public enum StorageMode
{
    AzureTables,
    InMemory,
}
