namespace Careers;

/// <summary>
/// A pupil's special educational needs provision, as the school census records it. Source: DfE, "Special
/// educational needs in England" statistics (docs/articles/domain.md §8): "No SEN", "SEN support", "EHC plan".
/// </summary>
public enum SenProvision
{
    /// <summary>No special educational needs provision recorded.</summary>
    None = 0,

    /// <summary>SEN support: provision without an education, health and care plan.</summary>
    SenSupport = 1,

    /// <summary>An education, health and care (EHC) plan.</summary>
    EhcPlan = 2,
}
