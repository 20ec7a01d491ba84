using Azure.Storage.Blobs;
using Hotline.Dashboard.Auth;
using Hotline.Dashboard.Hosting;

namespace Hotline.Dashboard.Evidence;

public static class EvidenceServices
{
    /// <summary>Blob storage on the same account as the tables (Azurite's blob endpoint locally), or memory.</summary>
    public static IServiceCollection AddEvidenceStore(this IServiceCollection services, HotlineClientOptions options)
    {
        if (HotlineAuthSetup.IsInMemory(options))
            services.AddSingleton<IEvidenceStore, InMemoryEvidenceStore>();
        else
            services.AddSingleton<IEvidenceStore>(_ => new BlobEvidenceStore(new BlobServiceClient(options.ConnectionString)));
        return services;
    }
}
