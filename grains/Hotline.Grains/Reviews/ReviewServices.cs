using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.Grains.Reviews;

public static class ReviewServices
{
    /// <summary>The review-rule store: on Azure Tables when <paramref name="storageConnectionString"/> is given, in memory otherwise.</summary>
    public static IServiceCollection AddHotlineReviews(this IServiceCollection services, string? storageConnectionString)
    {
        if (storageConnectionString is not null)
        {
            services.TryAddSingleton(_ => new TableServiceClient(storageConnectionString));
            services.AddSingleton<IReviewRuleStore, AzureTableReviewRuleStore>();
        }
        else
        {
            services.AddSingleton<IReviewRuleStore, InMemoryReviewRuleStore>();
        }
        return services;
    }
}
