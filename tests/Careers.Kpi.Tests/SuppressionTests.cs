using System;
using System.Linq;

namespace Careers.Kpi.Tests;

public class SuppressionTests
{
    [Fact]
    public void Presets_HaveTheDocumentedThresholds()
    {
        Assert.Equal(6, SuppressionRule.Pupils.MinimumDenominator);
        Assert.Equal(3, SuppressionRule.Pupils.MinimumNumerator);
        Assert.Equal(1, SuppressionRule.Pupils.RoundCountsTo);
        Assert.True(SuppressionRule.Pupils.SecondarySuppression);
        Assert.Equal(10, SuppressionRule.Neet.RoundCountsTo);
        Assert.Equal(0, SuppressionRule.None.MinimumDenominator);
        Assert.False(SuppressionRule.None.SecondarySuppression);
        Assert.Null(SuppressionRule.Pupils.LowReliabilityBelow);
    }

    [Theory]
    [InlineData(0, 5, true)] // cohort under 6
    [InlineData(0, 6, false)] // a count of 0 is shown
    [InlineData(1, 10, true)]
    [InlineData(2, 10, true)]
    [InlineData(3, 10, false)]
    public void Pupils_SuppressesSmallCohortsAndSmallCounts(
        int numerator,
        int denominator,
        bool suppressed
    )
    {
        Assert.Equal(suppressed, SuppressionRule.Pupils.Suppresses(numerator, denominator));
    }

    [Fact]
    public void Counts_HaveNoDenominator()
    {
        Assert.True(SuppressionRule.Pupils.Suppresses(2m, null));
        Assert.False(SuppressionRule.Pupils.Suppresses(3m, null));
        Assert.False(SuppressionRule.None.Suppresses(1m, 1m));
    }

    [Fact]
    public void LowReliability_IsASetting()
    {
        var rule = SuppressionRule.Pupils with { LowReliabilityBelow = 30 };

        Assert.True(rule.IsLowReliability(29m));
        Assert.False(rule.IsLowReliability(30m));
        Assert.False(SuppressionRule.Pupils.IsLowReliability(1m));
    }

    [Fact]
    public void RoundCount_UsesTheMultiple()
    {
        Assert.Equal(20_010m, SuppressionRule.Neet.RoundCount(20_013m));
        Assert.Equal(20_013m, SuppressionRule.Pupils.RoundCount(20_013m));
    }

    [Fact]
    public void Settings_RejectNegatives()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SuppressionRule.Pupils with
            {
                MinimumDenominator = -1,
            }
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SuppressionRule.Pupils with
            {
                MinimumNumerator = -1,
            }
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SuppressionRule.Pupils with
            {
                RoundCountsTo = 0,
            }
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SuppressionRule.Pupils with
            {
                LowReliabilityBelow = -1,
            }
        );
        Assert.Null(
            (SuppressionRule.Pupils with { LowReliabilityBelow = null }).LowReliabilityBelow
        );
        Assert.Equal(0, (SuppressionRule.Pupils with { MinimumNumerator = 0 }).MinimumNumerator);
    }

    [Fact]
    public void Apply_OneSuppressedPart_SuppressesTheNextSmallest()
    {
        var result = SuppressionRule.Pupils.Apply(
            (60m, 300m),
            [(2m, 50m), (30m, 150m), (28m, 100m)]
        );

        Assert.False(result.Total);
        Assert.Equal([true, false, true], result.Parts);
    }

    [Fact]
    public void Apply_TiesOnDenominator_GoToTheSmallerNumeratorThenTheFirst()
    {
        var byNumerator = SuppressionRule.Pupils.Apply(
            (40m, 300m),
            [(1m, 10m), (20m, 100m), (19m, 100m)]
        );
        var byOrder = SuppressionRule.Pupils.Apply(
            (41m, 300m),
            [(1m, 10m), (20m, 100m), (20m, 100m)]
        );

        Assert.Equal([true, false, true], byNumerator.Parts);
        Assert.Equal([true, true, false], byOrder.Parts);
    }

    [Fact]
    public void Apply_TwoSuppressedParts_AreEnough()
    {
        var result = SuppressionRule.Pupils.Apply((50m, 300m), [(1m, 50m), (2m, 50m), (47m, 200m)]);

        Assert.Equal([true, true, false], result.Parts);
        Assert.False(result.Total);
    }

    [Fact]
    public void Apply_NothingSuppressed_ChangesNothing()
    {
        var result = SuppressionRule.Pupils.Apply((50m, 300m), [(10m, 100m), (40m, 200m)]);

        Assert.Equal([false, false], result.Parts);
    }

    [Fact]
    public void Apply_NoOtherPart_SuppressesTheTotal()
    {
        var result = SuppressionRule.Pupils.Apply((10m, 300m), [(1m, 300m)]);

        Assert.True(result.Total);
        Assert.Equal([true], result.Parts);
    }

    [Fact]
    public void Apply_SuppressedTotal_NeedsNoSecondary()
    {
        var result = SuppressionRule.Pupils.Apply((2m, 20m), [(2m, 10m), (0m, 10m)]);

        Assert.True(result.Total);
        Assert.Equal([true, false], result.Parts);
    }

    [Fact]
    public void Apply_WithoutSecondarySuppression_LeavesOnePart()
    {
        var rule = SuppressionRule.Pupils with { SecondarySuppression = false };

        var result = rule.Apply((60m, 300m), [(2m, 50m), (58m, 250m)]);

        Assert.Equal([true, false], result.Parts);
    }

    [Fact]
    public void Apply_Counts_OrderByTheCount()
    {
        var result = SuppressionRule.Pupils.Apply(
            (100m, null),
            [(2m, null), (60m, null), (38m, null)]
        );

        Assert.Equal([true, false, true], result.Parts);
    }
}
