using System.Linq;
using NodaTime;

namespace Careers.Interchange.Tests;

public class CtfMappingTests
{
    private static CtfPupil FullPupil() =>
        CtfSamples
            .Read(CtfSamples.File(CtfSamples.HeaderXml(), CtfSamples.FullPupilXml(CtfSamples.Upn1)))
            .GetResultOrThrow()
            .Pupils[0];

    [Fact]
    public void FullPupil_MapsToALearner_AsAtTheHeaderDate()
    {
        var options = CtfMappingOptions.ForHeader(CtfSamples.Header()) with
        {
            InstitutionId = "school-a",
        };
        Assert.Equal(new AcademicYear(2020), options.AcademicYear);
        Assert.Equal(new LocalDate(2021, 7, 20), options.AsAt);

        var learner = CtfMapping.ToLearner(FullPupil(), options).GetResultOrThrow();

        Assert.Equal(CtfSamples.Upn1.ToString(), learner.Id);
        Assert.Equal(CtfSamples.Upn1, learner.Upn);
        Assert.Equal(YearGroup.Year6, learner.YearGroup);
        Assert.Equal(new AcademicYear(2020), learner.AcademicYear);
        Assert.Equal("school-a", learner.InstitutionId);
        Assert.Equal(
            new LearnerCharacteristics
            {
                FreeSchoolMeals = true,
                FreeSchoolMealsInLastSixYears = true,
                LookedAfter = true,
                SenProvision = SenProvision.EhcPlan,
                EnglishAsAdditionalLanguage = true,
                Sex = Sex.Female,
                Ethnicity = "AIND",
            },
            learner.Characteristics
        );
    }

    [Fact]
    public void Characteristics_FollowTheAsAtDate()
    {
        var pupil = FullPupil();
        var year = new AcademicYear(2020);

        // 2018-10-01: between the FSM periods (the first ended 2017-03-31), SEN support from 2018-09-05.
        var autumn2018 = CtfMapping
            .ToLearner(
                pupil,
                new CtfMappingOptions(year, new LocalDate(2018, 10, 1)) { YearGroupTolerance = 5 }
            )
            .GetResultOrThrow()
            .Characteristics;
        Assert.False(autumn2018.FreeSchoolMeals);
        Assert.True(autumn2018.FreeSchoolMealsInLastSixYears);
        Assert.Equal(SenProvision.SenSupport, autumn2018.SenProvision);

        // 2018-01-01: before any SEN record; the first FSM period is within six years.
        var early = CtfMapping
            .ToLearner(pupil, new CtfMappingOptions(year, new LocalDate(2018, 1, 1)))
            .GetResultOrThrow()
            .Characteristics;
        Assert.Equal(SenProvision.None, early.SenProvision);

        // The first FSM period ended 2017-03-31: six years later it no longer counts, but the open one does.
        var pupilWithOnlyTheOldPeriod = pupil with
        {
            FreeSchoolMeals = [pupil.FreeSchoolMeals[0]],
        };
        Assert.True(Fsm6(pupilWithOnlyTheOldPeriod, new LocalDate(2023, 3, 31)));
        Assert.False(Fsm6(pupilWithOnlyTheOldPeriod, new LocalDate(2023, 4, 1)));
    }

    private static bool Fsm6(CtfPupil pupil, LocalDate asAt) =>
        CtfMapping
            .ToLearner(pupil, new CtfMappingOptions(new AcademicYear(2020), asAt))
            .GetResultOrThrow()
            .Characteristics.FreeSchoolMealsInLastSixYears;

    [Theory]
    [InlineData("ENG", false)]
    [InlineData("ENB", false)]
    [InlineData("NOT", false)]
    [InlineData("REF", false)]
    [InlineData("OTB", true)]
    [InlineData("POL", true)]
    [InlineData(null, false)]
    public void FirstLanguage_GivesEal(string? language, bool eal)
    {
        var pupil = FullPupil() with { FirstLanguage = language };

        var learner = CtfMapping
            .ToLearner(pupil, CtfMappingOptions.ForHeader(CtfSamples.Header()))
            .GetResultOrThrow();

        Assert.Equal(eal, learner.Characteristics.EnglishAsAdditionalLanguage);
    }

    [Theory]
    [InlineData("R", 0)]
    [InlineData("1", 1)]
    [InlineData("13", 13)]
    public void NcYear_MapsToTheYearGroup(string code, int number)
    {
        Assert.Equal(YearGroup.FromNumber(number), CtfCodes.NcYears[code]);
    }

    [Theory]
    [InlineData("N1", "ctf.nc-year.no-year-group")]
    [InlineData("14", "ctf.nc-year.no-year-group")]
    [InlineData("X", "ctf.nc-year.no-year-group")]
    [InlineData("Y6", "ctf.nc-year.code")]
    [InlineData(null, "ctf.nc-year.missing")]
    public void NcYearWithNoYearGroup_IsAProblem(string? code, string problem)
    {
        var pupil = FullPupil() with { NcYearActual = code };

        var learner = CtfMapping.ToLearner(
            pupil,
            CtfMappingOptions.ForHeader(CtfSamples.Header()),
            "/p"
        );

        var error = Assert.Single(learner.Problems);
        Assert.Equal((problem, "/p/BasicDetails/NCyearActual"), (error.Code, error.Path));
    }

    [Theory]
    [InlineData("5", true)] // a year below: within the tolerance
    [InlineData("7", true)] // a year above
    [InlineData("4", false)] // two years below
    [InlineData("8", false)]
    public void DateOfBirthThatDoesNotFitTheNcYear_IsAProblem(string code, bool fits)
    {
        var pupil = FullPupil() with { NcYearActual = code };

        var learner = CtfMapping.ToLearner(
            pupil,
            CtfMappingOptions.ForHeader(CtfSamples.Header()),
            "/p"
        );

        Assert.Equal(fits, learner.Success);
        if (!fits)
        {
            var error = Assert.Single(learner.Problems);
            Assert.Equal(("ctf.dob.year-group", "/p/DOB"), (error.Code, error.Path));
            Assert.Contains("Year 6", error.Message, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToLearners_IsAllOrNothing_WithEveryPupilsPath()
    {
        var good = FullPupil();
        var bad = good with { Upn = CtfSamples.Upn2, NcYearActual = "X" };

        Assert.Equal(
            2,
            CtfMapping
                .ToLearners(
                    [good, good with { Upn = CtfSamples.Upn2 }],
                    CtfMappingOptions.ForHeader(CtfSamples.Header())
                )
                .GetResultOrThrow()
                .Count
        );
        var result = CtfMapping.ToLearners(
            [good, bad],
            CtfMappingOptions.ForHeader(CtfSamples.Header())
        );
        Assert.False(result.Success);
        Assert.Equal(
            "/CTfile/CTFpupilData/Pupil/1/BasicDetails/NCyearActual",
            Assert.Single(result.Problems).Path
        );
    }

    [Fact]
    public void EdgeDates_NeverThrow()
    {
        foreach (var date in Careers.Tests.HostileData.EdgeDates)
        {
            var pupil = new CtfPupil(CtfSamples.Upn1, date)
            {
                NcYearActual = "6",
                FreeSchoolMeals = [new CtfFsmPeriod(date, null)],
            };
            var options = new CtfMappingOptions(new AcademicYear(2020), date);
            var learner = CtfMapping.ToLearner(pupil, options);
            Assert.True(learner.Success || learner.Problems.Count > 0);
        }
    }

    [Fact]
    public void CodeTables_AreWhatTheArticleSays()
    {
        Assert.Equal(["M", "F", "U"], CtfCodes.Sexes.Keys);
        Assert.Equal(["N", "K", "E"], CtfCodes.SenProvision.Keys);
        Assert.Equal(24, CtfCodes.Ethnicities.Count);
        Assert.Equal(20, CtfCodes.NcYears.Count);
        Assert.Equal(14, CtfCodes.NcYears.Values.Count(v => v is not null));
    }
}
