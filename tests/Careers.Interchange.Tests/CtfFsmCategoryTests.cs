using System.Linq;
using NodaTime;

namespace Careers.Interchange.Tests;

/// <summary>The category of an FSM period (CTF 26 and later) and the policy on the expanded eligibility of 2026.</summary>
public sealed class CtfFsmCategoryTests
{
    private static readonly LocalDate AsAt = new(2026, 12, 1);

    private static string FileWith(string fsmInstance) =>
        CtfSamples.File(
            CtfSamples.HeaderXml("26.0"),
            $"""
                <Pupil>
                  <UPN>{CtfSamples.Upn1}</UPN>
                  <DOB>2013-10-02</DOB>
                  <Sex>F</Sex>
                  <BasicDetails><NCyearActual>8</NCyearActual></BasicDetails>
                  <FSMhistory>{fsmInstance}</FSMhistory>
                </Pupil>
            """
        );

    [Fact]
    public void Category_IsReadAsWritten_AndAbsentIsNull()
    {
        var pupil = Assert.Single(
            CtfSamples
                .Read(
                    FileWith(
                        "<FSMinstance><FSMstartDate>2020-10-24</FSMstartDate><FSMEligibilityVerificationDate>2026-06-01</FSMEligibilityVerificationDate>"
                            + "<FSMendDate>2026-07-31</FSMendDate><UKcountry>ENG</UKcountry><FSMCategory>TFSM</FSMCategory></FSMinstance>"
                            + "<FSMinstance><FSMstartDate>2026-09-01</FSMstartDate><FSMCategory>EFSM</FSMCategory></FSMinstance>"
                            + "<FSMinstance><FSMstartDate>2019-01-07</FSMstartDate><FSMendDate>2019-07-19</FSMendDate></FSMinstance>"
                    )
                )
                .GetResultOrThrow()
                .Pupils
        );
        Assert.Equal(["TFSM", "EFSM", null], pupil.FreeSchoolMeals.Select(p => p.Category));
    }

    [Fact]
    public void CategoryOutsideTheTable_IsAProblem()
    {
        var problem = Assert.Single(
            CtfSamples
                .Read(
                    FileWith(
                        "<FSMinstance><FSMstartDate>2026-09-01</FSMstartDate><FSMCategory>UFSM</FSMCategory></FSMinstance>"
                    )
                )
                .Problems
        );
        Assert.Equal(
            (
                "ctf.fsm.category",
                "/CTfile/CTFpupilData/Pupil/0/FSMhistory/FSMinstance/0/FSMCategory",
                "<FSMCategory> is \"UFSM\"; the codes are TFSM, EFSM and OFSM."
            ),
            (problem.Code, problem.Path, problem.Message)
        );
    }

    [Theory]
    [InlineData("EFSM", false, false, false)]
    [InlineData("EFSM", true, true, true)]
    [InlineData("TFSM", false, true, true)]
    [InlineData("OFSM", false, true, true)]
    [InlineData(null, false, true, true)]
    public void ExpandedEligibility_CountsOnlyWhenTheOptionSaysSo(
        string? category,
        bool countExpanded,
        bool fsm,
        bool fsmInLastSixYears
    )
    {
        var pupil = new CtfPupil(CtfSamples.Upn1, new LocalDate(2013, 10, 2))
        {
            Sex = Sex.Female,
            NcYearActual = "8",
            FreeSchoolMeals =
            [
                new CtfFsmPeriod(new LocalDate(2026, 9, 1), null) { Category = category },
            ],
        };
        var options = new CtfMappingOptions(new AcademicYear(2026), AsAt)
        {
            CountExpandedFreeSchoolMeals = countExpanded,
        };

        var learner = CtfMapping.ToLearner(pupil, options).GetResultOrThrow();
        Assert.Equal(fsm, learner.Characteristics.FreeSchoolMeals);
        Assert.Equal(fsmInLastSixYears, learner.Characteristics.FreeSchoolMealsInLastSixYears);
    }

    [Fact]
    public void ExpandedPeriod_DoesNotHideATargetedOne_InTheLastSixYears()
    {
        var pupil = new CtfPupil(CtfSamples.Upn1, new LocalDate(2013, 10, 2))
        {
            Sex = Sex.Female,
            NcYearActual = "8",
            FreeSchoolMeals =
            [
                new CtfFsmPeriod(new LocalDate(2022, 1, 4), new LocalDate(2023, 7, 21))
                {
                    Category = "TFSM",
                },
                new CtfFsmPeriod(new LocalDate(2026, 9, 1), null) { Category = "EFSM" },
            ],
        };

        var characteristics = CtfMapping
            .ToLearner(pupil, new CtfMappingOptions(new AcademicYear(2026), AsAt))
            .GetResultOrThrow()
            .Characteristics;
        Assert.False(characteristics.FreeSchoolMeals);
        Assert.True(characteristics.FreeSchoolMealsInLastSixYears);
    }

    [Fact]
    public void Category_IsWritten_AndReadBack()
    {
        var pupil = new CtfPupil(CtfSamples.Upn1, new LocalDate(2013, 10, 2))
        {
            Sex = Sex.Female,
            NcYearActual = "8",
            FreeSchoolMeals =
            [
                new CtfFsmPeriod(new LocalDate(2026, 9, 1), null) { Category = "EFSM" },
                new CtfFsmPeriod(new LocalDate(2020, 9, 1), new LocalDate(2021, 8, 31)),
            ],
        };
        var xml = CtfWriter.WriteToString(CtfSamples.Header(), [pupil]);

        Assert.Contains("<FSMCategory>EFSM</FSMCategory>", xml, System.StringComparison.Ordinal);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(xml, "<FSMCategory>"));
        Assert.Equal(pupil, Assert.Single(CtfSamples.Read(xml).GetResultOrThrow().Pupils));
    }

    [Fact]
    public void CategoryTable_IsTheCbdsSet()
    {
        Assert.Equal(["TFSM", "EFSM", "OFSM"], CtfCodes.FsmCategories.Keys);
        Assert.Equal(
            ["Targeted free school meals", "Expanded free school meals", "Other free school meals"],
            CtfCodes.FsmCategories.Values
        );
        Assert.Equal("EFSM", CtfCodes.ExpandedFsm);
        Assert.False(
            new CtfMappingOptions(new AcademicYear(2026), AsAt).CountExpandedFreeSchoolMeals
        );
    }
}
