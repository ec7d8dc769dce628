using System;

namespace Careers.Kpi.Tests;

public class RoundingAndSymbolTests
{
    [Theory]
    [InlineData("2.25", 1, "2.3")]
    [InlineData("-2.25", 1, "-2.3")]
    [InlineData("0.05", 1, "0.1")]
    [InlineData("2.35", 1, "2.4")]
    [InlineData("2.45", 1, "2.5")] // banker's rounding would give 2.4
    [InlineData("6.4103", 1, "6.4")]
    [InlineData("0.5", 0, "1")]
    [InlineData("-0.5", 0, "-1")]
    public void Round_IsHalfAwayFromZero(string value, int decimals, string expected)
    {
        var rounded = DfeRounding.Round(
            decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
            decimals
        );

        Assert.Equal(
            decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            rounded
        );
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(29)]
    public void Round_DecimalsOutOfRange_Throws(int decimals)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DfeRounding.Round(1m, decimals));
    }

    [Fact]
    public void Round_AtTheLimits_IsAllowed()
    {
        Assert.Equal(1m, DfeRounding.Round(0.5m, 0));
        Assert.Equal(0.1234m, DfeRounding.Round(0.1234m, 28));
    }

    [Theory]
    [InlineData(12, 5, 10)]
    [InlineData(13, 5, 15)]
    [InlineData(15, 10, 20)]
    [InlineData(14, 10, 10)]
    [InlineData(-15, 10, -20)]
    [InlineData(20_013, 10, 20_010)]
    [InlineData(7, 1, 7)]
    public void RoundToMultiple_IsHalfAwayFromZero(int count, int multiple, int expected)
    {
        Assert.Equal(expected, DfeRounding.RoundToMultiple(count, multiple));
    }

    [Fact]
    public void RoundToMultiple_BelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DfeRounding.RoundToMultiple(5m, 0));
    }

    [Theory]
    [InlineData("4", 1, "4.0")]
    [InlineData("6.41", 1, "6.4")]
    [InlineData("0.25", 1, "0.3")]
    [InlineData("1234.5", 0, "1235")]
    [InlineData("-0.04", 1, "0.0")]
    public void Format_HasExactlyTheDecimals_Invariant(string value, int decimals, string expected)
    {
        Assert.Equal(
            expected,
            DfeRounding.Format(
                decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
                decimals
            )
        );
    }

    [Theory]
    [InlineData(GssSymbol.Suppressed, "c")]
    [InlineData(GssSymbol.NotAvailable, "x")]
    [InlineData(GssSymbol.NotApplicable, "z")]
    [InlineData(GssSymbol.Low, "low")]
    [InlineData(GssSymbol.LowReliability, "u")]
    public void Symbols_WriteAndReadTheirCodes(GssSymbol symbol, string code)
    {
        Assert.Equal(code, symbol.Code());
        Assert.True(GssSymbols.TryParse(" " + code.ToUpperInvariant() + " ", out var read));
        Assert.Equal(symbol, read);
    }

    [Theory]
    [InlineData("~", GssSymbol.Low)]
    [InlineData(":", GssSymbol.NotAvailable)]
    public void Symbols_ReadLegacyCodes(string code, GssSymbol symbol)
    {
        Assert.True(GssSymbols.TryParse(code, out var read));
        Assert.Equal(symbol, read);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("6.4")]
    [InlineData("k")]
    public void Symbols_OtherText_IsNotASymbol(string? text)
    {
        Assert.False(GssSymbols.TryParse(text, out var symbol));
        Assert.Equal(default, symbol);
    }

    [Fact]
    public void Symbols_Undefined_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((GssSymbol)99).Code());
    }

    [Fact]
    public void Sqrt_IsPreciseToTheDecimal()
    {
        var root = Root.Sqrt(2m);

        Assert.True(Math.Abs((root * root) - 2m) < 0.000_000_000_000_000_000_001m);
        Assert.Equal(0m, Root.Sqrt(0m));
        Assert.Equal(0m, Root.Sqrt(-4m));
        Assert.Equal(3m, Root.Sqrt(9m));
    }

    [Fact]
    public void ConfidenceLevel_ValidatesAndFormats()
    {
        Assert.Equal("95%", ConfidenceLevel.NinetyFive.ToString());
        Assert.Equal("99.8%", ConfidenceLevel.NinetyNinePointEight.ToString());
        Assert.Equal(2.575829303548901m, ConfidenceLevel.NinetyNine.Z);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceLevel(0m, 1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceLevel(100m, 1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceLevel(90m, 0m));
        Assert.Equal(90m, new ConfidenceLevel(90m, 1.6448536269514722m).Percent);
    }

    [Fact]
    public void ConfidenceInterval_ContainsExcludesScalesAndFormats()
    {
        var interval = new ConfidenceInterval(0.1m, 0.3m, ConfidenceLevel.NinetyFive);

        Assert.True(interval.Contains(0.1m));
        Assert.True(interval.Contains(0.3m));
        Assert.False(interval.Contains(0.31m));
        Assert.False(interval.Contains(0.09m));
        Assert.True(interval.ExcludesZero);
        Assert.True(new ConfidenceInterval(-0.3m, -0.1m, ConfidenceLevel.NinetyFive).ExcludesZero);
        Assert.False(new ConfidenceInterval(0m, 0.1m, ConfidenceLevel.NinetyFive).ExcludesZero);
        Assert.False(new ConfidenceInterval(-0.1m, 0m, ConfidenceLevel.NinetyFive).ExcludesZero);
        Assert.Equal(30m, interval.Scale(100m).Upper);
        Assert.Equal("0.1000 to 0.3000 (95%)", interval.ToString());
        Assert.Throws<ArgumentException>(() =>
            new ConfidenceInterval(0.3m, 0.1m, ConfidenceLevel.NinetyFive)
        );
        Assert.Throws<ArgumentOutOfRangeException>(() => interval.Scale(0m));
    }

    [Fact]
    public void Proportion_ValidatesEqualsAndFormats()
    {
        var p = Proportion.Of(20_010, 312_150);

        Assert.Equal("20010/312150 (6.4%)", p.ToString());
        Assert.Equal(p, Proportion.Of(20_010m, 312_150m));
        Assert.Equal(p.GetHashCode(), Proportion.Of(20_010, 312_150).GetHashCode());
        Assert.NotEqual(p, Proportion.Of(20_010, 312_151));
        Assert.NotEqual(p, Proportion.Of(20_011, 312_150));
        Assert.False(p.Equals(null));
        Assert.False(p.Equals((object)"6.4"));
        Assert.Equal(0.5m, Proportion.Of(1, 2).Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Of(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Of(-1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proportion.Of(3, 2));
        Assert.Equal(1m, Proportion.Of(2, 2).Value);
    }

    [Fact]
    public void Wilson_AtAnotherLevel_IsWider()
    {
        var p = Proportion.Of(81, 263);

        var narrow = p.Wilson();
        var wide = p.Wilson(ConfidenceLevel.NinetyNinePointEight);

        Assert.True(wide.Lower < narrow.Lower && wide.Upper > narrow.Upper);
        Assert.Equal(ConfidenceLevel.NinetyNinePointEight, wide.Level);
    }

    [Fact]
    public void Gap_InPercentagePoints_AndNotSignificantText()
    {
        var gap = ProportionGap.Between(Proportion.Of(5, 56), Proportion.Of(0, 29));

        Assert.Equal(8.93m, DfeRounding.Round(gap.PercentagePoints, 2));
        Assert.Equal("-3.8", DfeRounding.Format(gap.IntervalInPercentagePoints.Lower, 1));
        Assert.EndsWith("not significant", gap.ToString(), StringComparison.Ordinal);
        Assert.Equal(Proportion.Of(5, 56), gap.Group);
        Assert.Equal(Proportion.Of(0, 29), gap.Comparison);
    }
}
