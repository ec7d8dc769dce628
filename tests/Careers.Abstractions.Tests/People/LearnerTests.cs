using System;
using NodaTime;

namespace Careers.Tests.People;

public class LearnerTests
{
    private static Learner Year9In202425() =>
        new("L1", new LocalDate(2010, 11, 5), YearGroup.Year9, new AcademicYear(2024));

    [Fact]
    public void YearGroupIn_MovesUpOneYearGroupAYear()
    {
        var learner = Year9In202425();

        Assert.Equal(YearGroup.Year11, learner.YearGroupIn(new AcademicYear(2026)));
        Assert.Equal(YearGroup.Year7, learner.YearGroupIn(new AcademicYear(2022)));
        Assert.Null(learner.YearGroupIn(new AcademicYear(2031)));
        Assert.Null(learner.YearGroupIn(new AcademicYear(2014)));
    }

    [Fact]
    public void EndOf_Year11_IsThirtyFirstAugustOfThatYear()
    {
        var learner = Year9In202425();

        Assert.Equal(new AcademicYear(2026), learner.AcademicYearIn(YearGroup.Year11));
        Assert.Equal(new LocalDate(2027, 8, 31), learner.EndOf(YearGroup.Year11));
        Assert.Equal(
            new LocalDate(2029, 8, 31),
            learner.EndOf(AgeMilestones.Default.YearGroupEndingAtAge(18))
        );
    }

    [Fact]
    public void YearGroup_IsAsRecorded_NotDerivedFromDateOfBirth()
    {
        // Taught a year below their chronological year group.
        var learner = new Learner(
            "L2",
            new LocalDate(2010, 1, 1),
            YearGroup.Year9,
            new AcademicYear(2024)
        );

        Assert.Equal(
            YearGroup.Year10,
            SchoolCalendar.ExpectedYearGroup(learner.DateOfBirth, learner.AcademicYear)
        );
        Assert.Equal(YearGroup.Year9, learner.YearGroup);
    }

    [Fact]
    public void Constructor_AndInitialisers_RejectBlankIds()
    {
        Assert.Throws<ArgumentException>(() =>
            new Learner(" ", new LocalDate(2010, 1, 1), YearGroup.Year8, new AcademicYear(2024))
        );
        Assert.Throws<ArgumentNullException>(() =>
            new Learner(null!, new LocalDate(2010, 1, 1), YearGroup.Year8, new AcademicYear(2024))
        );
        Assert.Throws<ArgumentException>(() => Year9In202425() with { InstitutionId = "" });
        Assert.Throws<ArgumentNullException>(() =>
            Year9In202425() with
            {
                Characteristics = null!,
            }
        );
    }

    [Fact]
    public void Defaults_AreNoCharacteristicsNoInstitutionNoUpn()
    {
        var learner = Year9In202425();

        Assert.Same(LearnerCharacteristics.None, learner.Characteristics);
        Assert.Null(learner.InstitutionId);
        Assert.Null(learner.Upn);
        Assert.Equal(Year9In202425(), learner);
    }
}
