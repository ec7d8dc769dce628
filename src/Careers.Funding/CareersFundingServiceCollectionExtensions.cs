using System;
using Careers.Funding;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Careers.Funding.</summary>
public static class CareersFundingServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="FundingEvaluator"/> singleton with the configured formula, and what Careers.Abstractions
    /// registers. The options are checked here, at start-up: the formula must be set (a built formula is always sound). Safe to call more than
    /// once: the first registration wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; leave out for the defaults.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentException">The configured formula is null.</exception>
    public static IServiceCollection AddCareersFunding(
        this IServiceCollection services,
        Action<FundingOptions>? configure = null
    )
    {
        Careers.Guard.NotNull(services, nameof(services));
        var options = new FundingOptions();
        configure?.Invoke(options);
        if (options.Formula is null)
        {
            throw new ArgumentException(
                "FundingOptions.Formula cannot be null.",
                nameof(configure)
            );
        }

        services.AddCareersAbstractions();
        services.TryAddSingleton(new FundingEvaluator(options.Formula));
        return services;
    }
}
