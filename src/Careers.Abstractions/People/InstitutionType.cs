namespace Careers;

/// <summary>
/// The kinds of institution careers guidance applies to. The Gatsby Benchmarks have a schools edition and a colleges
/// edition (the 2024 colleges edition also covers independent training providers); <see cref="InstitutionTypeExtensions.UsesCollegeBenchmarks"/> says which applies.
/// </summary>
public enum InstitutionType
{
    /// <summary>A primary school (Reception to Year 6).</summary>
    Primary = 0,

    /// <summary>A secondary school or academy, with or without a sixth form.</summary>
    Secondary = 1,

    /// <summary>An all-through school (primary and secondary).</summary>
    AllThrough = 2,

    /// <summary>A special school.</summary>
    Special = 3,

    /// <summary>Alternative provision, including pupil referral units.</summary>
    AlternativeProvision = 4,

    /// <summary>A sixth-form college.</summary>
    SixthFormCollege = 5,

    /// <summary>A further education college.</summary>
    FurtherEducationCollege = 6,

    /// <summary>An independent training provider.</summary>
    IndependentTrainingProvider = 7,

    /// <summary>A higher education provider.</summary>
    HigherEducation = 8,
}
