namespace Careers.Gatsby;

/// <summary>A benchmark's status, as Compass reports it.</summary>
public enum BenchmarkStatus
{
    /// <summary>No criterion met.</summary>
    NotStarted = 0,

    /// <summary>Some criteria met, not all.</summary>
    InProgress = 1,

    /// <summary>Every applicable criterion met: the benchmark is fully achieved.</summary>
    Achieved = 2,

    /// <summary>No criterion applies (for example, no learners in scope of its only criterion).</summary>
    NotApplicable = 3,
}

/// <summary>Whether a criterion is met.</summary>
public enum CriterionStatus
{
    /// <summary>Not met, or not answered.</summary>
    NotMet = 0,

    /// <summary>Met.</summary>
    Met = 1,

    /// <summary>Does not apply: no learners are in its scope (an 11–16 school and a criterion "by the age of 18").</summary>
    NotApplicable = 2,
}

/// <summary>
/// How much of a cohort a criterion reaches, in the words reports use. Decision (docs/articles/domain.md §3): bands on the exact
/// share: none 0%; a few above 0% up to 25%; some above 25% up to 50%; most above 50% up to 90%; almost all above
/// 90% and below 100%; all 100%.
/// </summary>
public enum CoverageBand
{
    /// <summary>0%.</summary>
    None = 0,

    /// <summary>Above 0% up to 25%.</summary>
    AFew = 1,

    /// <summary>Above 25% up to 50%.</summary>
    Some = 2,

    /// <summary>Above 50% up to 90%.</summary>
    Most = 3,

    /// <summary>Above 90%, below 100%.</summary>
    AlmostAll = 4,

    /// <summary>100%.</summary>
    All = 5,
}

/// <summary>Computes <see cref="CoverageBand"/>s.</summary>
public static class CoverageBands
{
    /// <summary>The band of a share.</summary>
    /// <param name="share">A fraction from 0 to 1.</param>
    /// <returns>The band.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="share"/> is outside 0–1.</exception>
    public static CoverageBand Of(decimal share) =>
        share switch
        {
            < 0m or > 1m => throw new System.ArgumentOutOfRangeException(
                nameof(share),
                share,
                "A share is 0 to 1."
            ),
            0m => CoverageBand.None,
            <= 0.25m => CoverageBand.AFew,
            <= 0.5m => CoverageBand.Some,
            <= 0.9m => CoverageBand.Most,
            < 1m => CoverageBand.AlmostAll,
            _ => CoverageBand.All,
        };
}
