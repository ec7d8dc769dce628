using System.Collections.Generic;
using NodaTime;

namespace Careers.Funding;

/// <summary>Allocates pots with one formula: the service that <c>AddCareersFunding</c> registers. Pure and thread-safe.</summary>
public sealed class FundingEvaluator
{
    /// <summary>Creates an evaluator.</summary>
    /// <param name="formula">The formula.</param>
    public FundingEvaluator(FundingFormula formula) =>
        Formula = Guard.NotNull(formula, nameof(formula));

    /// <summary>The formula in force.</summary>
    public FundingFormula Formula { get; }

    /// <summary>Allocates a pot across institutions.</summary>
    /// <param name="institutions">The schools and colleges, each once.</param>
    /// <param name="potPence">The pot in pence.</param>
    /// <param name="asAt">
    /// The date the allocation is for, from 1 September 1900 to 31 August 9999; outside that range it is the problem
    /// <c>as-at.range</c> (path <c>/asAt</c>), not an exception.
    /// </param>
    /// <returns>The allocation, or every problem found.</returns>
    public Evaluation<FundingAllocation> Allocate(
        IReadOnlyList<FundedInstitution> institutions,
        long potPence,
        LocalDate asAt
    ) => FundingEngine.Allocate(Formula, institutions, potPence, asAt);
}
