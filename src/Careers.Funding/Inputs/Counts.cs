namespace Careers.Funding;

/// <summary>The phase or key stage a per-pupil factor pays for, as the National Funding Formula divides pupils.</summary>
public enum PupilPhase
{
    /// <summary>Primary: Reception to Year 6 (EYFS reception, KS1 and KS2).</summary>
    Primary = 0,

    /// <summary>Key stage 3: Years 7 to 9.</summary>
    KeyStage3 = 1,

    /// <summary>Key stage 4: Years 10 and 11.</summary>
    KeyStage4 = 2,

    /// <summary>16 to 19: Years 12 and 13 and college learners of that age.</summary>
    Post16 = 3,
}

/// <summary>A characteristic that makes a pupil eligible for a per-eligible-pupil factor (docs/articles/domain.md §8, §10).</summary>
public enum PupilCharacteristic
{
    /// <summary>Disadvantaged as DfE defines it: FSM in the last six years, looked after or previously looked after.</summary>
    Disadvantaged = 0,

    /// <summary>Eligible for free school meals now.</summary>
    FreeSchoolMeals = 1,

    /// <summary>Eligible for free school meals at any point in the last six years (FSM6, "Ever 6").</summary>
    FreeSchoolMealsEver6 = 2,

    /// <summary>SEN support.</summary>
    SenSupport = 3,

    /// <summary>An education, health and care plan.</summary>
    EhcPlan = 4,

    /// <summary>English as an additional language (the NFF counts pupils who entered the system in the last three years).</summary>
    EnglishAsAdditionalLanguage = 5,

    /// <summary>At risk of becoming NEET, as the local risk-of-NEET indicator identifies.</summary>
    AtRiskOfNeet = 6,

    /// <summary>In alternative provision.</summary>
    AlternativeProvision = 7,

    /// <summary>Low prior attainment (an NFF additional-needs factor).</summary>
    LowPriorAttainment = 8,

    /// <summary>Mobility: joined at a non-standard time (an NFF additional-needs factor).</summary>
    Mobility = 9,

    /// <summary>Looked after (a pupil premium rate).</summary>
    LookedAfter = 10,

    /// <summary>A child of a service family (a pupil premium rate).</summary>
    ServiceChild = 11,
}

/// <summary>The Income Deprivation Affecting Children Index bands of the NFF: A is the most deprived.</summary>
public enum IdaciBand
{
    /// <summary>Band A, the most deprived.</summary>
    A = 0,

    /// <summary>Band B.</summary>
    B = 1,

    /// <summary>Band C.</summary>
    C = 2,

    /// <summary>Band D.</summary>
    D = 3,

    /// <summary>Band E.</summary>
    E = 4,

    /// <summary>Band F, the least deprived band that attracts funding.</summary>
    F = 5,
}

/// <summary>A gap between an institution and the careers entitlement that a need-by-gap factor pays for.</summary>
public enum NeedGap
{
    /// <summary>Gatsby benchmarks not fully achieved (0–8), for example from a Careers.Gatsby result.</summary>
    BenchmarksNotAchieved = 0,

    /// <summary>Learners not yet meeting the encounter entitlement, for example from a Careers.Encounters roll-up.</summary>
    LearnersBelowEntitlement = 1,
}
