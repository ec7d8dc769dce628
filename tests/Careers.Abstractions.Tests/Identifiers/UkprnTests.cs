using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Careers.Tests.Identifiers;

public class UkprnTests
{
    [Fact]
    public void Parse_EightDigits()
    {
        Assert.Equal(10001234, Ukprn.Parse("10001234").Value);
    }

    [Theory]
    [InlineData("01234567", "ukprn.leading-zero")]
    [InlineData("1234567", "ukprn.length")]
    [InlineData("1234567X", "ukprn.character")]
    [InlineData(null, "ukprn.empty")]
    public void Validate_BadText_NamesTheProblem(string? text, string code)
    {
        Assert.Equal(code, Ukprn.Validate(text).Error?.Code);
    }

    [Fact]
    public void Validate_LeadingZero_SaysWhatTheFirstDigitMayBe()
    {
        Assert.Contains(
            "first digit of a UKPRN is 1 to 9",
            Ukprn.Validate("01234567").Error!.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void FromNumber_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Ukprn.FromNumber(9_999_999));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ukprn.FromNumber(100_000_000));
    }

    [Property]
    public Property ParseOfToString_IsIdentity() =>
        Prop.ForAll(
            Generators.Ukprn.ToArbitrary(),
            ukprn => Ukprn.Parse(ukprn.ToString()) == ukprn
        );
}
