using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using Ardalis.Specification;

namespace Careers;

/// <summary>
/// <see cref="And"/>, <see cref="Or"/> and <see cref="Not"/> for Ardalis specifications that are conditions only.
/// A specification's condition is the conjunction of its <c>Query.Where</c> clauses (none: every candidate); the
/// composed specification is a new one, as translatable by a query provider as its parts. A specification that also
/// orders, pages, searches, includes or post-processes is refused: compose the conditions, then add those to the result.
/// </summary>
public static class SpecificationComposition
{
    /// <summary>
    /// A specification satisfied when both are: the Where clauses of <paramref name="left"/> then those of
    /// <paramref name="right"/>, as writing them all in one <c>Query</c> would.
    /// </summary>
    /// <typeparam name="T">The type of candidate.</typeparam>
    /// <param name="left">The first condition.</param>
    /// <param name="right">The second condition.</param>
    /// <returns>The conjunction, a new specification.</returns>
    /// <exception cref="ArgumentException">Either specification is more than a condition.</exception>
    public static Specification<T> And<T>(this ISpecification<T> left, ISpecification<T> right)
    {
        var filters = ConditionsOf(left, nameof(left))
            .Concat(ConditionsOf(right, nameof(right)))
            .ToList();
        var result = new Specification<T>();
        foreach (var filter in filters)
        {
            result.Query.Where(filter);
        }

        return result;
    }

    /// <summary>A specification satisfied when <paramref name="left"/> or <paramref name="right"/> is.</summary>
    /// <typeparam name="T">The type of candidate.</typeparam>
    /// <param name="left">The first condition.</param>
    /// <param name="right">The second condition.</param>
    /// <returns>The disjunction, a new specification with one Where clause.</returns>
    /// <exception cref="ArgumentException">Either specification is more than a condition.</exception>
    public static Specification<T> Or<T>(this ISpecification<T> left, ISpecification<T> right)
    {
        var first = Conjunction(ConditionsOf(left, nameof(left)));
        var second = Conjunction(ConditionsOf(right, nameof(right)));
        var parameter = first.Parameters[0];
        return Single(
            Expression.Lambda<Func<T, bool>>(
                Expression.OrElse(first.Body, ParameterReplacer.Rebind(second, parameter)),
                parameter
            )
        );
    }

    /// <summary>A specification satisfied when <paramref name="specification"/> is not.</summary>
    /// <typeparam name="T">The type of candidate.</typeparam>
    /// <param name="specification">The condition.</param>
    /// <returns>The negation, a new specification with one Where clause.</returns>
    /// <exception cref="ArgumentException">The specification is more than a condition.</exception>
    public static Specification<T> Not<T>(this ISpecification<T> specification)
    {
        var condition = Conjunction(ConditionsOf(specification, nameof(specification)));
        return Single(
            Expression.Lambda<Func<T, bool>>(Expression.Not(condition.Body), condition.Parameters)
        );
    }

    private static List<Expression<Func<T, bool>>> ConditionsOf<T>(
        ISpecification<T> specification,
        string parameterName
    )
    {
        Guard.NotNull(specification, parameterName);
        if (
            specification.OrderExpressions.Any()
            || specification.SearchCriterias.Any()
            || specification.IncludeExpressions.Any()
            || specification.IncludeStrings.Any()
            || specification.Skip >= 0
            || specification.Take >= 0
            || specification.PostProcessingAction is not null
        )
        {
            throw new ArgumentException(
                "Only conditions compose: this specification also orders, pages, searches, includes or "
                    + "post-processes. Compose the conditions, then add those to the result.",
                parameterName
            );
        }

        return specification.WhereExpressions.Select(w => w.Filter).ToList();
    }

    // The Where clauses as one condition over one parameter; no clause is true.
    private static Expression<Func<T, bool>> Conjunction<T>(List<Expression<Func<T, bool>>> filters)
    {
        if (filters.Count == 0)
        {
            return _ => true;
        }

        var parameter = filters[0].Parameters[0];
        var body = filters[0].Body;
        foreach (var filter in filters.Skip(1))
        {
            body = Expression.AndAlso(body, ParameterReplacer.Rebind(filter, parameter));
        }

        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }

    private static Specification<T> Single<T>(Expression<Func<T, bool>> condition)
    {
        var result = new Specification<T>();
        result.Query.Where(condition);
        return result;
    }
}
