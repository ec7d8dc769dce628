namespace Careers.Funding;

/// <summary>A gap between an institution and the careers entitlement that a need-by-gap factor pays for.</summary>
public enum NeedGap
{
    /// <summary>Gatsby benchmarks not fully achieved (0–8), for example from a Careers.Gatsby result.</summary>
    BenchmarksNotAchieved = 0,

    /// <summary>Learners not yet meeting the encounter entitlement, for example from a Careers.Encounters roll-up.</summary>
    LearnersBelowEntitlement = 1,
}
