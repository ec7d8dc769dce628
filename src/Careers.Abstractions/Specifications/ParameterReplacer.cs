using System.Linq.Expressions;

namespace Careers;

/// <summary>
/// Puts an expression where a lambda's parameter was, so that conditions written over different parameters (or over
/// a field rather than the whole candidate) become one body over one parameter, as a query provider needs.
/// </summary>
internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    /// <summary>The body of <paramref name="lambda"/> with its only parameter replaced by <paramref name="with"/>.</summary>
    public static Expression Rebind(LambdaExpression lambda, Expression with) =>
        new ParameterReplacer(lambda.Parameters[0], with).Visit(lambda.Body)!;

    protected override Expression VisitParameter(ParameterExpression node) =>
        node == from ? to : node;
}
