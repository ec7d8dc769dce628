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
        Assert.Throws<ArgumentNullException>(() => new Participation("a", "l").EvidenceIn(null!));
        Assert.Throws<ArgumentNullException>(() =>
            ((IServiceCollection)null!).AddCareersAbstractions()
        );
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
}
