using System;

namespace Careers.Tests.People;

public class InstitutionTests
{
    [Fact]
    public void Institution_CarriesItsIdentifiers()
    {
        var school = new Institution("112233", "Derby Academy", InstitutionType.Secondary)
        {
            Urn = Urn.Parse("112233"),
            LaEstab = LaEstab.Parse("8314001"),
            Area = "E05001770",
        };

        Assert.Equal("112233", school.Urn!.ToString());
        Assert.Equal(831, school.LaEstab!.LaNumber);
        Assert.Null(school.Ukprn);
    }

    [Fact]
    public void Constructor_RejectsBlankAndUndefined()
    {
        Assert.Throws<ArgumentException>(() => new Institution("", "X", InstitutionType.Primary));
        Assert.Throws<ArgumentException>(() => new Institution("1", " ", InstitutionType.Primary));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Institution("1", "X", (InstitutionType)99)
        );
        Assert.Throws<ArgumentException>(() =>
            new Institution("1", "X", InstitutionType.Primary) { Area = "" }
        );
    }

    [Theory]
    [InlineData(InstitutionType.SixthFormCollege, true)]
    [InlineData(InstitutionType.FurtherEducationCollege, true)]
    [InlineData(InstitutionType.IndependentTrainingProvider, true)]
    [InlineData(InstitutionType.Secondary, false)]
    [InlineData(InstitutionType.Special, false)]
    [InlineData(InstitutionType.AlternativeProvision, false)]
    [InlineData(InstitutionType.HigherEducation, false)]
    public void UsesCollegeBenchmarks_ForCollegesAndTrainingProviders(
        InstitutionType type,
        bool expected
    )
    {
        Assert.Equal(expected, type.UsesCollegeBenchmarks());
    }
}
