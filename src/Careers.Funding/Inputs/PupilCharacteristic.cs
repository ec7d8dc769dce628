namespace Careers.Funding;

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
