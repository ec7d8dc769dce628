using System;
using System.Linq;
using Ardalis.Specification;

namespace Careers.SampleHost.Data;

/// <summary>
/// The SDK's cohort specifications over the host's own <see cref="LearnerRow"/>, so that a cohort is selected in the
/// database by the SDK's rules, not by a second copy of them. The row keeps numbers where the SDK has types, and no
/// previously-looked-after status (a CTF does not carry one, and <see cref="Mapping.ToLearner"/> sets none): that
/// field is a constant here.
/// </summary>
internal static class LearnerCohorts
{
    #region cohorts
    public static LearnerSpecifications<LearnerRow> Rows { get; } =
        new(
            institutionId: r => r.InstitutionId,
            yearGroup: r => r.YearGroup,
            freeSchoolMeals: r => r.FreeSchoolMeals,
            freeSchoolMealsInLastSixYears: r => r.FreeSchoolMealsInLastSixYears,
            lookedAfter: r => r.LookedAfter,
            previouslyLookedAfter: _ => false,
            senProvision: r => (SenProvision)r.SenProvision,
            englishAsAdditionalLanguage: r => r.EnglishAsAdditionalLanguage
        );
    #endregion
}

/// <summary>
/// Applies an Ardalis specification to an EF Core query with the evaluators of Ardalis.Specification itself (its
/// Where clauses, order and paging), which EF Core translates to SQL. Ardalis.Specification.EntityFrameworkCore, whose
/// <c>WithSpecification</c> also does includes and search, is not a dependency of the host.
/// </summary>
internal static class SpecificationQueries
{
    #region with-specification
    public static IQueryable<T> WithSpecification<T>(
        this IQueryable<T> query,
        ISpecification<T> specification
    )
        where T : class
    {
        if (
            specification.SearchCriterias.Any()
            || specification.IncludeExpressions.Any()
            || specification.IncludeStrings.Any()
            || specification.PostProcessingAction is not null
        )
        {
            throw new NotSupportedException(
                "The host applies a specification's Where clauses, order and paging; search, includes and "
                    + "post-processing need Ardalis.Specification.EntityFrameworkCore."
            );
        }

        query = WhereEvaluator.Instance.GetQuery(query, specification);
        query = OrderEvaluator.Instance.GetQuery(query, specification);
        return PaginationEvaluator.Instance.GetQuery(query, specification);
    }
    #endregion
}
