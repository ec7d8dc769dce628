namespace Careers.Gatsby;

/// <summary>
/// The kinds of provider that make up "the full range of learning opportunities" of Benchmark 7. Source: Gatsby
/// Foundation, <i>Good Career Guidance</i> (2014) B7: "sixth forms, colleges, universities and apprenticeship
/// providers"; the 2024 edition adds independent training providers and "higher education providers" (docs/articles/domain.md §3).
/// </summary>
public enum ProviderGroup
{
    /// <summary>A school sixth form or sixth-form college.</summary>
    SixthForm = 0,

    /// <summary>A further education college.</summary>
    FurtherEducationCollege = 1,

    /// <summary>A university or other higher education provider.</summary>
    HigherEducation = 2,

    /// <summary>An apprenticeship provider or independent training provider.</summary>
    ApprenticeshipProvider = 3,
}
