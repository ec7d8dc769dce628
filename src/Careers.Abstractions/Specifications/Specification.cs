using System;
using System.Linq.Expressions;

namespace Careers;

/// <summary>
/// A named condition on <typeparamref name="T"/> held as an expression, so that the same rule selects a cohort in
/// memory (<see cref="IsSatisfiedBy"/>) and in a database (<c>IQueryable&lt;T&gt;.Where(specification)</c>, which
/// EF Core translates to SQL). Compose with <see cref="And"/>, <see cref="Or"/> and <see cref="Not"/> or the
/// <c>&amp;</c>, <c>|</c> and <c>!</c> operators. Immutable and safe to share across threads.
/// </summary>
/// <typeparam name="T">The type of candidate the condition applies to.</typeparam>
public class Specification<T>
{
    private Func<T, bool>? compiled;

    /// <summary>Creates a specification from a condition.</summary>
    /// <param name="criteria">The condition a candidate must satisfy.</param>
    public Specification(Expression<Func<T, bool>> criteria) =>
        Criteria = Guard.NotNull(criteria, nameof(criteria));

    /// <summary>The condition, as an expression a query provider can translate.</summary>
    public Expression<Func<T, bool>> Criteria { get; }

    /// <summary>A specification every candidate satisfies; the identity of <see cref="And"/>.</summary>
    public static Specification<T> All { get; } = new(_ => true);

    /// <summary>Whether a candidate satisfies the condition (the expression is compiled once, on first use).</summary>
    /// <param name="candidate">The candidate to test.</param>
    /// <returns><see langword="true"/> when the candidate satisfies the condition.</returns>
    public bool IsSatisfiedBy(T candidate) => (compiled ??= Criteria.Compile())(candidate);

    /// <summary>A specification satisfied when both this and <paramref name="other"/> are.</summary>
    /// <param name="other">The other condition.</param>
    /// <returns>The conjunction.</returns>
    public Specification<T> And(Specification<T> other) => Combine(other, Expression.AndAlso);

    /// <summary>A specification satisfied when this or <paramref name="other"/> is.</summary>
    /// <param name="other">The other condition.</param>
    /// <returns>The disjunction.</returns>
    public Specification<T> Or(Specification<T> other) => Combine(other, Expression.OrElse);

    /// <summary>A specification satisfied when this one is not.</summary>
    /// <returns>The negation.</returns>
    public Specification<T> Not() =>
        new(Expression.Lambda<Func<T, bool>>(Expression.Not(Criteria.Body), Criteria.Parameters));

    /// <summary>The conjunction of two specifications.</summary>
    /// <param name="left">The first condition.</param>
    /// <param name="right">The second condition.</param>
    /// <returns><paramref name="left"/>.<see cref="And"/>(<paramref name="right"/>).</returns>
    public static Specification<T> operator &(Specification<T> left, Specification<T> right) =>
        Guard.NotNull(left, nameof(left)).And(right);

    /// <summary>The disjunction of two specifications.</summary>
    /// <param name="left">The first condition.</param>
    /// <param name="right">The second condition.</param>
    /// <returns><paramref name="left"/>.<see cref="Or"/>(<paramref name="right"/>).</returns>
    public static Specification<T> operator |(Specification<T> left, Specification<T> right) =>
        Guard.NotNull(left, nameof(left)).Or(right);

    /// <summary>The negation of a specification.</summary>
    /// <param name="specification">The condition.</param>
    /// <returns><paramref name="specification"/>.<see cref="Not"/>().</returns>
    public static Specification<T> operator !(Specification<T> specification) =>
        Guard.NotNull(specification, nameof(specification)).Not();

    /// <summary>Names the condition by its expression.</summary>
    /// <returns>The expression as text.</returns>
    public override string ToString() => Criteria.ToString();

    private Specification<T> Combine(
        Specification<T> other,
        Func<Expression, Expression, BinaryExpression> combine
    )
    {
        Guard.NotNull(other, nameof(other));

        // Both lambdas must share one parameter for a query provider to translate the combined body.
        var parameter = Criteria.Parameters[0];
        var otherBody = new ParameterReplacer(other.Criteria.Parameters[0], parameter).Visit(
            other.Criteria.Body
        )!;
        return new Specification<T>(
            Expression.Lambda<Func<T, bool>>(combine(Criteria.Body, otherBody), parameter)
        );
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to)
        : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == from ? to : node;
    }
}
