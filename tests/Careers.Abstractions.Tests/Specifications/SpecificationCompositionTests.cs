using System;
using System.Linq;
using System.Linq.Expressions;
using Ardalis.Specification;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Careers.Tests.Specifications;

public class SpecificationCompositionTests
{
    private static Specification<int> Even => Where(x => x % 2 == 0);

    private static Specification<int> Positive => Where(x => x > 0);

    [Property]
    public Property And_Or_Not_FollowBooleanLogic() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<int>(),
            x =>
                Even.And(Positive).IsSatisfiedBy(x) == (x % 2 == 0 && x > 0)
                && Even.Or(Positive).IsSatisfiedBy(x) == (x % 2 == 0 || x > 0)
                && Even.Not().IsSatisfiedBy(x) == (x % 2 != 0)
                && Even.And(new Specification<int>()).IsSatisfiedBy(x) == Even.IsSatisfiedBy(x)
                && Even.Or(new Specification<int>()).IsSatisfiedBy(x)
                && !new Specification<int>().Not().IsSatisfiedBy(x)
        );

    [Property]
    public Property Queryable_AndEnumerable_SelectTheSameElements() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<int[]>(),
            xs =>
            {
                var spec = Even.And(Positive.Not()).Or(Where(x => x == 7));
                var queried = spec.WhereExpressions.Aggregate(
                    xs.AsQueryable(),
                    (query, where) => query.Where(where.Filter)
                );
                return queried.SequenceEqual(spec.Evaluate(xs))
                    && spec.Evaluate(xs)
                        .SequenceEqual(xs.Where(x => (x % 2 == 0 && x <= 0) || x == 7));
            }
        );

    [Fact]
    public void And_KeepsEachWhereClause_AsSeveralQueryWhereCallsWould()
    {
        var both = Even.And(Positive);

        Assert.Equal(2, both.WhereExpressions.Count());
    }

    [Fact]
    public void OrAndNot_GiveOneClauseOverOneParameter_SoProvidersCanTranslateIt()
    {
        foreach (
            var spec in new[]
            {
                Even.And(Positive).Or(Where(y => y == 7)),
                Even.And(Positive).Not(),
            }
        )
        {
            var filter = Assert.Single(spec.WhereExpressions).Filter;

            Assert.Single(filter.Parameters);
            Assert.DoesNotContain("y", filter.Body.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Composition_KeepsNestedLambdaParametersApart()
    {
        var anyPositive = new Specification<int[]>();
        anyPositive.Query.Where(xs => xs.Any(x => x > 0));
        var nonEmpty = new Specification<int[]>();
        nonEmpty.Query.Where(ys => ys.Length > 0);

        Assert.True(anyPositive.And(nonEmpty).IsSatisfiedBy([-1, 2]));
        Assert.False(anyPositive.And(nonEmpty).IsSatisfiedBy([-1]));
        Assert.False(nonEmpty.And(anyPositive).IsSatisfiedBy([]));
        Assert.True(nonEmpty.Not().Or(anyPositive).IsSatisfiedBy([]));
        Assert.False(anyPositive.Or(nonEmpty.Not()).IsSatisfiedBy([-1]));
    }

    [Fact]
    public void Composition_LeavesItsPartsAsTheyWere()
    {
        var even = Even;

        _ = even.And(Positive);
        _ = even.Or(Positive);
        _ = even.Not();

        Assert.Single(even.WhereExpressions);
    }

    [Fact]
    public void MoreThanACondition_IsRefused_NamingTheArgument()
    {
        var ordered = Where(x => x > 0);
        ordered.Query.OrderBy(x => x);
        var paged = Where(x => x > 0);
        paged.Query.Take(3);
        var skipped = Where(x => x > 0);
        skipped.Query.Skip(1);
        var searched = new Specification<string>();
        searched.Query.Search(s => s, "%a%");
        var processed = new Specification<int>();
        processed.Query.PostProcessingAction(xs => xs);

        Assert.Equal("left", Assert.Throws<ArgumentException>(() => ordered.And(Even)).ParamName);
        Assert.Equal("right", Assert.Throws<ArgumentException>(() => Even.Or(paged)).ParamName);
        Assert.Equal(
            "specification",
            Assert.Throws<ArgumentException>(() => skipped.Not()).ParamName
        );
        Assert.Throws<ArgumentException>(() => searched.Not());
        Assert.Throws<ArgumentException>(() => processed.Not());
    }

    [Fact]
    public void NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ((ISpecification<int>)null!).And(Even));
        Assert.Throws<ArgumentNullException>(() => Even.And(null!));
        Assert.Throws<ArgumentNullException>(() => ((ISpecification<int>)null!).Or(Even));
        Assert.Throws<ArgumentNullException>(() => Even.Or(null!));
        Assert.Throws<ArgumentNullException>(() => ((ISpecification<int>)null!).Not());
    }

    private static Specification<int> Where(Expression<Func<int, bool>> condition)
    {
        var spec = new Specification<int>();
        spec.Query.Where(condition);
        return spec;
    }
}
