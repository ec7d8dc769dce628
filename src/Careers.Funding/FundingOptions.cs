using Microsoft.Extensions.DependencyInjection;

namespace Careers.Funding;

/// <summary>Options for <see cref="CareersFundingServiceCollectionExtensions.AddCareersFunding"/>.</summary>
public sealed class FundingOptions
{
    /// <summary>The formula the registered <see cref="FundingEvaluator"/> uses; default <see cref="FundingFormulas.DerbyCareersFundExample"/>.</summary>
    public FundingFormula Formula { get; set; } = FundingFormulas.DerbyCareersFundExample;
}
