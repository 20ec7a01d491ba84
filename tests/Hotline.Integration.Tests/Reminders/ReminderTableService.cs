using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Hotline.Grains.Reminders;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Hotline.Integration.Tests.Reminders;

/// <summary>A service of its own on the shared Azurite, and a count of the requests its reminder table sends.</summary>
public sealed class ReminderTableService
{
    public ReminderTableService(string purpose)
    {
        Azurite.EnsureRunning();
        ServiceId = Azurite.NewServiceId(purpose);
        var options = new TableClientOptions();
        options.AddPolicy(Counter, HttpPipelinePosition.PerRetry);
        Tables = new TableServiceClient(Azurite.ConnectionString, options);
    }

    public string ServiceId { get; }

    public TableServiceClient Tables { get; }

    public RequestCounter Counter { get; } = new();

    public IOptions<ClusterOptions> Cluster => Options.Create(new ClusterOptions { ServiceId = ServiceId, ClusterId = "reminder-tests" });

    public async Task<TableReminderTable> Start()
    {
        var table = new TableReminderTable(Tables, Cluster, NullLogger<TableReminderTable>.Instance);
        await table.StartAsync();
        return table;
    }

    public sealed class RequestCounter : HttpPipelineSynchronousPolicy
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
    }
}
