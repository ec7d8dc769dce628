using System;
using Careers.Interchange;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Careers.Interchange.</summary>
public static class CareersInterchangeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="CtfReadOptions"/> that an application passes to <see cref="CtfReader.Open"/> and
    /// <see cref="CtfFile.Read"/>, and what Careers.Abstractions registers. The options are checked here, at start-up.
    /// Safe to call more than once: the first registration wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="options">How to read CTFs; null for <see cref="CtfReadOptions.Default"/>.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="CtfReadOptions.MaxPupils"/> is not positive.</exception>
    public static IServiceCollection AddCareersInterchange(
        this IServiceCollection services,
        CtfReadOptions? options = null
    )
    {
        Careers.Guard.NotNull(services, nameof(services));
        options ??= CtfReadOptions.Default;
        if (options.MaxPupils <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                options.MaxPupils,
                "CtfReadOptions.MaxPupils must be positive."
            );
        }

        Careers.Guard.NotNull(options.AdditionalEthnicityCodes, nameof(options));
        services.AddCareersAbstractions();
        services.TryAddSingleton(options);
        return services;
    }
}
