using System;
using Careers.CareersLog;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Careers.CareersLog.</summary>
public static class CareersCareersLogServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="CareersLogValidator"/> singleton with the configured limits, and what Careers.Abstractions
    /// registers. The options are checked here, at start-up. Safe to call more than once: the first registration wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the limits on reading careers logs; leave out for the defaults (a 1 MiB document).</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The size limit is not positive.</exception>
    public static IServiceCollection AddCareersLog(
        this IServiceCollection services,
        Action<CareersLogReadOptions>? configure = null
    )
    {
        Careers.Guard.NotNull(services, nameof(services));
        var options = new CareersLogReadOptions();
        configure?.Invoke(options);
        var validator = new CareersLogValidator(options);

        services.AddCareersAbstractions();
        services.TryAddSingleton(validator);
        return services;
    }
}
