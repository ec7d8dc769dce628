using System;
using System.Collections.Generic;

namespace Careers.Gatsby;

/// <summary>The outcome of one criterion, with its evidence. Immutable.</summary>
public sealed class CriterionResult
{
    internal CriterionResult(
        GatsbyCriterion criterion,
        CriterionStatus status,
        string explanation,
        IReadOnlyList<CoverageGroup>? coverage
    )
    {
        Criterion = criterion;
        Status = status;
        Explanation = explanation;
        Coverage = coverage ?? Array.Empty<CoverageGroup>();
    }

    /// <summary>The criterion.</summary>
    public GatsbyCriterion Criterion { get; }

    /// <summary>Whether it is met.</summary>
    public CriterionStatus Status { get; }

    /// <summary>Why: the declared answer, or the coverage of the assessed group against the threshold.</summary>
    public string Explanation { get; }

    /// <summary>For a learner-evidenced criterion, the coverage per group; empty for a declared one.</summary>
    public IReadOnlyList<CoverageGroup> Coverage { get; }
}
