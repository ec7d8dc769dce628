using System;
using Careers.Gatsby;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Careers.Gatsby.</summary>
public static class CareersGatsbyServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="GatsbyEvaluator"/> singleton with the configured policy, and what Careers.Abstractions
    /// registers. The options are checked here, at start-up. Safe to call more than once: the first registration wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; leave out for the defaults.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentException">The configured policy is null.</exception>
    public static IServiceCollection AddCareersGatsby(
        this IServiceCollection services,
        Action<GatsbyOptions>? configure = null
    )
    {
        Careers.Guard.NotNull(services, nameof(services));
        var options = new GatsbyOptions();
        configure?.Invoke(options);
        if (options.Policy is null)
        {
            throw new ArgumentException("GatsbyOptions.Policy cannot be null.", nameof(configure));
        }

        services.AddCareersAbstractions();
        services.TryAddSingleton(new GatsbyEvaluator(options.Policy));
        return services;
    }
}
