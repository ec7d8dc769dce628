using Careers.SampleHost.Analytics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the host's analytics service.</summary>
internal static class AnalyticsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AreaAnalytics"/>, scoped like the database it reads; safe to call twice.
    /// </summary>
    public static IServiceCollection AddCareersAnalytics(this IServiceCollection services)
    {
        services.TryAddScoped<AreaAnalytics>();
        return services;
    }
}
