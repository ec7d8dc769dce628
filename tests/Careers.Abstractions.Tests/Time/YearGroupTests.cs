using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Careers.Tests.Time;

public class YearGroupTests
{
    [Theory]
    [InlineData(0, KeyStage.EarlyYearsFoundationStage)]
    [InlineData(1, KeyStage.KeyStage1)]
    [InlineData(2, KeyStage.KeyStage1)]
    [InlineData(3, KeyStage.KeyStage2)]
    [InlineData(6, KeyStage.KeyStage2)]
    [InlineData(7, KeyStage.KeyStage3)]
    [InlineData(9, KeyStage.KeyStage3)]
    [InlineData(10, KeyStage.KeyStage4)]
    [InlineData(11, KeyStage.KeyStage4)]
    [InlineData(12, KeyStage.SixteenToNineteen)]
    [InlineData(13, KeyStage.SixteenToNineteen)]
    public void KeyStage_FollowsTheNationalCurriculum(int number, KeyStage expected)
    {
        Assert.Equal(expected, YearGroup.FromNumber(number).KeyStage);
    }

    [Fact]
    public void AcademicAge_IsNumberPlusFour()
    {
        Assert.Equal(4, YearGroup.Reception.AcademicAge);
        Assert.Equal(11, YearGroup.Year7.AcademicAge);
        Assert.Equal(15, YearGroup.Year11.AcademicAge);
        Assert.Equal(17, YearGroup.Year13.AcademicAge);
        Assert.Equal(YearGroup.Year7, YearGroup.ForAcademicAge(11));
        Assert.Throws<ArgumentOutOfRangeException>(() => YearGroup.ForAcademicAge(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => YearGroup.ForAcademicAge(18));
    }

    [Fact]
    public void NamedYearGroups_HaveTheirNumbers()
    {
        YearGroup[] named =
        [
            YearGroup.Reception,
            YearGroup.Year1,
            YearGroup.Year2,
            YearGroup.Year3,
            YearGroup.Year4,
            YearGroup.Year5,
            YearGroup.Year6,
            YearGroup.Year7,
            YearGroup.Year8,
            YearGroup.Year9,
            YearGroup.Year10,
            YearGroup.Year11,
            YearGroup.Year12,
            YearGroup.Year13,
        ];
        for (var i = 0; i < named.Length; i++)
        {
            Assert.Equal(i, named[i].Number);
        }

        Assert.Equal(YearGroup.Reception, default);
        Assert.True(YearGroup.Year7.IsSecondary);
        Assert.False(YearGroup.Year6.IsSecondary);
    }

    [Theory]
    [InlineData("Reception", 0)]
    [InlineData("r", 0)]
    [InlineData("Year 7", 7)]
    [InlineData("year7", 7)]
    [InlineData("Y11", 11)]
    [InlineData("y 11", -1)]
    [InlineData("13", 13)]
    [InlineData(" Year 13 ", 13)]
    [InlineData("Year 14", -1)]
    [InlineData("0", -1)]
    [InlineData("Year", -1)]
    [InlineData("Seven", -1)]
    [InlineData("", -1)]
    public void Parse_AcceptedAndRejectedForms(string text, int expected)
    {
        var result = YearGroup.Validate(text);

        if (expected < 0)
        {
            Assert.False(result.Success);
            Assert.StartsWith("year-group.", result.Error.Code, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(expected, result.Value.Number);
        }
    }

    [Fact]
    public void TryPlusYears_StaysWithinReceptionToYear13()
    {
        Assert.True(YearGroup.Year11.TryPlusYears(2, out var y13));
        Assert.Equal(YearGroup.Year13, y13);
        Assert.False(YearGroup.Year13.TryPlusYears(1, out _));
        Assert.False(YearGroup.Reception.TryPlusYears(-1, out _));
    }

    [Fact]
    public void Ordering()
    {
        Assert.True(YearGroup.Year7 < YearGroup.Year8);
        Assert.True(YearGroup.Year8 > YearGroup.Year7);
        Assert.True(YearGroup.Year7 <= YearGroup.Year7 && YearGroup.Year7 >= YearGroup.Year7);
        Assert.True(YearGroup.Year7 != YearGroup.Year8);
        Assert.Throws<ArgumentOutOfRangeException>(() => YearGroup.FromNumber(14));
    }

    [Property]
    public Property ParseOfToString_IsIdentity() =>
        Prop.ForAll(Generators.YearGroup.ToArbitrary(), y => YearGroup.Parse(y.ToString()) == y);
}
