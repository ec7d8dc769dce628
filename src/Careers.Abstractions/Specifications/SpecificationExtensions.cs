using System.Collections.Generic;
using System.Linq;

namespace Careers;

/// <summary>Applies a <see cref="Specification{T}"/> to queries and sequences.</summary>
public static class SpecificationExtensions
{
    /// <summary>Filters a query by a specification; a query provider such as EF Core translates the condition.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="specification">The condition.</param>
    /// <returns>The elements that satisfy the condition.</returns>
    public static IQueryable<T> Where<T>(
        this IQueryable<T> source,
        Specification<T> specification
    ) =>
        Queryable.Where(
            Guard.NotNull(source, nameof(source)),
            Guard.NotNull(specification, nameof(specification)).Criteria
        );

    /// <summary>Filters a sequence in memory by a specification.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="specification">The condition.</param>
    /// <returns>The elements that satisfy the condition, lazily.</returns>
    public static IEnumerable<T> Where<T>(
        this IEnumerable<T> source,
        Specification<T> specification
    )
    {
        Guard.NotNull(source, nameof(source));
        Guard.NotNull(specification, nameof(specification));
        return source.Where(specification.IsSatisfiedBy);
    }
}
