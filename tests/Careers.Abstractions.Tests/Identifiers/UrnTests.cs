using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Careers.Tests.Identifiers;

public class UrnTests
{
    [Fact]
    public void Parse_SixDigits_KeepsLeadingZeros()
    {
        var urn = Urn.Parse(" 012345 ");

        Assert.Equal(12345, urn.Value);
        Assert.Equal("012345", urn.ToString());
    }

    [Theory]
    [InlineData("", "urn.empty")]
    [InlineData("12345", "urn.length")]
    [InlineData("1234567", "urn.length")]
    [InlineData("12a456", "urn.character")]
    [InlineData("123 56", "urn.whitespace")]
    [InlineData("１２３４５６", "urn.character")]
    public void Validate_BadText_NamesTheProblem(string text, string code)
    {
        Assert.Equal(code, Urn.Validate(text).Error?.Code);
    }

    [Fact]
    public void FromNumber_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Urn.FromNumber(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Urn.FromNumber(1_000_000));
        Assert.Equal("999999", Urn.FromNumber(999_999).ToString());
    }

    [Fact]
    public void Equality_AndOrder_AreByNumber()
    {
        Assert.Equal(Urn.Parse("112233"), Urn.FromNumber(112233));
        Assert.True(Urn.Parse("112233") == Urn.FromNumber(112233));
        Assert.True(Urn.FromNumber(1).CompareTo(Urn.FromNumber(2)) < 0);
        Assert.True(Urn.FromNumber(1) != Urn.FromNumber(2));
        Assert.False(Urn.TryParse("x", out _));
    }

    [Property]
    public Property ParseOfToString_IsIdentity() =>
        Prop.ForAll(Generators.Urn.ToArbitrary(), urn => Urn.Parse(urn.ToString()) == urn);
}
