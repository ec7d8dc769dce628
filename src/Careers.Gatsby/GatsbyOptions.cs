using Microsoft.Extensions.DependencyInjection;

namespace Careers.Gatsby;

/// <summary>Options for <see cref="CareersGatsbyServiceCollectionExtensions.AddCareersGatsby"/>.</summary>
public sealed class GatsbyOptions
{
    /// <summary>The policy the registered <see cref="GatsbyEvaluator"/> uses; default <see cref="GatsbyPolicy.Default"/>.</summary>
    public GatsbyPolicy Policy { get; set; } = GatsbyPolicy.Default;
}
