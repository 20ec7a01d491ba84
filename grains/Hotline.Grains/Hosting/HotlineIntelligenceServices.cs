using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Hotline.Grains.Duplicates;
using Hotline.Grains.Knowledge;
using Hotline.Grains.Routing;
using Hotline.Grains.WorkOrders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Grains.Hosting;

public static class HotlineIntelligenceServices
{
    /// <summary>
    /// The knowledge base (store, this silo's search index), routing (samples, model store, model cache, bootstrap)
    /// and the duplicate place index: on Azure Tables and Blobs when <paramref name="storageConnectionString"/> is
    /// given, in memory otherwise.
    /// </summary>
    public static IServiceCollection AddHotlineIntelligence(this IServiceCollection services, string? storageConnectionString)
    {
        if (storageConnectionString is not null)
        {
            services.TryAddSingleton(_ => new TableServiceClient(storageConnectionString));
            services.TryAddSingleton(_ => new BlobServiceClient(storageConnectionString));
            services.AddSingleton<IKnowledgeStore, AzureTableKnowledgeStore>();
            services.AddSingleton<IRoutingSampleStore, AzureTableRoutingSampleStore>();
            services.AddSingleton<IModelStore, BlobModelStore>();
            services.AddSingleton<IPlaceIndex, AzureTablePlaceIndex>();
        }
        else
        {
            services.AddSingleton<IKnowledgeStore, InMemoryKnowledgeStore>();
            services.AddSingleton<IRoutingSampleStore, InMemoryRoutingSampleStore>();
            services.AddSingleton<IModelStore, InMemoryModelStore>();
            services.AddSingleton<IPlaceIndex, InMemoryPlaceIndex>();
        }
        services.AddSingleton<KnowledgeIndexHost>();
        services.AddHostedService(sp => sp.GetRequiredService<KnowledgeIndexHost>());
        services.AddSingleton<RoutingModelCache>();
        services.AddHostedService<RoutingBootstrap>();
        services.AddSingleton<OrderFollowUps>();
        services.TryAddSingleton<Streams.IOrderEventPublisher, Streams.OrderEventPublisher>();
        services.AddOptions<KnowledgeOptions>();
        services.AddOptions<RoutingOptions>();
        services.AddOptions<Domain.Duplicates.DuplicateOptions>();
        return services;
    }
}
