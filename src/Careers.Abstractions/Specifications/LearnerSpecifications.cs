namespace Careers;

/// <summary>Ready-made cohort specifications over <see cref="Learner"/>, translatable by EF Core.</summary>
public static class LearnerSpecifications
{
    /// <summary>Learners in a year group (as recorded, in the learner's <see cref="Learner.AcademicYear"/>).</summary>
    /// <param name="yearGroup">The year group.</param>
    /// <returns>The specification.</returns>
    public static Specification<Learner> InYearGroup(YearGroup yearGroup) =>
        new(l => l.YearGroup == yearGroup);

    /// <summary>Disadvantaged learners, as DfE defines them (<see cref="LearnerCharacteristics.IsDisadvantaged"/>).</summary>
    /// <returns>The specification.</returns>
    public static Specification<Learner> Disadvantaged() =>
        new(l =>
            l.Characteristics.FreeSchoolMeals
            || l.Characteristics.FreeSchoolMealsInLastSixYears
            || l.Characteristics.LookedAfter
            || l.Characteristics.PreviouslyLookedAfter
        );

    /// <summary>Learners with a given special educational needs provision.</summary>
    /// <param name="provision">The provision.</param>
    /// <returns>The specification.</returns>
    public static Specification<Learner> WithSenProvision(SenProvision provision) =>
        new(l => l.Characteristics.SenProvision == provision);

    /// <summary>Learners at an institution.</summary>
    /// <param name="institutionId">The <see cref="Institution.Id"/>.</param>
    /// <returns>The specification.</returns>
    public static Specification<Learner> AtInstitution(string institutionId)
    {
        Guard.NotEmpty(institutionId, nameof(institutionId));
        return new(l => l.InstitutionId == institutionId);
    }
}
