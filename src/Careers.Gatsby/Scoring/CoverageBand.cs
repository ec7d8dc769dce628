namespace Careers.Gatsby;

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
