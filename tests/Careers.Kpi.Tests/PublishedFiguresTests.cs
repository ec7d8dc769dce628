using System.Linq;
using NodaTime;

namespace Careers.Kpi.Tests;

/// <summary>The figures DfE publishes, reproduced (docs/articles/domain.md §8).</summary>
public class PublishedFiguresTests
{
    [Fact]
    public void Neet_England2025Age17Female_Is6Point4_3Point7_2Point7()
    {
        var average = Fixtures.Average(Fixtures.EnglandFemale17());

        Assert.Equal(2025, average.Year);
        Assert.Equal(312_150m, average.Cohort);
        Assert.Equal("6.4", DfeRounding.Format(average.NeetOrNotKnown.Percentage, 1));
        Assert.Equal("3.7", DfeRounding.Format(average.Neet.Percentage, 1));
        Assert.Equal("2.7", DfeRounding.Format(average.NotKnown.Percentage, 1));
        Assert.Equal(20_010m, average.NeetOrNotKnown.Numerator);
        Assert.Equal("2025: NEET 3.7%, not known 2.7%, NEET or not known 6.4%", average.ToString());
        Assert.Equal("2025", average.TimePeriod.Code);
    }

    [Fact]
    public void Neet_IsTheRatioOfMeanCounts_NotTheMeanOfMonthlyRates()
    {
        // Rates 10%, 1% and 1% average to 4%; the ratio of means is 12/300 = 4%... unless the cohorts differ.
        var average = Fixtures.Average([
            new(new YearMonth(2024, 12), 100, 10, 0),
            new(new YearMonth(2025, 1), 1_000, 10, 0),
            new(new YearMonth(2025, 2), 1_000, 10, 0),
        ]);

        // Mean count 10, mean cohort 700: 1.4286%, not (10 + 1 + 1) / 3 = 4%.
        Assert.Equal("1.43", DfeRounding.Format(average.Neet.Percentage, 2));
        Assert.Equal(700m, average.Cohort);
    }

    [Fact]
    public void Neet_NotKnown_UsesTheWholeCohortAsDenominator()
    {
        var average = Fixtures.Average([
            new(new YearMonth(2024, 12), 1_000, 100, 500),
            new(new YearMonth(2025, 1), 1_000, 100, 500),
            new(new YearMonth(2025, 2), 1_000, 100, 500),
        ]);

        Assert.Equal(50m, average.NotKnown.Percentage);
        Assert.Equal(10m, average.Neet.Percentage); // not 100 / 500 known
    }

    [Theory]
    [InlineData(2023, "4.2", "0.1", "4.3")]
    [InlineData(2024, "3.9", "0.3", "4.1")]
    [InlineData(2025, "7.6", "0.3", "7.9")]
    public void Neet_Derby_ReproducesThePublishedRates(
        int year,
        string neet,
        string notKnown,
        string combined
    )
    {
        var average = Fixtures.Average(Fixtures.Derby(year));

        Assert.Equal(neet, DfeRounding.Format(average.Neet.Percentage, 1));
        Assert.Equal(notKnown, DfeRounding.Format(average.NotKnown.Percentage, 1));
        Assert.Equal(combined, DfeRounding.Format(average.NeetOrNotKnown.Percentage, 1));
    }

    [Fact]
    public void Neet_Derby2024_CombinedComesFromUnroundedCounts_NotTheRoundedParts()
    {
        var average = Fixtures.Average(Fixtures.Derby(2024));
        var parts =
            DfeRounding.Round(average.Neet.Percentage, 1)
            + DfeRounding.Round(average.NotKnown.Percentage, 1);

        Assert.Equal(4.2m, parts);
        Assert.Equal(4.1m, DfeRounding.Round(average.NeetOrNotKnown.Percentage, 1));
    }

    [Theory]
    [InlineData(2023, Trend.Improved)] // 4.3 against 5.2: below England
    [InlineData(2024, Trend.Improved)]
    [InlineData(2025, Trend.Worsened)] // 7.9 against 5.6: above England, as the strategy says
    public void Neet_DerbyAgainstEngland_ReadsWithLowerIsBetter(int year, Trend reading)
    {
        var derby = Fixtures.Average(Fixtures.Derby(year)).NeetOrNotKnown.Percentage;

        var change = KpiEvaluator.Default.Change(
            KpiDefinitions.NeetOrNotKnown.Id,
            Fixtures.EnglandCombined[year],
            derby
        );

        Assert.Equal(reading, change.Trend);
    }

    [Fact]
    public void Neet_DerbyYearOnYear_StableThenWorse()
    {
        var rates = new[] { 2023, 2024, 2025 }
            .Select(y => Fixtures.Average(Fixtures.Derby(y)).NeetOrNotKnown.Percentage)
            .ToArray();
        var calculator = KpiEvaluator.Default;

        var first = calculator.Change(KpiDefinitions.NeetOrNotKnown.Id, rates[0], rates[1]);
        var second = calculator.Change(KpiDefinitions.NeetOrNotKnown.Id, rates[1], rates[2]);

        Assert.Equal(Trend.Stable, first.Trend); // 4.30 → 4.13: −0.17 points, within ±0.5
        Assert.Equal(Trend.Worsened, second.Trend); // 4.13 → 7.90: +3.77 points
        Assert.Equal("3.77", DfeRounding.Format(second.Difference, 2));
    }

    [Fact]
    public void Neet_Derby2025_InAReport_SitsBesideEnglandWithAGapAbove()
    {
        var report = Fixtures
            .Report()
            .AddNeet(Fixtures.Average(Fixtures.Derby(2025)))
            .AddNeet(Fixtures.Average(Fixtures.EnglandFemale17()), geography: Geography.England)
            .CompareWithPrevious(KpiDefinitions.NeetOrNotKnown.Id, 4.1m)
            .Build()
            .GetResultOrThrow();

        Assert.Equal("7.9", report.Figure(KpiDefinitions.NeetOrNotKnown.Id)!.Reported);
        Assert.Equal(
            "6.4",
            report.Figure(KpiDefinitions.NeetOrNotKnown.Id, geography: Geography.England)!.Reported
        );
        Assert.Equal(Trend.Worsened, Assert.Single(report.Changes).Change.Trend);
    }

    [Fact]
    public void DisadvantageGap_KeyStage4_2022To23_Is9Point2()
    {
        var notDisadvantaged = DestinationMeasure
            .FromCounts(
                new System.Collections.Generic.Dictionary<DestinationCategory, int>
                {
                    [DestinationCategory.Education] = 853,
                    [DestinationCategory.Apprenticeship] = 40,
                    [DestinationCategory.Employment] = 60,
                    [DestinationCategory.NotSustained] = 40,
                    [DestinationCategory.ActivityNotCaptured] = 7,
                }
            )
            .GetResultOrThrow();
        var disadvantaged = DestinationMeasure
            .FromCounts(
                new System.Collections.Generic.Dictionary<DestinationCategory, int>
                {
                    [DestinationCategory.Education] = 761,
                    [DestinationCategory.Apprenticeship] = 40,
                    [DestinationCategory.Employment] = 60,
                    [DestinationCategory.NotSustained] = 120,
                    [DestinationCategory.ActivityNotCaptured] = 19,
                }
            )
            .GetResultOrThrow();

        var gap = notDisadvantaged.GapTo(disadvantaged);

        Assert.Equal(95.3m, notDisadvantaged.Sustained.Percentage);
        Assert.Equal(86.1m, disadvantaged.Sustained.Percentage);
        Assert.Equal(9.2m, gap.PercentagePoints);
        Assert.True(gap.IsSignificant);
        Assert.Equal("9.2 points (95% CI 6.7 to 11.8), significant", gap.ToString());
    }
}
