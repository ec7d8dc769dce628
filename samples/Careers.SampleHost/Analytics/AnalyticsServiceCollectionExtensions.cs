using Careers.SampleHost.Analytics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the host's analytics service.</summary>
internal static class AnalyticsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AreaAnalytics"/>, scoped like the database it reads, and the one cache of the area's results
    /// it reads through, <see cref="AreaResults"/>, a singleton; safe to call twice.
    /// </summary>
    public static IServiceCollection AddCareersAnalytics(this IServiceCollection services)
    {
        services.TryAddSingleton<AreaResults>();
        services.TryAddScoped<AreaAnalytics>();
        return services;
    }
}
