using System;
using NodaTime;

namespace Careers.Kpi.Tests;

public class TargetTests
{
    // Derby NEET or not known: 4.3% in 2023, to 3.5% by 2025, straight line.
    private static readonly KpiTarget Neet = new(
        KpiDefinitions.NeetOrNotKnown.Id,
        4.3m,
        new LocalDate(2023, 2, 28),
        3.5m,
        new LocalDate(2025, 2, 28)
    );

    [Fact]
    public void Trajectory_IsAStraightLineByDays_HeldAtTheEnds()
    {
        Assert.Equal(4.3m, Neet.ExpectedAt(new LocalDate(2022, 1, 1)));
        Assert.Equal(4.3m, Neet.ExpectedAt(new LocalDate(2023, 2, 28)));
        Assert.Equal(3.5m, Neet.ExpectedAt(new LocalDate(2025, 2, 28)));
        Assert.Equal(3.5m, Neet.ExpectedAt(new LocalDate(2030, 1, 1)));
        // 2024-02-29 is 366 of 731 days along.
        Assert.Equal(4.3m - (0.8m * 366m / 731m), Neet.ExpectedAt(new LocalDate(2024, 2, 29)));
    }

    [Fact]
    public void Rag_LowerIsBetter()
    {
        var at = new LocalDate(2024, 2, 29); // expected about 3.90

        Assert.Equal(RagStatus.Green, Neet.Assess(3.8m, at, BetterDirection.Lower).Status);
        Assert.Equal(RagStatus.Amber, Neet.Assess(4.1m, at, BetterDirection.Lower).Status);
        Assert.Equal(RagStatus.Red, Neet.Assess(4.3m, at, BetterDirection.Lower).Status); // no better than baseline
        Assert.Equal(
            RagStatus.Red,
            Neet.Assess(7.9m, new LocalDate(2025, 2, 28), BetterDirection.Lower).Status
        );
        Assert.Equal(
            RagStatus.Green,
            Neet.Assess(3.5m, new LocalDate(2025, 2, 28), BetterDirection.Lower).Status
        );
    }

    [Fact]
    public void Rag_HigherIsBetter()
    {
        var target = new KpiTarget(
            "encounters.entitlement-met",
            40m,
            new LocalDate(2023, 9, 1),
            80m,
            new LocalDate(2025, 9, 1)
        );
        var at = new LocalDate(2024, 9, 1); // expected 60 (731 days, 366 along: 60.03)

        var green = target.Assess(61m, at, BetterDirection.Higher);
        Assert.Equal(RagStatus.Green, green.Status);
        Assert.Equal(61m, green.Actual);
        Assert.Equal(at, green.Date);
        Assert.Equal(40m + (40m * 366m / 731m), green.Expected);
        Assert.Equal(RagStatus.Amber, target.Assess(50m, at, BetterDirection.Higher).Status);
        Assert.Equal(RagStatus.Red, target.Assess(40m, at, BetterDirection.Higher).Status);
        Assert.Equal(RagStatus.NotAssessed, target.Assess(50m, at, BetterDirection.Neither).Status);
    }

    [Fact]
    public void Rag_Tolerances_AreSettings()
    {
        var at = new LocalDate(2024, 2, 29); // expected 3.8995...
        var lenient = new RagPolicy { GreenTolerance = 0.2m };
        var strict = new RagPolicy { AmberTolerance = 0.1m };
        var noBaselineRule = new RagPolicy { RedAtOrBehindBaseline = false };

        Assert.Equal(
            RagStatus.Green,
            Neet.Assess(4.05m, at, BetterDirection.Lower, lenient).Status
        );
        Assert.Equal(RagStatus.Amber, Neet.Assess(3.95m, at, BetterDirection.Lower, strict).Status);
        Assert.Equal(RagStatus.Red, Neet.Assess(4.1m, at, BetterDirection.Lower, strict).Status);
        Assert.Equal(
            RagStatus.Amber,
            Neet.Assess(4.5m, at, BetterDirection.Lower, noBaselineRule).Status
        );
        Assert.Throws<ArgumentOutOfRangeException>(() => new RagPolicy { GreenTolerance = -1m });
        Assert.Throws<ArgumentOutOfRangeException>(() => new RagPolicy { AmberTolerance = -1m });
        Assert.Null(RagPolicy.Default.AmberTolerance);
        Assert.Equal(0m, (RagPolicy.Default with { AmberTolerance = 0m }).AmberTolerance);
        Assert.True(RagPolicy.Default.RedAtOrBehindBaseline);
    }

    [Fact]
    public void Target_Validates_AndFormats()
    {
        Assert.Throws<ArgumentException>(() =>
            new KpiTarget("x", 1m, new LocalDate(2025, 1, 1), 2m, new LocalDate(2025, 1, 1))
        );
        Assert.Throws<ArgumentException>(() =>
            new KpiTarget(" ", 1m, new LocalDate(2025, 1, 1), 2m, new LocalDate(2026, 1, 1))
        );
        Assert.Equal(
            "neet.16-17.neet-or-not-known: 4.3 on 2023-02-28 to 3.5 by 2025-02-28",
            Neet.ToString()
        );
        Assert.Equal(4.3m, Neet.Baseline);
        Assert.Equal(3.5m, Neet.Target);
    }

    [Theory]
    [InlineData("5.0", "5.5", BetterDirection.Lower, Trend.Stable)] // exactly 0.5: stable
    [InlineData("5.0", "4.5", BetterDirection.Lower, Trend.Stable)]
    [InlineData("5.0", "5.51", BetterDirection.Lower, Trend.Worsened)]
    [InlineData("5.0", "4.49", BetterDirection.Lower, Trend.Improved)]
    [InlineData("5.0", "5.51", BetterDirection.Higher, Trend.Improved)]
    [InlineData("5.0", "4.49", BetterDirection.Higher, Trend.Worsened)]
    [InlineData("5.0", "5.51", BetterDirection.Neither, Trend.Increased)]
    [InlineData("5.0", "4.49", BetterDirection.Neither, Trend.Decreased)]
    public void Change_StableWithinHalfAPoint_OnUnroundedValues(
        string previous,
        string current,
        BetterDirection better,
        Trend trend
    )
    {
        var change = KpiChange.Between(
            decimal.Parse(previous, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(current, System.Globalization.CultureInfo.InvariantCulture),
            better
        );

        Assert.Equal(trend, change.Trend);
        Assert.Equal(0.5m, change.StableWithin);
    }

    [Fact]
    public void Change_ComparesUnroundedValues_NotThePublishedOnes()
    {
        // Published 4.3 → 4.8 (+0.5, stable) but unrounded 4.26 → 4.84 is +0.58: worse.
        var change = KpiChange.Between(4.26m, 4.84m, BetterDirection.Lower);

        Assert.Equal(Trend.Worsened, change.Trend);
        Assert.Equal(0.58m, change.Difference);
        Assert.Equal(4.26m, change.Previous);
        Assert.Equal(4.84m, change.Current);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            KpiChange.Between(1m, 2m, BetterDirection.Lower, -0.1m)
        );
        Assert.Equal(Trend.Stable, KpiChange.Between(1m, 1m, BetterDirection.Lower, 0m).Trend);
    }
}
