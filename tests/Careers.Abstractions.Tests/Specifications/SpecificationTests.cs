using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Careers.Tests.Specifications;

public class SpecificationTests
{
    private static readonly Specification<int> Even = new(x => x % 2 == 0);
    private static readonly Specification<int> Positive = new(x => x > 0);

    [Property]
    public Property And_Or_Not_FollowBooleanLogic() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<int>(),
            x =>
                (Even & Positive).IsSatisfiedBy(x) == (x % 2 == 0 && x > 0)
                && (Even | Positive).IsSatisfiedBy(x) == (x % 2 == 0 || x > 0)
                && (!Even).IsSatisfiedBy(x) == (x % 2 != 0)
                && Even.And(Specification<int>.All).IsSatisfiedBy(x) == Even.IsSatisfiedBy(x)
        );

    [Property]
    public Property Queryable_AndEnumerable_SelectTheSameElements() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<int[]>(),
            xs =>
            {
                var spec = Even.And(Positive.Not()).Or(new Specification<int>(x => x == 7));
                return xs.AsQueryable().Where(spec).SequenceEqual(xs.Where(spec))
                    && xs.Where(spec)
                        .SequenceEqual(xs.Where(x => (x % 2 == 0 && x <= 0) || x == 7));
            }
        );

    [Fact]
    public void CombinedCriteria_ShareOneParameter_SoProvidersCanTranslateThem()
    {
        var combined = (Even & Positive).Criteria;

        Assert.Single(combined.Parameters);
        Assert.DoesNotContain("x =>", combined.Body.ToString(), System.StringComparison.Ordinal);
        Assert.Equal(combined.ToString(), (Even & Positive).ToString());
    }
}
