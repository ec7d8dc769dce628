using Ardalis.Specification;

namespace Careers;

/// <summary>
/// Ready-made cohort specifications over <see cref="Learner"/>: Ardalis specifications, evaluated in memory
/// (<c>IsSatisfiedBy</c>, <c>Evaluate</c>) or over an <c>IQueryable</c>, which EF Core translates to SQL. Each method
/// returns a new specification; compose them with <see cref="SpecificationComposition"/>. A product with its own learner
/// entity gets the same rules from <see cref="LearnerSpecifications{T}"/>.
/// </summary>
public static class LearnerSpecifications
{
    private static readonly LearnerSpecifications<Learner> Learners = new(
        institutionId: l => l.InstitutionId,
        yearGroup: l => l.YearGroup.Number,
        freeSchoolMeals: l => l.Characteristics.FreeSchoolMeals,
        freeSchoolMealsInLastSixYears: l => l.Characteristics.FreeSchoolMealsInLastSixYears,
        lookedAfter: l => l.Characteristics.LookedAfter,
        previouslyLookedAfter: l => l.Characteristics.PreviouslyLookedAfter,
        senProvision: l => l.Characteristics.SenProvision,
        englishAsAdditionalLanguage: l => l.Characteristics.EnglishAsAdditionalLanguage
    );

    /// <inheritdoc cref="LearnerSpecifications{T}.InYearGroup"/>
    public static Specification<Learner> InYearGroup(YearGroup yearGroup) =>
        Learners.InYearGroup(yearGroup);

    /// <inheritdoc cref="LearnerSpecifications{T}.Disadvantaged"/>
    public static Specification<Learner> Disadvantaged() => Learners.Disadvantaged();

    /// <inheritdoc cref="LearnerSpecifications{T}.WithSenProvision"/>
    public static Specification<Learner> WithSenProvision(SenProvision provision) =>
        Learners.WithSenProvision(provision);

    /// <inheritdoc cref="LearnerSpecifications{T}.WithEnglishAsAdditionalLanguage"/>
    public static Specification<Learner> WithEnglishAsAdditionalLanguage() =>
        Learners.WithEnglishAsAdditionalLanguage();

    /// <inheritdoc cref="LearnerSpecifications{T}.AtInstitution"/>
    public static Specification<Learner> AtInstitution(string institutionId) =>
        Learners.AtInstitution(institutionId);
}
