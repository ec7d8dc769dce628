namespace Careers.Encounters;

/// <summary>How a multi-employer event counts towards the entitlement.</summary>
public enum CountingUnit
{
    /// <summary>
    /// One encounter per learner per occasion, however many employers were there. Decision (docs/articles/domain.md
    /// §4): no published rule settles how a careers fair counts; this is the default.
    /// </summary>
    PerOccasion = 0,

    /// <summary>One encounter for each employer at the occasion (an opt-in: a careers fair with five employers counts five).</summary>
    PerEmployerMet = 1,
}
