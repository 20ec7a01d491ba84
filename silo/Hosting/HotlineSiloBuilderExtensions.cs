using Azure.Data.Tables;
using Hotline.Contracts.Streams;
using Hotline.Grains.Departments;
using Hotline.Grains.Hosting;
using Hotline.Grains.Indexing;
using Hotline.Grains.Knowledge;
using Hotline.Grains.Reminders;
using Hotline.Grains.Reviews;
using Hotline.Grains.Routing;
using Hotline.Silo.Seeding;
using Hotline.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Hosting;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Storage;

namespace Hotline.Silo.Hosting;

public static class HotlineSiloBuilderExtensions
{
    /// <summary>
    /// Everything a Hotline silo needs except clustering: grain state, reminders, pub-sub and the
    /// order index on Azure Tables (or in memory), memory streams, and the domain services.
    /// Test clusters call this too, with their own membership.
    /// </summary>
    public static ISiloBuilder AddHotline(this ISiloBuilder silo, HotlineOptions options)
    {
        if (options.Storage == StorageMode.AzureTables)
        {
            var tables = new TableServiceClient(options.ConnectionString);
            // Grain state in partitions shared by a grain type's grains, written by group commit
            // (TableGrainStorage); what Orleans' own provider wrote before is still read (LegacyStateFallback).
            silo.AddAzureTableGrainStorage(StorageNames.LegacyState, o =>
            {
                o.TableServiceClient = tables;
                o.TableName = TableStateOptions.LegacyTable;
                o.GrainStorageSerializer = new JsonGrainStateSerializer();
            });
            silo.Services.AddGrainStorage(StorageNames.State, (sp, _) =>
            {
                var serviceId = sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId;
                var legacy = new LegacyStateFallback(tables, serviceId, sp.GetRequiredKeyedService<IGrainStorage>(StorageNames.LegacyState));
                return new TableGrainStorage(tables, new JsonGrainStateSerializer(),
                    new TableStateOptions(TableStateOptions.DefaultTable, serviceId, options.StatePartitions, options.EarlierStatePartitions), legacy);
            });
            // Pub-sub state holds Orleans' own types, which the default JSON storage serializer cannot
            // read back (PubSubPublisherState has no bindable constructor): a restarted silo could not
            // reactivate a stream's rendezvous grain. Orleans' binary serializer round-trips them.
            silo.AddAzureTableGrainStorage(StorageNames.PubSub, (OptionsBuilder<AzureTableStorageOptions> ob) => ob.Configure<Serializer>((o, serializer) =>
            {
                o.TableServiceClient = tables;
                o.TableName = "HotlinePubSub";
                o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer);
            }));
            // Reminders in one partition of the service, registrations committed together like grain state
            // (TableReminderTable); what Orleans' own provider kept in HotlineReminders is moved in at start.
            silo.AddReminders();
            silo.Services.AddSingleton(tables);
            silo.Services.AddSingleton<IReminderTable, TableReminderTable>();
            silo.Services.AddSingleton<IOrderIndex, AzureTableOrderIndex>();
            silo.Services.AddSingleton<IDepartmentLedger, AzureTableDepartmentLedger>();
        }
        else
        {
            // Compressed copies in this process, no storage-grain hop (see CompactMemoryGrainStorage); pub-sub
            // state in Orleans' binary format, as on Azure Tables.
            silo.Services.AddGrainStorage(StorageNames.State, (_, _) => new CompactMemoryGrainStorage(new JsonGrainStateSerializer()));
            silo.Services.AddGrainStorage(StorageNames.PubSub, (sp, _) =>
                new CompactMemoryGrainStorage(new OrleansGrainStorageSerializer(sp.GetRequiredService<Serializer>())));
            // The reminder table in this process too, not in a grain (see InProcessReminderTable).
            silo.AddReminders();
            silo.Services.AddSingleton<IReminderTable, InProcessReminderTable>();
            silo.Services.AddSingleton<IOrderIndex, InMemoryOrderIndex>();
            silo.Services.AddSingleton<IDepartmentLedger, InMemoryDepartmentLedger>();
        }

        // Each stream queue is polled on this beat; Orleans' 100 ms default alone would add 50 ms on
        // average between an order's change and the screens (bench/board.sh measures it).
        silo.AddMemoryStreams(StreamNames.Provider, streams =>
        {
            streams.ConfigurePullingAgent(agent => agent.Configure(o =>
            {
                o.GetQueueMsgsTimerPeriod = options.StreamPollingPeriod;
                // Up to this many cached messages go to a consumer in one delivery. With one message per delivery
                // a consumer across the gateway (the dashboard) takes one round trip per message of each stream,
                // and under peak load on a small machine those round trips fell behind the publishers: the
                // board lagged seconds. Consumers still see each message, in order (OwnStream).
                o.BatchContainerBatchSize = options.StreamDeliveryBatch;
            }));
            // Nothing rewinds these streams, so delivered messages need not stay cached for Orleans' default
            // minutes: at a few thousand events a second that cache held more bytes than the open orders.
            streams.ConfigureCacheEviction(eviction => eviction.Configure(o =>
            {
                o.DataMinTimeInCache = TimeSpan.FromSeconds(10);
                o.DataMaxAgeInCache = TimeSpan.FromSeconds(30);
            }));
        });
        // A traced dashboard request stays one trace through the grain calls (activities exist only when listened to).
        silo.AddActivityPropagation();
        silo.Services.AddHotlineDomain(options.DataDirectory);
        silo.Services.AddHotlineIntelligence(options.Storage == StorageMode.AzureTables ? options.ConnectionString : null);
        if (options.SeedKnowledgeEntries > 0) silo.Services.AddSingleton<IKnowledgeSeed>(sp => ActivatorUtilities.CreateInstance<GeneratedKnowledgeSeed>(sp, options.SeedKnowledgeEntries));
        if (options.SeedRoutingSamples > 0) silo.Services.AddSingleton<IRoutingSeed>(sp => ActivatorUtilities.CreateInstance<GeneratedRoutingSeed>(sp, options.SeedRoutingSamples));
        silo.Services.AddHotlineReviews(options.Storage == StorageMode.AzureTables ? options.ConnectionString : null);
        if (options.SeedReviewRules) silo.Services.AddSingleton<IReviewRuleSeed>(sp => ActivatorUtilities.CreateInstance<GeneratedReviewRuleSeed>(sp, Hotline.Domain.DataDirectory.Resolve(options.DataDirectory)));
        silo.Services.Configure<ClockOptions>(o => o.ReminderPeriod = options.ReminderPeriod);
        silo.Services.AddOptions<OrderIndexOptions>().Configure<IOptions<ClusterOptions>>((o, cluster) => o.Partition = cluster.Value.ServiceId);
        return silo;
    }

    /// <summary>Clustering for a real deployment: Azure Table membership, or localhost for the in-memory demo.</summary>
    public static ISiloBuilder UseHotlineClustering(this ISiloBuilder silo, HotlineOptions options)
    {
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
        if (options.Storage == StorageMode.AzureTables)
        {
            silo.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(options.ConnectionString));
            silo.ConfigureEndpoints(System.Net.IPAddress.Loopback, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: false);
            silo.Configure<ClusterMembershipOptions>(MembershipTuning.Apply);
        }
        else
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
        }
        // The Orleans dashboard's data side; its page is served by the dashboard app at /orleans.
        silo.AddDashboard();
        return silo;
    }
}
