using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Careers.Tests.Validation;

/// <summary>Programming errors (nulls where a value is required) fail at once with ArgumentNullException.</summary>
public class ArgumentCheckTests
{
    [Fact]
    public void NullArguments_Throw()
    {
        var spec = new Specification<int>(x => x > 0);

        Assert.Throws<ArgumentNullException>(() => new Participation("a", "l").EvidenceIn(null!));
        Assert.Throws<ArgumentNullException>(() =>
            ((IServiceCollection)null!).AddCareersAbstractions()
        );
        Assert.Throws<ArgumentNullException>(() => new Specification<int>(null!));
        Assert.Throws<ArgumentNullException>(() => !(Specification<int>)null!);
        Assert.Throws<ArgumentNullException>(() => (Specification<int>)null! & spec);
        Assert.Throws<ArgumentNullException>(() => (Specification<int>)null! | spec);
        Assert.Throws<ArgumentNullException>(() => spec.And(null!));
        Assert.Throws<ArgumentNullException>(() => ((int[])null!).Where(spec));
        Assert.Throws<ArgumentNullException>(() => new[] { 1 }.Where((Specification<int>)null!));
        Assert.Throws<ArgumentNullException>(() => ((IQueryable<int>)null!).Where(spec));
        Assert.Throws<ArgumentNullException>(() =>
            new ActivityOrganisation(null!, "n", OrganisationType.Employer)
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ActivityOrganisation("i", "n", (OrganisationType)42)
        );
        Assert.Throws<ArgumentException>(() =>
            new Learner(
                "l",
                new LocalDate(2010, 1, 1),
                YearGroup.Year9,
                new AcademicYear(2024)
            ) with
            {
                InstitutionId = " ",
            }
        );
    }

    [Fact]
    public void ValidationError_EqualsNull_IsFalse()
    {
        var error = new ValidationError("c", "", "m");

        Assert.False(error.Equals(null));
        Assert.False(error.Equals((object)"c"));
        Assert.True(error.Equals((object)new ValidationError("c", "", "m")));
        Assert.NotEqual(error, new ValidationError("d", "", "m"));
        Assert.NotEqual(error, new ValidationError("c", "/x", "m"));
        Assert.NotEqual(error, new ValidationError("c", "", "n"));
    }

    [Fact]
    public void Specification_CombiningKeepsNestedLambdaParametersApart()
    {
        var anyPositive = new Specification<int[]>(xs => xs.Any(x => x > 0));
        var nonEmpty = new Specification<int[]>(ys => ys.Length > 0);

        var both = anyPositive & nonEmpty;

        Assert.True(both.IsSatisfiedBy([-1, 2]));
        Assert.False(both.IsSatisfiedBy([-1]));
        Assert.False((nonEmpty & anyPositive).IsSatisfiedBy([]));
    }
}
