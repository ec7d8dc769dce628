using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Careers.Tests.Identifiers;

public class LaEstabTests
{
    [Theory]
    [InlineData("8314001")]
    [InlineData("831/4001")]
    [InlineData(" 831/4001 ")]
    public void Parse_WithOrWithoutSlash_GivesTheSameParts(string text)
    {
        var laEstab = LaEstab.Parse(text);

        Assert.Equal(831, laEstab.LaNumber);
        Assert.Equal(4001, laEstab.EstablishmentNumber);
        Assert.Equal("8314001", laEstab.ToString());
    }

    [Theory]
    [InlineData("831400", "laestab.length")]
    [InlineData("83/14001", "laestab.length")]
    [InlineData("831-4001", "laestab.length")]
    [InlineData("83A4001", "laestab.character")]
    public void Validate_BadText_NamesTheProblem(string text, string code)
    {
        Assert.Equal(code, LaEstab.Validate(text).Error?.Code);
    }

    [Fact]
    public void Create_PartOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LaEstab.Create(1000, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LaEstab.Create(0, 10000));
        Assert.Equal("0010002", LaEstab.Create(1, 2).ToString());
    }

    [Property]
    public Property ParseOfToString_IsIdentity() =>
        Prop.ForAll(Generators.LaEstab.ToArbitrary(), x => LaEstab.Parse(x.ToString()) == x);
}
