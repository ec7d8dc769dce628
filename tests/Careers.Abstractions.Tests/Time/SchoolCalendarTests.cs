using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Careers.Tests.Time;

public class SchoolCalendarTests
{
    private static readonly AcademicYear Year202425 = new(2024);

    [Fact]
    public void BornThirtyFirstAugust_IsInTheOlderYearGroup()
    {
        var dob = new LocalDate(2013, 8, 31);

        Assert.Equal(11, SchoolCalendar.AcademicAge(dob, Year202425));
        Assert.Equal(YearGroup.Year7, SchoolCalendar.ExpectedYearGroup(dob, Year202425));
    }

    [Fact]
    public void BornFirstSeptember_IsInTheYoungerYearGroup()
    {
        var dob = new LocalDate(2013, 9, 1);

        Assert.Equal(10, SchoolCalendar.AcademicAge(dob, Year202425));
        Assert.Equal(YearGroup.Year6, SchoolCalendar.ExpectedYearGroup(dob, Year202425));
    }

    [Theory]
    [InlineData(2023, 11, 7)] // age on 31 Aug 2023 is 11: Year 7 in 2023/24
    [InlineData(2024, 12, 8)]
    [InlineData(2027, 15, 11)]
    public void BornTwentyNinthFebruary_AgesOnThirtyFirstAugustEveryYear(
        int startYear,
        int age,
        int yearGroup
    )
    {
        var dob = new LocalDate(2012, 2, 29);
        var year = new AcademicYear(startYear);

        Assert.Equal(age, SchoolCalendar.AcademicAge(dob, year));
        Assert.Equal(YearGroup.FromNumber(yearGroup), SchoolCalendar.ExpectedYearGroup(dob, year));
        Assert.Equal(
            year,
            SchoolCalendar.AcademicYearInYearGroup(dob, YearGroup.FromNumber(yearGroup))
        );
    }

    [Fact]
    public void AcademicAge_BornAfterReferenceDate_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SchoolCalendar.AcademicAge(new LocalDate(2024, 9, 1), Year202425)
        );
        Assert.Null(SchoolCalendar.ExpectedYearGroup(new LocalDate(2024, 9, 1), Year202425));
    }

    [Fact]
    public void ExpectedYearGroup_OutsideSchoolAges_IsNull()
    {
        Assert.Null(SchoolCalendar.ExpectedYearGroup(new LocalDate(2021, 1, 1), Year202425)); // academic age 3
        Assert.Null(SchoolCalendar.ExpectedYearGroup(new LocalDate(2006, 1, 1), Year202425)); // academic age 18
        Assert.Equal(
            YearGroup.Reception,
            SchoolCalendar.ExpectedYearGroup(new LocalDate(2020, 8, 31), Year202425)
        );
        Assert.Equal(
            YearGroup.Year13,
            SchoolCalendar.ExpectedYearGroup(new LocalDate(2006, 9, 1), Year202425)
        );
    }

    [Property]
    public Property AcademicYearInYearGroup_IsTheInverseOfExpectedYearGroup() =>
        Prop.ForAll(
            Generators.Date.ToArbitrary(),
            Generators.YearGroup.ToArbitrary(),
            (dob, yearGroup) =>
                SchoolCalendar.ExpectedYearGroup(
                    dob,
                    SchoolCalendar.AcademicYearInYearGroup(dob, yearGroup)
                ) == yearGroup
        );

    [Property]
    public Property AcademicAge_GrowsByOneEachYear() =>
        Prop.ForAll(
            Generators.Date.ToArbitrary(),
            dob =>
            {
                var first = AcademicYear.ForDate(dob).PlusYears(1);
                return SchoolCalendar.AcademicAge(dob, first.PlusYears(1))
                    == SchoolCalendar.AcademicAge(dob, first) + 1;
            }
        );
}
