namespace Careers;

/// <summary>
/// The kind of organisation a learner met in an activity. The provider types are the "full range of learning
/// opportunities" of Gatsby Benchmark 7 (docs/articles/domain.md §3) and the providers of the Provider Access Legislation (§6).
/// </summary>
public enum OrganisationType
{
    /// <summary>An employer (any sector, including the public and voluntary sectors).</summary>
    Employer = 0,

    /// <summary>A school sixth form.</summary>
    SchoolSixthForm = 1,

    /// <summary>A sixth-form college.</summary>
    SixthFormCollege = 2,

    /// <summary>A further education college.</summary>
    FurtherEducationCollege = 3,

    /// <summary>A university technical college or studio school.</summary>
    UniversityTechnicalCollege = 4,

    /// <summary>A university or other higher education provider.</summary>
    HigherEducationProvider = 5,

    /// <summary>An independent training provider, typically an apprenticeship provider.</summary>
    IndependentTrainingProvider = 6,

    /// <summary>Any other organisation, such as a careers charity.</summary>
    Other = 7,
}
