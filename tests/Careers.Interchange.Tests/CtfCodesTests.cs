using System.Collections.Generic;
using System.Linq;

namespace Careers.Interchange.Tests;

/// <summary>Each code table, entry by entry, against the tables of docs/articles/interchange.md ("The code tables").</summary>
public class CtfCodesTests
{
    private static string Key<T>(KeyValuePair<string, T> pair) => pair.Key;

    [Fact]
    public void Sexes_AreMFAndU_UnknownBeingNotRecorded()
    {
        Assert.Equal(
            new Dictionary<string, Sex>
            {
                ["M"] = Sex.Male,
                ["F"] = Sex.Female,
                ["U"] = Sex.NotRecorded,
            }.OrderBy(Key),
            CtfCodes.Sexes.OrderBy(Key)
        );
        Assert.False(CtfCodes.Sexes.ContainsKey("m"));
    }

    [Fact]
    public void SenProvision_IsNKAndE_WithoutTheRetiredCodes()
    {
        Assert.Equal(
            new Dictionary<string, SenProvision>
            {
                ["N"] = SenProvision.None,
                ["K"] = SenProvision.SenSupport,
                ["E"] = SenProvision.EhcPlan,
            }.OrderBy(Key),
            CtfCodes.SenProvision.OrderBy(Key)
        );
        Assert.DoesNotContain("A", CtfCodes.SenProvision.Keys);
        Assert.DoesNotContain("P", CtfCodes.SenProvision.Keys);
        Assert.DoesNotContain("S", CtfCodes.SenProvision.Keys);
    }

    [Fact]
    public void NcYears_AreReceptionAndYears1To13_AndSixCodesWithNoYearGroup()
    {
        var expected = new Dictionary<string, YearGroup?>
        {
            ["E1"] = null,
            ["E2"] = null,
            ["N1"] = null,
            ["N2"] = null,
            ["R"] = YearGroup.Reception,
            ["14"] = null,
            ["X"] = null,
        };
        for (var year = 1; year <= 13; year++)
        {
            expected[year.ToString(System.Globalization.CultureInfo.InvariantCulture)] =
                YearGroup.FromNumber(year);
        }

        Assert.Equal(expected.OrderBy(Key), CtfCodes.NcYears.OrderBy(Key));
        Assert.False(CtfCodes.NcYears.ContainsKey("0"));
        Assert.False(CtfCodes.NcYears.ContainsKey("r"));
    }

    [Fact]
    public void Ethnicities_AreTheTwentyFourMainCodes_WithTheirDescriptions()
    {
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["WBRI"] = "White - British",
                ["WIRI"] = "White - Irish",
                ["WIRT"] = "Traveller of Irish heritage",
                ["WOTH"] = "Any other White background",
                ["WROM"] = "Gypsy / Roma",
                ["MWBC"] = "White and Black Caribbean",
                ["MWBA"] = "White and Black African",
                ["MWAS"] = "White and Asian",
                ["MOTH"] = "Any other mixed background",
                ["ABRI"] = "Asian - British",
                ["AWEL"] = "Asian - Welsh",
                ["BBRI"] = "Black - British",
                ["BWEL"] = "Black - Welsh",
                ["AIND"] = "Indian",
                ["APKN"] = "Pakistani",
                ["ABAN"] = "Bangladeshi",
                ["AOTH"] = "Any other Asian background",
                ["BCRB"] = "Black Caribbean",
                ["BAFR"] = "Black - African",
                ["BOTH"] = "Any other Black background",
                ["CHNE"] = "Chinese",
                ["OOTH"] = "Any other ethnic group",
                ["REFU"] = "Refused",
                ["NOBT"] = "Information not yet obtained",
            }.OrderBy(Key),
            CtfCodes.Ethnicities.OrderBy(Key)
        );
        Assert.False(CtfCodes.Ethnicities.ContainsKey("wbri"));
    }

    [Fact]
    public void Languages_EnglishIsEngAndEnb_UnknownIsNotAndRef()
    {
        Assert.Equal(["ENG", "ENB"], CtfCodes.EnglishLanguages);
        Assert.Equal(["NOT", "REF"], CtfCodes.UnknownLanguages);
    }

    [Theory]
    [InlineData("M", Sex.Male)]
    [InlineData("F", Sex.Female)]
    public void EverySexCode_IsReadFromAFile(string code, Sex sex)
    {
        var file = CtfSamples.Read(
            CtfSamples.File(
                CtfSamples.HeaderXml(),
                CtfSamples.MinimalPupilXml(CtfSamples.Upn1.ToString(), sex: code)
            )
        );

        Assert.Equal(sex, file.GetResultOrThrow().Pupils[0].Sex);
    }

    [Theory]
    [InlineData("N", SenProvision.None)]
    [InlineData("K", SenProvision.SenSupport)]
    [InlineData("E", SenProvision.EhcPlan)]
    public void EverySenCode_IsReadFromAFile(string code, SenProvision provision)
    {
        var pupil = CtfSamples
            .MinimalPupilXml(CtfSamples.Upn1.ToString())
            .Replace(
                "</Pupil>",
                $"<SENhistory><SEN><StartDate>2019-01-01</StartDate><SENprovision>{code}</SENprovision></SEN></SENhistory></Pupil>",
                System.StringComparison.Ordinal
            );

        var read = CtfSamples.Read(CtfSamples.File(CtfSamples.HeaderXml(), pupil));

        Assert.Equal(
            provision,
            Assert.Single(read.GetResultOrThrow().Pupils[0].SenHistory).Provision
        );
    }
}
