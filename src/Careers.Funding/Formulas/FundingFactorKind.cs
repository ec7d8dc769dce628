namespace Careers.Funding;

/// <summary>The kinds of factor a <see cref="FundingFormula"/> can hold.</summary>
public enum FundingFactorKind
{
    /// <summary>A rate per pupil in a phase or key stage.</summary>
    PerPupil = 0,

    /// <summary>A rate per pupil with a characteristic.</summary>
    PerEligiblePupil = 1,

    /// <summary>A rate per pupil in each IDACI band A–F.</summary>
    IdaciBanded = 2,

    /// <summary>A rate per pupil that depends on the institution's deprivation decile (1–10).</summary>
    DeprivationDecileBanded = 3,

    /// <summary>A sum per institution.</summary>
    LumpSum = 4,

    /// <summary>A sum per institution that depends on its type.</summary>
    ByInstitutionType = 5,

    /// <summary>A rate per unit of need by gap (benchmarks not achieved, learners below the entitlement).</summary>
    NeedByGap = 6,

    /// <summary>A maximum sum tapered by distance and year-group size, the shape of the NFF's sparsity factor.</summary>
    Taper = 7,
}
