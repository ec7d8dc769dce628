namespace Careers.Funding;

/// <summary>A protection or cap of a <see cref="FundingFormula"/>.</summary>
public enum ProtectionKind
{
    /// <summary>The minimum per pupil raised the institution.</summary>
    MinimumPerPupil = 0,

    /// <summary>The floor per institution raised it.</summary>
    Floor = 1,

    /// <summary>The minimum funding guarantee against its baseline raised it.</summary>
    MinimumFundingGuarantee = 2,

    /// <summary>The cap per pupil lowered it.</summary>
    CapPerPupil = 3,

    /// <summary>The cap per institution lowered it.</summary>
    CapPerInstitution = 4,

    /// <summary>The cap on gains against its baseline lowered it.</summary>
    CapOnGains = 5,
}
