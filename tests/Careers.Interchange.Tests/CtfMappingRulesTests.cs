using NodaTime;

namespace Careers.Interchange.Tests;

/// <summary>The mapping's rules at their edges, and each problem's message.</summary>
public class CtfMappingRulesTests
{
    private static readonly AcademicYear Year2020 = new(2020);

    /// <summary>Year 6 in 2020/21 (born 2009-10-02), NC year 6.</summary>
    private static CtfPupil Pupil() =>
        new(CtfSamples.Upn1, new LocalDate(2009, 10, 2)) { NcYearActual = "6" };

    private static LearnerCharacteristics At(CtfPupil pupil, LocalDate asAt) =>
        CtfMapping
            .ToLearner(pupil, new CtfMappingOptions(Year2020, asAt))
            .GetResultOrThrow()
            .Characteristics;

    private static (string Code, string Path, string Message) Problem(
        CtfPupil pupil,
        CtfMappingOptions? options = null
    )
    {
        var problem = Assert.Single(
            CtfMapping
                .ToLearner(
                    pupil,
                    options ?? new CtfMappingOptions(Year2020, new LocalDate(2021, 7, 20)),
                    "/p"
                )
                .Problems
        );
        return (problem.Code, problem.Path, problem.Message);
    }

    [Fact]
    public void NcYearProblems_SayWhatIsWrong()
    {
        Assert.Equal(
            (
                "ctf.nc-year.missing",
                "/p/BasicDetails/NCyearActual",
                "The pupil has no <NCyearActual>: a learner needs a year group."
            ),
            Problem(Pupil() with { NcYearActual = null })
        );
        Assert.Equal(
            (
                "ctf.nc-year.code",
                "/p/BasicDetails/NCyearActual",
                "<NCyearActual> is \"Y6\"; the codes are E1, E2, N1, N2, R, 1 to 14 and X."
            ),
            Problem(Pupil() with { NcYearActual = "Y6" })
        );
        Assert.Equal(
            (
                "ctf.nc-year.no-year-group",
                "/p/BasicDetails/NCyearActual",
                "<NCyearActual> is \"N2\", which has no year group in the SDK (reception to year 13)."
            ),
            Problem(Pupil() with { NcYearActual = "N2" })
        );
    }

    [Fact]
    public void NullPath_IsTheRoot()
    {
        var problem = Assert.Single(
            CtfMapping
                .ToLearner(
                    Pupil() with
                    {
                        NcYearActual = null,
                    },
                    new CtfMappingOptions(Year2020, new LocalDate(2021, 7, 20)),
                    null!
                )
                .Problems
        );

        Assert.Equal("/BasicDetails/NCyearActual", problem.Path);
    }

    [Fact]
    public void DateOfBirthOutsideTheNcYear_SaysWhereThePupilBelongs()
    {
        Assert.Equal(
            (
                "ctf.dob.year-group",
                "/p/DOB",
                "A pupil born on 2009-10-02 belongs in Year 6 in 2020/21, but <NCyearActual> is 9: more than 1 year(s) apart."
            ),
            Problem(Pupil() with { NcYearActual = "9" })
        );
        Assert.Equal(
            (
                "ctf.dob.year-group",
                "/p/DOB",
                "A pupil born on 2019-10-02 is of no school year group in 2020/21, but <NCyearActual> is R."
            ),
            Problem(Pupil() with { DateOfBirth = new LocalDate(2019, 10, 2), NcYearActual = "R" })
        );
    }

    [Theory]
    [InlineData(0, "6", true)]
    [InlineData(0, "5", false)]
    [InlineData(0, "7", false)]
    [InlineData(2, "4", true)]
    [InlineData(2, "8", true)]
    [InlineData(2, "3", false)]
    [InlineData(2, "9", false)]
    public void YearGroupTolerance_IsHowFarTheNcYearMayBe(int tolerance, string ncYear, bool fits)
    {
        var options = new CtfMappingOptions(Year2020, new LocalDate(2021, 7, 20))
        {
            YearGroupTolerance = tolerance,
        };

        var learner = CtfMapping.ToLearner(Pupil() with { NcYearActual = ncYear }, options);

        Assert.Equal(fits, learner.Success);
        if (fits)
        {
            Assert.Equal(
                YearGroup.FromNumber(
                    int.Parse(ncYear, System.Globalization.CultureInfo.InvariantCulture)
                ),
                learner.Result!.YearGroup
            );
        }
    }

    [Fact]
    public void Fsm_CoversItsFirstAndLastDays()
    {
        var pupil = Pupil() with
        {
            FreeSchoolMeals =
            [
                new CtfFsmPeriod(new LocalDate(2019, 1, 7), new LocalDate(2019, 3, 29)),
            ],
        };

        Assert.False(At(pupil, new LocalDate(2019, 1, 6)).FreeSchoolMeals);
        Assert.True(At(pupil, new LocalDate(2019, 1, 7)).FreeSchoolMeals);
        Assert.True(At(pupil, new LocalDate(2019, 1, 7)).FreeSchoolMealsInLastSixYears);
        Assert.True(At(pupil, new LocalDate(2019, 3, 29)).FreeSchoolMeals);
        Assert.False(At(pupil, new LocalDate(2019, 3, 30)).FreeSchoolMeals);
        Assert.True(At(pupil, new LocalDate(2019, 3, 30)).FreeSchoolMealsInLastSixYears);
        Assert.False(At(pupil, new LocalDate(2019, 1, 6)).FreeSchoolMealsInLastSixYears);
        Assert.True(At(pupil, new LocalDate(2025, 3, 29)).FreeSchoolMealsInLastSixYears);
        Assert.False(At(pupil, new LocalDate(2025, 3, 30)).FreeSchoolMealsInLastSixYears);
    }

    [Fact]
    public void OpenFsmPeriod_CoversEveryDayFromItsStart()
    {
        var pupil = Pupil() with
        {
            FreeSchoolMeals = [new CtfFsmPeriod(new LocalDate(2019, 1, 7), null)],
        };

        Assert.False(At(pupil, new LocalDate(2019, 1, 6)).FreeSchoolMeals);
        Assert.True(At(pupil, new LocalDate(2019, 1, 7)).FreeSchoolMeals);
        Assert.True(At(pupil, new LocalDate(2040, 1, 1)).FreeSchoolMeals);
        Assert.True(At(pupil, new LocalDate(2040, 1, 1)).FreeSchoolMealsInLastSixYears);
        Assert.False(At(pupil, new LocalDate(2019, 1, 6)).FreeSchoolMealsInLastSixYears);
    }

    [Fact]
    public void Sen_IsTheLatestRecordStartedOnOrBeforeTheAsAtDate_InWhateverOrderTheFileGivesThem()
    {
        var pupil = Pupil() with
        {
            SenHistory =
            [
                new CtfSenRecord(new LocalDate(2020, 3, 1), SenProvision.EhcPlan),
                new CtfSenRecord(new LocalDate(2018, 9, 5), SenProvision.SenSupport),
                new CtfSenRecord(new LocalDate(2021, 1, 4), SenProvision.None),
            ],
        };

        Assert.Equal(SenProvision.None, At(pupil, new LocalDate(2018, 9, 4)).SenProvision);
        Assert.Equal(SenProvision.SenSupport, At(pupil, new LocalDate(2018, 9, 5)).SenProvision);
        Assert.Equal(SenProvision.SenSupport, At(pupil, new LocalDate(2020, 2, 29)).SenProvision);
        Assert.Equal(SenProvision.EhcPlan, At(pupil, new LocalDate(2020, 3, 1)).SenProvision);
        Assert.Equal(SenProvision.None, At(pupil, new LocalDate(2021, 1, 4)).SenProvision);
    }

    [Fact]
    public void Learner_CarriesThePupilsOwnValues()
    {
        var pupil = Pupil() with { Sex = Sex.Male, Ethnicity = "WBRI", LookedAfter = false };

        var learner = CtfMapping
            .ToLearner(pupil, new CtfMappingOptions(Year2020, new LocalDate(2021, 7, 20)))
            .GetResultOrThrow();

        Assert.Equal(CtfSamples.Upn1.ToString(), learner.Id);
        Assert.Equal(new LocalDate(2009, 10, 2), learner.DateOfBirth);
        Assert.Equal(YearGroup.Year6, learner.YearGroup);
        Assert.Equal(Year2020, learner.AcademicYear);
        Assert.Null(learner.InstitutionId);
        Assert.Equal(
            new LearnerCharacteristics { Sex = Sex.Male, Ethnicity = "WBRI" },
            learner.Characteristics
        );
    }
}
