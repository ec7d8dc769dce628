using System;
using Careers.Kpi;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Careers.Kpi.</summary>
public static class CareersKpiServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="KpiEvaluator"/> singleton with the configured catalogue and policy, and what
    /// Careers.Abstractions registers. The options are checked here, at start-up. Safe to call more than once: the
    /// first registration wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; leave out for the defaults.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentException">The configured catalogue or policy is null.</exception>
    public static IServiceCollection AddCareersKpi(
        this IServiceCollection services,
        Action<KpiOptions>? configure = null
    )
    {
        Careers.Guard.NotNull(services, nameof(services));
        var options = new KpiOptions();
        configure?.Invoke(options);
        if (options.Catalogue is null || options.Policy is null)
        {
            throw new ArgumentException(
                "KpiOptions.Catalogue and KpiOptions.Policy cannot be null.",
                nameof(configure)
            );
        }

        services.AddCareersAbstractions();
        services.TryAddSingleton(new KpiEvaluator(options.Catalogue, options.Policy));
        return services;
    }
}
