using System;
using NodaTime;

namespace Careers.Interchange.Tests;

public class CtfMappingOptionsTests
{
    private static CtfHeader HeaderAt(LocalDateTime created, AcademicYear? sourceYear) =>
        new(
            CtfVersion.Ctf21,
            created,
            new CtfSchool(LaEstab.Parse("8312001")) { AcademicYear = sourceYear }
        );

    [Fact]
    public void ForHeader_TakesTheSourceSchoolsAcademicYear_EvenWhenTheDateIsInAnother()
    {
        var options = CtfMappingOptions.ForHeader(
            HeaderAt(new LocalDateTime(2021, 10, 4, 9, 0), new AcademicYear(2020))
        );

        Assert.Equal(new AcademicYear(2020), options.AcademicYear);
        Assert.Equal(new LocalDate(2021, 10, 4), options.AsAt);
    }

    [Fact]
    public void ForHeader_WithoutTheSourceSchoolsAcademicYear_TakesTheHeaderDatesAcademicYear()
    {
        var options = CtfMappingOptions.ForHeader(
            HeaderAt(new LocalDateTime(2021, 10, 4, 9, 0), null)
        );

        Assert.Equal(new AcademicYear(2021), options.AcademicYear);
        Assert.Equal(new LocalDate(2021, 10, 4), options.AsAt);
    }

    [Fact]
    public void Defaults_AreNoInstitutionAndAToleranceOfOneYear()
    {
        var options = new CtfMappingOptions(new AcademicYear(2020), new LocalDate(2021, 7, 20));

        Assert.Null(options.InstitutionId);
        Assert.Equal(1, options.YearGroupTolerance);
        Assert.Equal(1, CtfMappingOptions.ForHeader(CtfSamples.Header()).YearGroupTolerance);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void BlankInstitution_IsRefused(string blank)
    {
        var options = new CtfMappingOptions(new AcademicYear(2020), new LocalDate(2021, 7, 20));

        var error = Assert.Throws<ArgumentException>(() => options with { InstitutionId = blank });

        Assert.Equal("InstitutionId", error.ParamName);
        Assert.Equal("school-a", (options with { InstitutionId = "school-a" }).InstitutionId);
    }

    [Theory]
    [InlineData(1900, 8, 31)]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 9, 1)]
    public void AsAtDateOutsideTheSupportedRange_IsOneProblem_NotAnException(
        int year,
        int month,
        int day
    )
    {
        var pupil = new CtfPupil(CtfSamples.Upn1, new LocalDate(2009, 10, 2))
        {
            NcYearActual = "6",
            FreeSchoolMeals = [new CtfFsmPeriod(new LocalDate(2016, 1, 4), null)],
        };
        var options = new CtfMappingOptions(
            new AcademicYear(2020),
            new LocalDate(year, month, day)
        );

        var one = Assert.Single(CtfMapping.ToLearner(pupil, options, "/p").Problems);
        var all = Assert.Single(
            CtfMapping.ToLearners([pupil, pupil with { Upn = CtfSamples.Upn2 }], options).Problems
        );

        foreach (var problem in new[] { one, all })
        {
            Assert.Equal(("as-at.range", "/asAt"), (problem.Code, problem.Path));
            Assert.Equal(
                $"The as-at date is {year:D4}-{month:D2}-{day:D2}, outside the supported range 1900-09-01 to 9999-08-31.",
                problem.Message
            );
        }
    }

    [Fact]
    public void AsAtDatesAtTheEndsOfTheSupportedRange_AreMapped()
    {
        var pupil = new CtfPupil(CtfSamples.Upn1, new LocalDate(2009, 10, 2))
        {
            NcYearActual = "6",
            FreeSchoolMeals = [new CtfFsmPeriod(new LocalDate(1900, 9, 1), null)],
        };

        foreach (var asAt in new[] { AcademicYear.MinDate, AcademicYear.MaxDate })
        {
            var options = new CtfMappingOptions(new AcademicYear(2020), asAt);
            var learner = CtfMapping.ToLearners([pupil], options).GetResultOrThrow()[0];
            Assert.True(learner.Characteristics.FreeSchoolMeals);
            Assert.True(learner.Characteristics.FreeSchoolMealsInLastSixYears);
        }
    }
}
