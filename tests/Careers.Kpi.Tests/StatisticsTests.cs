using System;

namespace Careers.Kpi.Tests;

/// <summary>Wilson and Newcombe intervals against the textbook values, and DfE rounding.</summary>
public class StatisticsTests
{
    // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I, method 3 (Wilson score).
    [Theory]
    [InlineData(81, 263, "0.2553", "0.3662")]
    [InlineData(15, 148, "0.0624", "0.1605")]
    [InlineData(0, 20, "0.0000", "0.1611")]
    [InlineData(1, 29, "0.0061", "0.1718")]
    [InlineData(29, 29, "0.8830", "1.0000")]
    [InlineData(0, 10, "0.0000", "0.2775")]
    public void Wilson_MatchesNewcombe1998(int x, int n, string lower, string upper)
    {
        var interval = Proportion.Of(x, n).Wilson();

        Assert.Equal(lower, DfeRounding.Format(interval.Lower, 4));
        Assert.Equal(upper, DfeRounding.Format(interval.Upper, 4));
    }

    [Fact]
    public void Wilson_AtTheEdges_IsExactlyZeroAndOne()
    {
        Assert.Equal(0m, Proportion.Of(0, 7).Wilson().Lower);
        Assert.Equal(1m, Proportion.Of(7, 7).Wilson().Upper);
    }

    // Newcombe (1998), "Interval estimation for the difference between independent proportions", Table II, method 10.
    [Theory]
    [InlineData(56, 70, 48, 80, "0.2000", "0.0524", "0.3339")]
    [InlineData(9, 10, 3, 10, "0.6000", "0.1705", "0.8090")]
    [InlineData(6, 7, 2, 7, "0.5714", "0.0582", "0.8062")]
    [InlineData(5, 56, 0, 29, "0.0893", "-0.0381", "0.1926")]
    [InlineData(0, 10, 0, 20, "0.0000", "-0.1611", "0.2775")]
    [InlineData(0, 10, 0, 10, "0.0000", "-0.2775", "0.2775")]
    public void Newcombe_MatchesNewcombe1998(
        int x1,
        int n1,
        int x2,
        int n2,
        string d,
        string lower,
        string upper
    )
    {
        var gap = ProportionGap.Between(Proportion.Of(x1, n1), Proportion.Of(x2, n2));

        Assert.Equal(d, DfeRounding.Format(gap.Difference, 4));
        Assert.Equal(lower, DfeRounding.Format(gap.Interval.Lower, 4));
        Assert.Equal(upper, DfeRounding.Format(gap.Interval.Upper, 4));
    }

    [Fact]
    public void Newcombe_SignificantOnlyWhenTheIntervalExcludesZero()
    {
        Assert.True(
            ProportionGap.Between(Proportion.Of(56, 70), Proportion.Of(48, 80)).IsSignificant
        );
        Assert.False(
            ProportionGap.Between(Proportion.Of(5, 56), Proportion.Of(0, 29)).IsSignificant
        );
    }
}
