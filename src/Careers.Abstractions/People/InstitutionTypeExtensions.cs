namespace Careers;

/// <summary>Classifications of <see cref="InstitutionType"/>.</summary>
public static class InstitutionTypeExtensions
{
    /// <summary>
    /// Whether the colleges edition of the Gatsby Benchmarks applies: sixth-form and FE colleges and independent
    /// training providers. Source: Gatsby Foundation, <i>Good Career Guidance: Benchmarks for Young People in Colleges</i>
    /// (2018) and <i>Good Career Guidance: The Next 10 Years</i> (2024) (docs/articles/domain.md §3).
    /// </summary>
    /// <param name="type">The institution type.</param>
    /// <returns><see langword="true"/> for colleges and training providers.</returns>
    public static bool UsesCollegeBenchmarks(this InstitutionType type) =>
        type
            is InstitutionType.SixthFormCollege
                or InstitutionType.FurtherEducationCollege
                or InstitutionType.IndependentTrainingProvider;
}
