using Careers;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers what the Careers packages share.</summary>
public static class CareersAbstractionsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the system clock as the <see cref="IClock"/> the Careers packages read "today" from, unless an
    /// <see cref="IClock"/> is already registered (register a fake clock first to pin dates in tests). Safe to call
    /// more than once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    public static IServiceCollection AddCareersAbstractions(this IServiceCollection services)
    {
        Guard.NotNull(services, nameof(services));
#pragma warning disable RS0030 // The one place the ambient clock is allowed: the composition root's default.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        return services;
    }
}
