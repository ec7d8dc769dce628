using System;
using Careers.Encounters;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Careers.Encounters.</summary>
public static class CareersEncountersServiceCollectionExtensions
{
    /// <summary>
    /// Registers an <see cref="EntitlementEvaluator"/> for the configured policy, a <see cref="ProviderAccessEvaluator"/>
    /// for the configured rules, and what Careers.Abstractions registers. Options are checked here, at start-up. Safe to
    /// call more than once: the first registration wins. The careers-log validator is registered by <c>AddCareersLog</c>
    /// (Careers.CareersLog).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; leave out for the defaults.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentException">A configured policy is null.</exception>
    public static IServiceCollection AddCareersEncounters(
        this IServiceCollection services,
        Action<EncountersOptions>? configure = null
    )
    {
        Careers.Guard.NotNull(services, nameof(services));
        var options = new EncountersOptions();
        configure?.Invoke(options);
        if (options.Entitlement is null || options.ProviderAccess is null)
        {
            throw new ArgumentException(
                "EncountersOptions.Entitlement and ProviderAccess cannot be null.",
                nameof(configure)
            );
        }

        services.AddCareersAbstractions();
        services.TryAddSingleton(new EntitlementEvaluator(options.Entitlement));
        services.TryAddSingleton(new ProviderAccessEvaluator(options.ProviderAccess));
        return services;
    }
}
