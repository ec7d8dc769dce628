using System;
using System.Linq.Expressions;
using Ardalis.Specification;

namespace Careers;

/// <summary>
/// The cohort specifications over any type that holds learners: the SDK's <see cref="Learner"/>
/// (<see cref="LearnerSpecifications"/>) or a product's own entity, such as an EF Core row with its own column types.
/// Say once where the type keeps each field, as an expression a query provider can translate (a column, a cast of a
/// column to <see cref="SenProvision"/>, or a constant for a field the type does not hold); every specification then
/// applies the SDK's rule to those fields, so a query over the product's table selects the cohort the SDK would select
/// from the same learners. Immutable and safe to share across threads; each method returns a new specification.
/// </summary>
/// <typeparam name="T">The type that holds a learner.</typeparam>
public sealed class LearnerSpecifications<T>
{
    private readonly Expression<Func<T, string?>> institutionId;
    private readonly Expression<Func<T, int>> yearGroup;
    private readonly Expression<Func<T, bool>>[] disadvantage;
    private readonly Expression<Func<T, SenProvision>> senProvision;
    private readonly Expression<Func<T, bool>> englishAsAdditionalLanguage;

    /// <summary>Names the fields the specifications read.</summary>
    /// <param name="institutionId">The institution's id (<see cref="Learner.InstitutionId"/>).</param>
    /// <param name="yearGroup">
    /// The recorded year group's number, 0 for Reception (<see cref="Learner.YearGroup"/>, <see cref="YearGroup.Number"/>).
    /// </param>
    /// <param name="freeSchoolMeals">Eligible for free school meals now (<see cref="LearnerCharacteristics.FreeSchoolMeals"/>).</param>
    /// <param name="freeSchoolMealsInLastSixYears">
    /// Eligible at any point in the last six years (<see cref="LearnerCharacteristics.FreeSchoolMealsInLastSixYears"/>).
    /// </param>
    /// <param name="lookedAfter">Looked after by a local authority (<see cref="LearnerCharacteristics.LookedAfter"/>).</param>
    /// <param name="previouslyLookedAfter">
    /// Previously looked after (<see cref="LearnerCharacteristics.PreviouslyLookedAfter"/>).
    /// </param>
    /// <param name="senProvision">The SEN provision (<see cref="LearnerCharacteristics.SenProvision"/>).</param>
    /// <param name="englishAsAdditionalLanguage">
    /// English as an additional language (<see cref="LearnerCharacteristics.EnglishAsAdditionalLanguage"/>).
    /// </param>
    public LearnerSpecifications(
        Expression<Func<T, string?>> institutionId,
        Expression<Func<T, int>> yearGroup,
        Expression<Func<T, bool>> freeSchoolMeals,
        Expression<Func<T, bool>> freeSchoolMealsInLastSixYears,
        Expression<Func<T, bool>> lookedAfter,
        Expression<Func<T, bool>> previouslyLookedAfter,
        Expression<Func<T, SenProvision>> senProvision,
        Expression<Func<T, bool>> englishAsAdditionalLanguage
    )
    {
        this.institutionId = Guard.NotNull(institutionId, nameof(institutionId));
        this.yearGroup = Guard.NotNull(yearGroup, nameof(yearGroup));
        disadvantage =
        [
            Guard.NotNull(freeSchoolMeals, nameof(freeSchoolMeals)),
            Guard.NotNull(freeSchoolMealsInLastSixYears, nameof(freeSchoolMealsInLastSixYears)),
            Guard.NotNull(lookedAfter, nameof(lookedAfter)),
            Guard.NotNull(previouslyLookedAfter, nameof(previouslyLookedAfter)),
        ];
        this.senProvision = Guard.NotNull(senProvision, nameof(senProvision));
        this.englishAsAdditionalLanguage = Guard.NotNull(
            englishAsAdditionalLanguage,
            nameof(englishAsAdditionalLanguage)
        );
    }

    /// <summary>Learners in a year group, as recorded (in the learner's <see cref="Learner.AcademicYear"/>).</summary>
    /// <param name="yearGroup">The year group.</param>
    /// <returns>A new specification.</returns>
    public Specification<T> InYearGroup(YearGroup yearGroup)
    {
        var number = yearGroup.Number;
        return Where(this.yearGroup, n => n == number);
    }

    /// <summary>
    /// Disadvantaged learners, as DfE defines them (<see cref="LearnerCharacteristics.IsDisadvantaged"/>): eligible for
    /// free school meals now or in the last six years, looked after or previously looked after. The four fields are
    /// spelt out because a query provider cannot translate a computed property.
    /// </summary>
    /// <returns>A new specification.</returns>
    public Specification<T> Disadvantaged()
    {
        var parameter = disadvantage[0].Parameters[0];
        var body = disadvantage[0].Body;
        for (var i = 1; i < disadvantage.Length; i++)
        {
            body = Expression.OrElse(body, ParameterReplacer.Rebind(disadvantage[i], parameter));
        }

        return Of(Expression.Lambda<Func<T, bool>>(body, parameter));
    }

    /// <summary>Learners with a given special educational needs provision.</summary>
    /// <param name="provision">The provision.</param>
    /// <returns>A new specification.</returns>
    public Specification<T> WithSenProvision(SenProvision provision) =>
        Where(senProvision, p => p == provision);

    /// <summary>
    /// Learners with English as an additional language
    /// (<see cref="LearnerCharacteristics.EnglishAsAdditionalLanguage"/>).
    /// </summary>
    /// <returns>A new specification.</returns>
    public Specification<T> WithEnglishAsAdditionalLanguage() => Of(englishAsAdditionalLanguage);

    /// <summary>Learners at an institution.</summary>
    /// <param name="institutionId">The <see cref="Institution.Id"/>.</param>
    /// <returns>A new specification.</returns>
    /// <exception cref="ArgumentException"><paramref name="institutionId"/> is null, empty or blank.</exception>
    public Specification<T> AtInstitution(string institutionId)
    {
        Guard.NotEmpty(institutionId, nameof(institutionId));
        return Where(this.institutionId, id => id == institutionId);
    }

    // The rule over a field, as a condition over the whole candidate. The rule's captured values stay captured, so a
    // query provider sends them as parameters (EF Core: one cached query for every institution id).
    private static Specification<T> Where<TField>(
        Expression<Func<T, TField>> field,
        Expression<Func<TField, bool>> rule
    ) =>
        Of(
            Expression.Lambda<Func<T, bool>>(
                ParameterReplacer.Rebind(rule, field.Body),
                field.Parameters
            )
        );

    private static Specification<T> Of(Expression<Func<T, bool>> condition)
    {
        var specification = new Specification<T>();
        specification.Query.Where(condition);
        return specification;
    }
}
