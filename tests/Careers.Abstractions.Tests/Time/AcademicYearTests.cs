using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Careers.Tests.Time;

public class AcademicYearTests
{
    [Fact]
    public void Year202425_RunsFromFirstSeptemberToThirtyFirstAugust()
    {
        var year = new AcademicYear(2024);

        Assert.Equal(new LocalDate(2024, 9, 1), year.Start);
        Assert.Equal(new LocalDate(2025, 8, 31), year.End);
        Assert.Equal(new LocalDate(2024, 8, 31), year.AgeReferenceDate);
        Assert.Equal(2025, year.EndYear);
        Assert.Equal("2024/25", year.ToString());
        Assert.Equal("202425", year.ToTimePeriod());
    }

    [Theory]
    [InlineData(2024, 8, 31, 2023)]
    [InlineData(2024, 9, 1, 2024)]
    [InlineData(2025, 8, 31, 2024)]
    [InlineData(2024, 2, 29, 2023)]
    [InlineData(2024, 12, 31, 2024)]
    public void ForDate_BoundaryDays(int y, int m, int d, int expectedStart)
    {
        Assert.Equal(new AcademicYear(expectedStart), AcademicYear.ForDate(new LocalDate(y, m, d)));
    }

    [Fact]
    public void Contains_IsInclusiveOfBothEnds()
    {
        var year = new AcademicYear(2024);

        Assert.True(year.Contains(new LocalDate(2024, 9, 1)));
        Assert.True(year.Contains(new LocalDate(2025, 8, 31)));
        Assert.False(year.Contains(new LocalDate(2024, 8, 31)));
        Assert.False(year.Contains(new LocalDate(2025, 9, 1)));
    }

    [Theory]
    [InlineData("2024/25")]
    [InlineData("2024-25")]
    [InlineData("2024/2025")]
    [InlineData("202425")]
    [InlineData(" 2024/25 ")]
    public void Parse_AcceptedForms(string text)
    {
        Assert.Equal(new AcademicYear(2024), AcademicYear.Parse(text));
    }

    [Fact]
    public void Parse_CenturyBoundary()
    {
        Assert.Equal(new AcademicYear(1999), AcademicYear.Parse("1999/00"));
        Assert.Equal("1999/00", new AcademicYear(1999).ToString());
    }

    [Theory]
    [InlineData("2024/26", "academic-year.end-year")]
    [InlineData("2024/2026", "academic-year.end-year")]
    [InlineData("2024", "academic-year.format")]
    [InlineData("24/25", "academic-year.format")]
    [InlineData("2024/2x", "academic-year.format")]
    [InlineData("1800/01", "academic-year.range")]
    [InlineData("", "academic-year.empty")]
    public void Validate_BadText_NamesTheProblem(string text, string code)
    {
        Assert.Equal(code, AcademicYear.Validate(text).Error?.Code);
    }

    [Fact]
    public void Validate_WrongEndYear_SaysWhichEndIsRight()
    {
        Assert.Contains(
            "ends in 2025",
            AcademicYear.Validate("2024/26").Error!.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Constructor_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AcademicYear(1899));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AcademicYear(9999));
    }

    [Fact]
    public void Ordering_AndArithmetic()
    {
        var a = new AcademicYear(2023);
        var b = a.PlusYears(1);

        Assert.Equal(2024, b.StartYear);
        Assert.True(a < b && b > a && a <= b && b >= a && a != b);
        Assert.False(a == b);
        Assert.True(a.CompareTo(b) < 0);
        Assert.True(AcademicYear.TryParse("2023/24", out var parsed) && parsed == a);
        Assert.False(AcademicYear.TryParse("bad", out _));
    }

    [Property]
    public Property ParseOfToString_AndOfTimePeriod_AreIdentity() =>
        Prop.ForAll(
            Generators.AcademicYear.ToArbitrary(),
            y => AcademicYear.Parse(y.ToString()) == y && AcademicYear.Parse(y.ToTimePeriod()) == y
        );

    [Property]
    public Property ForDate_ContainsTheDate() =>
        Prop.ForAll(Generators.Date.ToArbitrary(), d => AcademicYear.ForDate(d).Contains(d));
}
