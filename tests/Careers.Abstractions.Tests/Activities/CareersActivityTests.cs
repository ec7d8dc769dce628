using System;
using System.Linq;
using NodaTime;

namespace Careers.Tests.Activities;

public class CareersActivityTests
{
    private static readonly ActivityOrganisation Employer = new(
        "emp-1",
        "Rolls-Royce",
        OrganisationType.Employer
    )
    {
        SizeBand = EmployerSizeBand.Large,
    };

    [Fact]
    public void Activity_KnowsItsAcademicYear()
    {
        Assert.Equal(
            new AcademicYear(2024),
            new CareersActivity(
                "a",
                ActivityKind.EmployerTalk,
                new LocalDate(2025, 8, 31)
            ).AcademicYear
        );
        Assert.Equal(
            new AcademicYear(2025),
            new CareersActivity(
                "a",
                ActivityKind.EmployerTalk,
                new LocalDate(2025, 9, 1)
            ).AcademicYear
        );
    }

    [Fact]
    public void Organisations_AreCopied_SoLaterChangesDoNotLeakIn()
    {
        var list = new[] { Employer };
        var activity = new CareersActivity(
            "a",
            ActivityKind.CareersFair,
            new LocalDate(2024, 10, 1)
        )
        {
            Organisations = list,
        };

        list[0] = new ActivityOrganisation("emp-2", "Other", OrganisationType.Employer);

        Assert.Equal("emp-1", activity.Organisations.Single().Id);
    }

    [Fact]
    public void Equality_ComparesOrganisationsByValue()
    {
        CareersActivity Make() =>
            new("a", ActivityKind.CareersFair, new LocalDate(2024, 10, 1))
            {
                Organisations =
                [
                    new ActivityOrganisation("emp-1", "Rolls-Royce", OrganisationType.Employer),
                ],
                Evidence = MeaningfulEvidence.ClearPurpose,
            };

        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
        Assert.NotEqual(Make(), Make() with { Evidence = MeaningfulEvidence.None });
        Assert.NotEqual(Make(), Make() with { Organisations = [] });
    }

    [Fact]
    public void Initialisers_RejectBadValues()
    {
        var activity = new CareersActivity(
            "a",
            ActivityKind.GuidanceMeeting,
            new LocalDate(2024, 10, 1)
        );

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            activity with
            {
                AdviserQualificationLevel = 9,
            }
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            activity with
            {
                AdviserQualificationLevel = 0,
            }
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            activity with
            {
                Duration = Duration.Zero,
            }
        );
        Assert.Throws<ArgumentNullException>(() => activity with { Organisations = null! });
        Assert.Throws<ArgumentNullException>(() => activity with { Organisations = [null!] });
        Assert.Throws<ArgumentException>(() => activity with { CurriculumArea = " " });
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new CareersActivity("a", (ActivityKind)99, new LocalDate(2024, 10, 1))
        );
        Assert.Throws<ArgumentException>(() =>
            new CareersActivity("", ActivityKind.EmployerTalk, new LocalDate(2024, 10, 1))
        );
        Assert.Equal(
            6,
            (activity with { AdviserQualificationLevel = 6 }).AdviserQualificationLevel
        );
        Assert.Equal(
            Duration.FromHours(1),
            (activity with { Duration = Duration.FromHours(1) }).Duration
        );
    }

    [Theory]
    [InlineData(EmployerSizeBand.Micro, true)]
    [InlineData(EmployerSizeBand.Small, true)]
    [InlineData(EmployerSizeBand.Medium, true)]
    [InlineData(EmployerSizeBand.Large, false)]
    [InlineData(EmployerSizeBand.NotRecorded, false)]
    public void SmallOrMediumEnterprise_IsFewerThan250Employees(
        EmployerSizeBand band,
        bool expected
    )
    {
        Assert.Equal(expected, (Employer with { SizeBand = band }).IsSmallOrMediumEnterprise);
    }
}
