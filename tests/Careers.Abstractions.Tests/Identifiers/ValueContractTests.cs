using System;
using System.Collections.Generic;

namespace Careers.Tests.Identifiers;

/// <summary>The contract every value type keeps: equality with null, operators, and non-generic comparison.</summary>
public class ValueContractTests
{
    public static TheoryData<object, object, object> SmallerLargerAndEqualToSmaller() =>
        new()
        {
            { Upn.Parse("H801200001001"), Upn.Parse("U80120000100A"), Upn.Parse("h801200001001") },
            { Urn.FromNumber(1), Urn.FromNumber(2), Urn.Parse("000001") },
            { Ukprn.FromNumber(10000001), Ukprn.FromNumber(10000002), Ukprn.Parse("10000001") },
            { LaEstab.Create(831, 1), LaEstab.Create(831, 2), LaEstab.Parse("8310001") },
            { new AcademicYear(2023), new AcademicYear(2024), AcademicYear.Parse("2023/24") },
            { YearGroup.Year7, YearGroup.Year8, YearGroup.Parse("Y7") },
        };

    [Theory]
    [MemberData(nameof(SmallerLargerAndEqualToSmaller))]
    public void NonGenericCompareTo_OrdersNullFirst_AndRejectsOtherTypes(
        object smaller,
        object larger,
        object equal
    )
    {
        var comparable = (IComparable)smaller;

        Assert.True(comparable.CompareTo(null) > 0);
        Assert.True(comparable.CompareTo(larger) < 0);
        Assert.True(((IComparable)larger).CompareTo(smaller) > 0);
        Assert.Equal(0, comparable.CompareTo(equal));
        var exception = Assert.Throws<ArgumentException>(() => comparable.CompareTo("text"));
        Assert.Contains("Object must be", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SmallerLargerAndEqualToSmaller))]
    public void Equals_IsValueEquality_AndFalseForNullOrOtherTypes(
        object smaller,
        object larger,
        object equal
    )
    {
        Assert.True(smaller.Equals(equal));
        Assert.Equal(smaller.GetHashCode(), equal.GetHashCode());
        Assert.False(smaller.Equals(larger));
        Assert.False(smaller.Equals(null));
        Assert.False(smaller.Equals("text"));
    }

    [Fact]
    public void ReferenceTypeOperators_HandleNull()
    {
        Upn? noUpn = null;
        Urn? noUrn = null;
        Ukprn? noUkprn = null;
        LaEstab? noLaEstab = null;
        var upn = Upn.Parse("H801200001001");
        var urn = Urn.FromNumber(1);
        var ukprn = Ukprn.FromNumber(10000001);
        var laEstab = LaEstab.Create(1, 1);

        Assert.True(noUpn == null && noUrn == null && noUkprn == null && noLaEstab == null);
        Assert.False(upn == noUpn || urn == noUrn || ukprn == noUkprn || laEstab == noLaEstab);
        Assert.False(noUpn == upn || noUrn == urn || noUkprn == ukprn || noLaEstab == laEstab);
        Assert.True(upn != noUpn && urn != noUrn && ukprn != noUkprn && laEstab != noLaEstab);
        Assert.False(
            upn.Equals((Upn?)null)
                || urn.Equals((Urn?)null)
                || ukprn.Equals((Ukprn?)null)
                || laEstab.Equals((LaEstab?)null)
        );
        Assert.True(
            upn.CompareTo(null) > 0
                && urn.CompareTo(null) > 0
                && ukprn.CompareTo(null) > 0
                && laEstab.CompareTo(null) > 0
        );
    }

    [Fact]
    public void ValueTypeOperators_AreStrictAndNonStrict()
    {
        var year = new AcademicYear(2024);
        var sameYear = new AcademicYear(2024);
        var yearGroup = YearGroup.Year9;
        var sameYearGroup = YearGroup.FromNumber(9);

        Assert.False(year < sameYear || year > sameYear);
        Assert.True(year <= sameYear && year >= sameYear && year == sameYear);
        Assert.False(yearGroup < sameYearGroup || yearGroup > sameYearGroup);
        Assert.True(
            yearGroup <= sameYearGroup && yearGroup >= sameYearGroup && yearGroup == sameYearGroup
        );
        Assert.False(year.PlusYears(1) <= year);
        Assert.False(year >= year.PlusYears(1));
        Assert.False(YearGroup.Year10 <= yearGroup);
        Assert.False(yearGroup >= YearGroup.Year10);
    }

    [Fact]
    public void Sorting_UsesTheNaturalOrder()
    {
        var years = new List<AcademicYear> { new(2025), new(2023), new(2024) };
        years.Sort();

        Assert.Equal(
            [new AcademicYear(2023), new AcademicYear(2024), new AcademicYear(2025)],
            years
        );
    }
}
