using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Careers.Interchange.Tests;

/// <summary>
/// A pupil's record: each problem with its code, path and message; what each element gives; the elements around the
/// subset skipped at every level.
/// </summary>
public class CtfPupilReadingTests
{
    private const string Pupil0 = "/CTfile/CTFpupilData/Pupil/0";

    /// <summary>A file of one pupil: a UPN, a date of birth and a sex, then <paramref name="rest"/>.</summary>
    private static string OnePupil(string rest) =>
        CtfSamples.File(
            CtfSamples.HeaderXml(),
            $"<Pupil><UPN>{CtfSamples.Upn1}</UPN><DOB>2009-10-02</DOB><Sex>F</Sex>{rest}</Pupil>"
        );

    private static CtfPupil Read(string rest) =>
        Assert.Single(CtfSamples.Read(OnePupil(rest)).GetResultOrThrow().Pupils);

    private static (string Code, string Path, string Message) Problem(string xml)
    {
        var problem = Assert.Single(CtfSamples.Read(xml).Problems);
        return (problem.Code, problem.Path, problem.Message);
    }

    private static (string Code, string Path, string Message) ProblemWith(string rest) =>
        Problem(OnePupil(rest));

    private static string Pupil(string upn = "", string dob = "", string sex = "") =>
        CtfSamples.File(
            CtfSamples.HeaderXml(),
            $"<Pupil>{upn}{dob}{sex}<BasicDetails><NCyearActual>6</NCyearActual></BasicDetails></Pupil>"
        );

    [Fact]
    public void MissingUpnDobAndSex_AreProblems_WithMessages()
    {
        var upn = $"<UPN>{CtfSamples.Upn1}</UPN>";
        const string dob = "<DOB>2009-10-02</DOB>";
        const string sex = "<Sex>M</Sex>";

        Assert.Equal(
            ("ctf.upn.missing", Pupil0 + "/UPN", "The pupil has no <UPN>."),
            Problem(Pupil(dob: dob, sex: sex))
        );
        Assert.Equal(
            ("ctf.upn.missing", Pupil0 + "/UPN", "The pupil has no <UPN>."),
            Problem(Pupil("<UPN> </UPN>", dob, sex))
        );
        Assert.Equal(
            ("ctf.dob.missing", Pupil0 + "/DOB", "The date of birth is missing."),
            Problem(Pupil(upn, sex: sex))
        );
        Assert.Equal(
            (
                "ctf.sex.missing",
                Pupil0 + "/Sex",
                "The pupil has no <Sex> (nor <Gender>, its older name)."
            ),
            Problem(Pupil(upn, dob))
        );
        Assert.Equal(
            (
                "ctf.sex.missing",
                Pupil0 + "/Sex",
                "The pupil has no <Sex> (nor <Gender>, its older name)."
            ),
            Problem(Pupil(upn, dob, "<Sex></Sex>"))
        );
    }

    [Fact]
    public void BadUpn_IsTheUpnsOwnProblem_AtThePupilsUpn()
    {
        var expected = Upn.Validate(CtfSamples.BadUpn).Error!;

        Assert.Equal(
            (expected.Code, Pupil0 + "/UPN", expected.Message),
            Problem(
                Pupil($"<UPN>{CtfSamples.BadUpn}</UPN>", "<DOB>2009-10-02</DOB>", "<Sex>M</Sex>")
            )
        );
    }

    [Fact]
    public void BadFormerUpn_IsTheUpnsOwnProblem_AtItsPath()
    {
        var expected = Upn.Validate(CtfSamples.BadUpn).Error!;

        Assert.Equal(
            (expected.Code, Pupil0 + "/BasicDetails/FormerUPN", expected.Message),
            ProblemWith($"<BasicDetails><FormerUPN>{CtfSamples.BadUpn}</FormerUPN></BasicDetails>")
        );
        Assert.Null(Read("<BasicDetails><FormerUPN></FormerUPN></BasicDetails>").FormerUpn);
        Assert.Equal(
            CtfSamples.Former,
            Read(
                $"<BasicDetails><FormerUPN>{CtfSamples.Former}</FormerUPN></BasicDetails>"
            ).FormerUpn
        );
    }

    [Fact]
    public void DuplicateUpn_SaysWhichUpn()
    {
        var xml = CtfSamples.File(
            CtfSamples.HeaderXml(),
            CtfSamples.MinimalPupilXml(CtfSamples.Upn1.ToString()),
            CtfSamples.MinimalPupilXml(CtfSamples.Upn1.ToString())
        );

        Assert.Equal(
            (
                "ctf.upn.duplicate",
                "/CTfile/CTFpupilData/Pupil/1/UPN",
                $"UPN {CtfSamples.Upn1} appears for an earlier pupil in this file too: each pupil appears once."
            ),
            Problem(xml)
        );
    }

    [Fact]
    public void ManyDistinctUpns_PermanentAndTemporary_AreNeverDuplicates()
    {
        // Every permanent UPN of one school and year, and every temporary one: the numbers the reader keeps for
        // duplicates must tell each from every other.
        var upns = new List<Upn>();
        for (var serial = 0; serial < 1000; serial++)
        {
            upns.Add(Upn.Create(831, 2001, 15, serial));
        }

        for (var serial = 0; serial < 100; serial++)
        {
            foreach (var letter in Upn.CheckLetters)
            {
                upns.Add(Upn.CreateTemporary(831, 2001, 15, serial, letter));
            }
        }

        var xml = CtfSamples.File(
            CtfSamples.HeaderXml(),
            upns.Select(u => CtfSamples.MinimalPupilXml(u.ToString())).ToArray()
        );

        var file = CtfSamples.Read(xml);

        Assert.Empty(file.Problems);
        Assert.Equal(upns, file.GetResultOrThrow().Pupils.Select(p => p.Upn));
    }

    [Theory]
    [InlineData(
        "<DOB>2009-13-01</DOB>",
        "ctf.dob",
        "The date of birth is \"2009-13-01\"; a date is written yyyy-MM-dd."
    )]
    [InlineData(
        "<DOB>02/10/2009</DOB>",
        "ctf.dob",
        "The date of birth is \"02/10/2009\"; a date is written yyyy-MM-dd."
    )]
    [InlineData(
        "<DOB>1900-08-31</DOB>",
        "ctf.dob",
        "The date of birth is 1900-08-31, outside the supported range 1900-09-01 to 9999-08-31."
    )]
    [InlineData(
        "<DOB>0001-01-01</DOB>",
        "ctf.dob",
        "The date of birth is 0001-01-01, outside the supported range 1900-09-01 to 9999-08-31."
    )]
    [InlineData(
        "<DOB>9999-09-01</DOB>",
        "ctf.dob",
        "The date of birth is 9999-09-01, outside the supported range 1900-09-01 to 9999-08-31."
    )]
    [InlineData("<DOB></DOB>", "ctf.dob.missing", "The date of birth is missing.")]
    public void BadDateOfBirth_IsAProblem(string dob, string code, string message)
    {
        Assert.Equal(
            (code, Pupil0 + "/DOB", message),
            Problem(Pupil($"<UPN>{CtfSamples.Upn1}</UPN>", dob, "<Sex>M</Sex>"))
        );
    }

    [Theory]
    [InlineData("1900-09-01")]
    [InlineData("9999-08-31")]
    public void DateOfBirthAtTheEndsOfTheSupportedRange_IsRead(string dob)
    {
        var file = CtfSamples.Read(
            Pupil($"<UPN>{CtfSamples.Upn1}</UPN>", $"<DOB>{dob}</DOB>", "<Sex>M</Sex>")
        );

        Assert.Equal(dob, CtfText.Date(Assert.Single(file.GetResultOrThrow().Pupils).DateOfBirth));
    }

    [Theory]
    [InlineData("Q")]
    [InlineData("m")]
    [InlineData("X")]
    public void SexOutsideTheTable_IsAProblem(string sex)
    {
        Assert.Equal(
            ("ctf.sex.code", Pupil0 + "/Sex", $"<Sex> is \"{sex}\"; the codes are M, F and U."),
            Problem(
                Pupil($"<UPN>{CtfSamples.Upn1}</UPN>", "<DOB>2009-10-02</DOB>", $"<Sex>{sex}</Sex>")
            )
        );
    }

    [Fact]
    public void Sex_UnknownIsNotRecorded_AndTheOlderNameGenderIsReadWhenSexIsAbsent()
    {
        CtfPupil ReadSex(string sex) =>
            Assert.Single(
                CtfSamples
                    .Read(Pupil($"<UPN>{CtfSamples.Upn1}</UPN>", "<DOB>2009-10-02</DOB>", sex))
                    .GetResultOrThrow()
                    .Pupils
            );

        Assert.Equal(Sex.NotRecorded, ReadSex("<Sex>U</Sex>").Sex);
        Assert.Equal(Sex.Female, ReadSex("<Gender>F</Gender>").Sex);
        // Sex wins when a file has both.
        Assert.Equal(Sex.Male, ReadSex("<Gender>F</Gender><Sex>M</Sex>").Sex);
        Assert.Equal(
            ("ctf.sex.code", Pupil0 + "/Gender", "<Gender> is \"Z\"; the codes are M, F and U."),
            Problem(
                Pupil(
                    $"<UPN>{CtfSamples.Upn1}</UPN>",
                    "<DOB>2009-10-02</DOB>",
                    "<Gender>Z</Gender>"
                )
            )
        );
    }

    [Theory]
    [InlineData("15")]
    [InlineData("0")]
    [InlineData("Y6")]
    public void NcYearOutsideTheTable_IsAProblem(string code)
    {
        Assert.Equal(
            (
                "ctf.nc-year.code",
                Pupil0 + "/BasicDetails/NCyearActual",
                $"<NCyearActual> is \"{code}\"; the codes are E1, E2, N1, N2, R, 1 to 14 and X."
            ),
            ProblemWith($"<BasicDetails><NCyearActual>{code}</NCyearActual></BasicDetails>")
        );
    }

    [Theory]
    [InlineData("N1")]
    [InlineData("R")]
    [InlineData("14")]
    [InlineData("X")]
    public void NcYearInTheTable_IsKeptAsWritten(string code)
    {
        Assert.Equal(
            code,
            Read($"<BasicDetails><NCyearActual>{code}</NCyearActual></BasicDetails>").NcYearActual
        );
    }

    [Fact]
    public void EthnicityOutsideTheTable_IsAProblem_SayingHowToAllowIt()
    {
        Assert.Equal(
            (
                "ctf.ethnicity.code",
                Pupil0 + "/BasicDetails/Ethnicity",
                "<Ethnicity> is \"WENG\", not a main ethnicity code (WBRI, AIND, ...); allow a local authority's extended codes with CtfReadOptions.AdditionalEthnicityCodes."
            ),
            ProblemWith("<BasicDetails><Ethnicity>WENG</Ethnicity></BasicDetails>")
        );
        Assert.Equal(
            "NOBT",
            Read("<BasicDetails><Ethnicity>NOBT</Ethnicity></BasicDetails>").Ethnicity
        );
    }

    [Fact]
    public void EmptyOptionalCodes_AreNotRecorded_NotProblems()
    {
        var pupil = Read(
            "<BasicDetails><NCyearActual></NCyearActual><Ethnicity/><Languages><Type><LanguageType>F</LanguageType><Language></Language></Type></Languages></BasicDetails>"
        );

        Assert.Null(pupil.NcYearActual);
        Assert.Null(pupil.Ethnicity);
        Assert.Null(pupil.FirstLanguage);
    }

    [Theory]
    [InlineData("ENG")]
    [InlineData("ENGL")]
    [InlineData("AZZ")]
    [InlineData("ZZZZ")]
    public void LanguageOfThreeOrFourCapitals_IsTheFirstLanguage(string code)
    {
        Assert.Equal(code, Read(Languages(("F", code))).FirstLanguage);
    }

    [Theory]
    [InlineData("EN")]
    [InlineData("ENGLI")]
    [InlineData("EnG")]
    [InlineData("EN1")]
    [InlineData("@AA")]
    [InlineData("[AA")]
    [InlineData("AA`")]
    [InlineData("AA{")]
    public void OtherLanguageCodes_AreProblems(string code)
    {
        Assert.Equal(
            (
                "ctf.language.code",
                Pupil0 + "/BasicDetails/Languages/Type/Language",
                $"The first language is \"{code}\"; a language code is three or four capital letters, such as ENG."
            ),
            ProblemWith(Languages(("F", code)))
        );
    }

    private static string Languages(params (string Type, string Language)[] types) =>
        "<BasicDetails><Languages>"
        + string.Concat(
            types.Select(t =>
                $"<Type><LanguageType>{t.Type}</LanguageType><Language>{t.Language}</Language></Type>"
            )
        )
        + "</Languages></BasicDetails>";

    [Fact]
    public void FirstLanguage_IsTheLanguageOfTypeF_TheLastWhenThereAreMore()
    {
        Assert.Equal(
            "PNJ",
            Read(Languages(("S", "ENG"), ("F", "PNJ"), ("H", "URD"))).FirstLanguage
        );
        Assert.Equal("URD", Read(Languages(("F", "PNJ"), ("F", "URD"))).FirstLanguage);
        Assert.Null(Read(Languages(("S", "ENG"), ("H", "URD"))).FirstLanguage);
        Assert.Equal(
            "URD",
            Read(
                "<BasicDetails><Languages><Type><LanguageType>F</LanguageType><Language>PNJ</Language></Type></Languages>"
                    + "<Languages><Type><LanguageType>F</LanguageType><Language>URD</Language></Type></Languages></BasicDetails>"
            ).FirstLanguage
        );
        // A second <Languages> with no first language keeps the first one's.
        Assert.Equal(
            "PNJ",
            Read(
                "<BasicDetails><Languages><Type><LanguageType>F</LanguageType><Language>PNJ</Language></Type></Languages>"
                    + "<Languages><Type><LanguageType>S</LanguageType><Language>ENG</Language></Type></Languages></BasicDetails>"
            ).FirstLanguage
        );
    }

    [Fact]
    public void LanguageElements_AroundTheTypes_AreSkipped()
    {
        var pupil = Read(
            "<BasicDetails><Languages><Source><Code>P</Code></Source>"
                + "<Type><Note><Text>x</Text></Note><Language>PNJ</Language><Fluency><Level>3</Level></Fluency><LanguageType>F</LanguageType></Type>"
                + "<Type/><Other/></Languages><NCyearActual>6</NCyearActual></BasicDetails>"
        );

        Assert.Equal("PNJ", pupil.FirstLanguage);
        Assert.Equal("6", pupil.NcYearActual);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    public void InCare_IsTrueOrFalse(string text, bool lookedAfter)
    {
        Assert.Equal(
            lookedAfter,
            Read(
                $"<LookedAfter><CareAuthority>831</CareAuthority><InCare>{text}</InCare></LookedAfter>"
            ).LookedAfter
        );
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("TRUE")]
    [InlineData("")]
    public void InCareOtherwise_IsAProblem(string text)
    {
        Assert.Equal(
            (
                "ctf.looked-after.code",
                Pupil0 + "/LookedAfter/InCare",
                $"<InCare> is \"{text}\"; it is true or false."
            ),
            ProblemWith($"<LookedAfter><InCare>{text}</InCare></LookedAfter>")
        );
    }

    [Fact]
    public void LookedAfterWithoutInCare_IsNotLookedAfter()
    {
        Assert.False(Read("<LookedAfter/>").LookedAfter);
        Assert.False(
            Read("<LookedAfter><CareAuthority>831</CareAuthority></LookedAfter>").LookedAfter
        );
    }

    [Fact]
    public void StrayTextBetweenElements_IsPassedOver()
    {
        var pupil = Read(
            "<BasicDetails>stray<NCyearActual>7</NCyearActual>more<Ethnicity>WBRI</Ethnicity>end</BasicDetails>"
                + "<FSMhistory>x<FSMinstance>y<FSMstartDate>2019-01-07</FSMstartDate>z</FSMinstance>w</FSMhistory>"
                + "<LookedAfter>t<InCare>true</InCare></LookedAfter>"
        );

        Assert.Equal("7", pupil.NcYearActual);
        Assert.Equal("WBRI", pupil.Ethnicity);
        Assert.Equal([new CtfFsmPeriod(new LocalDate(2019, 1, 7), null)], pupil.FreeSchoolMeals);
        Assert.True(pupil.LookedAfter);
    }

    [Fact]
    public void EmptyContainers_GiveEmptyHistories()
    {
        var pupil = Read("<BasicDetails/><FSMhistory/><SENhistory/><SchoolHistory/><LookedAfter/>");

        Assert.Empty(pupil.FreeSchoolMeals);
        Assert.Empty(pupil.SenHistory);
        Assert.Empty(pupil.SchoolHistory);
        Assert.Null(pupil.NcYearActual);
    }
}
