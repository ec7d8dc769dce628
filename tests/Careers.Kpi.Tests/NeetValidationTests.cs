using System;
using System.Linq;
using NodaTime;

namespace Careers.Kpi.Tests;

/// <summary>Bad NCCIS figures get a clear problem, never a number.</summary>
public class NeetValidationTests
{
    private static string[] Codes(params NeetMonth[] months) =>
        NeetCalculator.ThreeMonthAverage(months).Problems.Select(p => p.Code).ToArray();

    [Fact]
    public void NoMonths_IsAProblem()
    {
        var evaluation = NeetCalculator.ThreeMonthAverage([]);

        Assert.False(evaluation.Success);
        Assert.Equal("kpi.neet.no-months", Assert.Single(evaluation.Problems).Code);
    }

    [Fact]
    public void MissingMonth_NamesTheMonth()
    {
        var months = Fixtures.EnglandFemale17().Take(2).ToArray();

        var problem = Assert.Single(NeetCalculator.ThreeMonthAverage(months).Problems);

        Assert.Equal("kpi.neet.missing-month", problem.Code);
        Assert.Equal("", problem.Path);
        Assert.Contains("February 2025", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MixedYears_IsAMixedPeriod()
    {
        var months = Fixtures
            .EnglandFemale17(2025)
            .Take(2)
            .Append(Fixtures.EnglandFemale17(2024)[2])
            .ToArray();

        var problem = Assert.Single(NeetCalculator.ThreeMonthAverage(months).Problems);

        Assert.Equal("kpi.neet.mixed-periods", problem.Code);
        Assert.Contains("2023–24 and 2024–25", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherYearThanAskedFor_IsAMixedPeriod()
    {
        var problem = Assert.Single(
            NeetCalculator.ThreeMonthAverage(Fixtures.EnglandFemale17(2024), 2025).Problems
        );

        Assert.Equal("kpi.neet.mixed-periods", problem.Code);
        Assert.Contains("not 2024–25", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheYearAskedFor_IsAccepted()
    {
        Assert.True(NeetCalculator.ThreeMonthAverage(Fixtures.EnglandFemale17(2024), 2024).Success);
    }

    [Fact]
    public void March_IsOutsideTheWindow()
    {
        var months = Fixtures
            .EnglandFemale17()
            .Append(new NeetMonth(new YearMonth(2025, 3), 10, 1, 1))
            .ToArray();

        var problem = Assert.Single(NeetCalculator.ThreeMonthAverage(months).Problems);

        Assert.Equal("kpi.neet.month-outside-window", problem.Code);
        Assert.Equal("/3/month", problem.Path);
        Assert.Contains("March 2025", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMonthTwice_IsADuplicate()
    {
        var months = Fixtures.EnglandFemale17().Append(Fixtures.EnglandFemale17()[1]).ToArray();

        var problem = Assert.Single(NeetCalculator.ThreeMonthAverage(months).Problems);

        Assert.Equal("kpi.neet.duplicate-month", problem.Code);
        Assert.Contains("January 2025 appears 2 times", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CohortOfZero_IsAProblem()
    {
        var months = Fixtures.EnglandFemale17();
        months[1] = months[1] with { Cohort = 0, Neet = 0, NotKnown = 0 };

        var problem = Assert.Single(NeetCalculator.ThreeMonthAverage(months).Problems);

        Assert.Equal("kpi.cohort.zero", problem.Code);
        Assert.Equal("/1/cohort", problem.Path);
    }

    [Fact]
    public void NeetAndNotKnownAboveTheCohort_IsAProblem()
    {
        var months = Fixtures.EnglandFemale17();
        months[2] = months[2] with { Cohort = 100, Neet = 60, NotKnown = 41 };

        var problem = Assert.Single(NeetCalculator.ThreeMonthAverage(months).Problems);

        Assert.Equal("kpi.numerator.above-denominator", problem.Code);
        Assert.Equal("/2", problem.Path);
        Assert.Contains(
            "NEET (60) plus not known (41) is more than the cohort (100)",
            problem.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void NeetAndNotKnownEqualToTheCohort_IsAccepted()
    {
        var months = Fixtures.EnglandFemale17();
        months[2] = months[2] with { Cohort = 100, Neet = 60, NotKnown = 40 };

        Assert.True(NeetCalculator.ThreeMonthAverage(months).Success);
    }

    [Fact]
    public void NegativeCounts_AreProblems_EachWithItsPath()
    {
        var months = Fixtures.EnglandFemale17();
        months[0] = months[0] with { Neet = -1, NotKnown = -2 };

        var problems = NeetCalculator.ThreeMonthAverage(months).Problems;

        Assert.Equal(["/0/neet", "/0/notKnown"], problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Equal("kpi.count.negative", p.Code));
    }

    [Fact]
    public void NegativeCohort_IsAProblem()
    {
        var months = Fixtures.EnglandFemale17();
        months[0] = months[0] with { Cohort = -5, Neet = 0, NotKnown = 0 };

        Assert.Contains("kpi.count.negative", Codes(months));
    }

    [Fact]
    public void MonthsInAnyOrder_GiveTheSameAverage_DecemberFirst()
    {
        var months = Fixtures.Derby(2025).Reverse().ToArray();

        var average = Fixtures.Average(months);

        Assert.Equal(12, average.Months[0].Month.Month);
        Assert.Equal(2, average.Months[2].Month.Month);
    }

    [Fact]
    public void TheCalculatorService_GivesTheSameAverage()
    {
        var average = KpiEvaluator.Default.NeetAverage(Fixtures.Derby(2023)).GetResultOrThrow();

        Assert.Equal(2023, average.Year);
    }
}
