using System.Linq;
using NodaTime;

namespace Careers.Interchange.Tests;

public class CtfReaderTests
{
    [Fact]
    public void Header_IsRead()
    {
        var file = CtfSamples.Read(CtfSamples.File(CtfSamples.HeaderXml()));

        var header = file.GetResultOrThrow().Header;
        Assert.Equal(CtfSamples.Header(), header);
        Assert.Empty(file.Result!.Pupils);
        Assert.Empty(file.Result.Warnings);
    }

    [Fact]
    public void EveryElementOfTheSubset_IsRead()
    {
        var file = CtfSamples.Read(
            CtfSamples.File(CtfSamples.HeaderXml(), CtfSamples.FullPupilXml(CtfSamples.Upn1))
        );

        var pupil = Assert.Single(file.GetResultOrThrow().Pupils);
        var expected = new CtfPupil(CtfSamples.Upn1, new LocalDate(2009, 10, 2))
        {
            FormerUpn = CtfSamples.Former,
            Sex = Sex.Female,
            NcYearActual = "6",
            Ethnicity = "AIND",
            FirstLanguage = "PNJ",
            LookedAfter = true,
            FreeSchoolMeals =
            [
                new CtfFsmPeriod(new LocalDate(2016, 1, 4), new LocalDate(2017, 3, 31)),
                new CtfFsmPeriod(new LocalDate(2020, 11, 2), null),
            ],
            SenHistory =
            [
                new CtfSenRecord(new LocalDate(2018, 9, 5), SenProvision.SenSupport),
                new CtfSenRecord(new LocalDate(2020, 3, 1), SenProvision.EhcPlan),
            ],
            SchoolHistory =
            [
                new CtfSchoolHistoryEntry(LaEstab.Parse("8303002"))
                {
                    Name = "Old Infant School",
                    Entry = new LocalDate(2014, 9, 3),
                    Leaving = new LocalDate(2017, 7, 21),
                },
                new CtfSchoolHistoryEntry(LaEstab.Parse("8312001"))
                {
                    Entry = new LocalDate(2017, 9, 5),
                },
            ],
        };
        Assert.Equal(expected, pupil);
    }

    [Fact]
    public void Pupils_StreamOneAtATime_WithTheirOwnProblems()
    {
        var xml = CtfSamples.File(
            CtfSamples.HeaderXml(),
            CtfSamples.MinimalPupilXml(CtfSamples.Upn1.ToString()),
            CtfSamples.MinimalPupilXml(CtfSamples.BadUpn, sex: "Q"),
            CtfSamples.MinimalPupilXml(CtfSamples.Upn2.ToString())
        );
        using var stream = CtfSamples.Stream(xml);
        using var reader = CtfReader.Open(stream).GetResultOrThrow();

        var pupils = reader.ReadPupils().ToList();

        Assert.Equal(3, pupils.Count);
        Assert.True(pupils[0].Success);
        var problems = pupils[1].Problems.Select(p => (p.Code, p.Path)).ToList();
        Assert.Contains(("upn.check-letter", "/CTfile/CTFpupilData/Pupil/1/UPN"), problems);
        Assert.Contains(("ctf.sex.code", "/CTfile/CTFpupilData/Pupil/1/Sex"), problems);
        Assert.Equal(CtfSamples.Upn2, pupils[2].Result!.Upn);
        Assert.True(reader.Completed);
        Assert.Equal(3, reader.PupilsRead);
    }

    [Theory]
    [InlineData("DOB", "<DOB>2009-13-01</DOB>", "ctf.dob", "/CTfile/CTFpupilData/Pupil/0/DOB")]
    [InlineData("DOB", "", "ctf.dob.missing", "/CTfile/CTFpupilData/Pupil/0/DOB")]
    [InlineData("Sex", "", "ctf.sex.missing", "/CTfile/CTFpupilData/Pupil/0/Sex")]
    [InlineData(
        "BasicDetails",
        "<BasicDetails><NCyearActual>15</NCyearActual></BasicDetails>",
        "ctf.nc-year.code",
        "/CTfile/CTFpupilData/Pupil/0/BasicDetails/NCyearActual"
    )]
    [InlineData(
        "BasicDetails",
        "<BasicDetails><Ethnicity>WXYZ</Ethnicity></BasicDetails>",
        "ctf.ethnicity.code",
        "/CTfile/CTFpupilData/Pupil/0/BasicDetails/Ethnicity"
    )]
    [InlineData(
        "BasicDetails",
        "<BasicDetails><Languages><Type><LanguageType>F</LanguageType><Language>en</Language></Type></Languages></BasicDetails>",
        "ctf.language.code",
        "/CTfile/CTFpupilData/Pupil/0/BasicDetails/Languages/Type/Language"
    )]
    [InlineData(
        "BasicDetails",
        "<BasicDetails><FormerUPN>{BADUPN}</FormerUPN></BasicDetails>",
        "upn.check-letter",
        "/CTfile/CTFpupilData/Pupil/0/BasicDetails/FormerUPN"
    )]
    [InlineData("UPN", "", "ctf.upn.missing", "/CTfile/CTFpupilData/Pupil/0/UPN")]
    public void BadElement_IsAProblemAtItsPath(
        string replaced,
        string replacement,
        string code,
        string path
    )
    {
        var pupil = CtfSamples.MinimalPupilXml(CtfSamples.Upn1.ToString());
        var start = pupil.IndexOf("<" + replaced + ">", System.StringComparison.Ordinal);
        var endTag = "</" + replaced + ">";
        var end = pupil.IndexOf(endTag, start, System.StringComparison.Ordinal) + endTag.Length;
        pupil =
            pupil.Substring(0, start)
            + replacement.Replace("{BADUPN}", CtfSamples.BadUpn, System.StringComparison.Ordinal)
            + pupil.Substring(end);

        var file = CtfSamples.Read(CtfSamples.File(CtfSamples.HeaderXml(), pupil));

        Assert.False(file.Success);
        Assert.Contains(file.Problems, p => p.Code == code && p.Path == path);
    }

    [Theory]
    [InlineData(
        "<LookedAfter><InCare>maybe</InCare></LookedAfter>",
        "ctf.looked-after.code",
        "/LookedAfter/InCare"
    )]
    [InlineData(
        "<FSMhistory><FSMinstance><FSMstartDate>2020-01-01</FSMstartDate><FSMendDate>2019-01-01</FSMendDate></FSMinstance></FSMhistory>",
        "ctf.fsm.period",
        "/FSMhistory/FSMinstance/0"
    )]
    [InlineData(
        "<FSMhistory><FSMinstance><FSMendDate>2019-01-01</FSMendDate></FSMinstance></FSMhistory>",
        "ctf.fsm.start.missing",
        "/FSMhistory/FSMinstance/0/FSMstartDate"
    )]
    [InlineData(
        "<SENhistory><SEN><StartDate>2019-01-01</StartDate><SENprovision>S</SENprovision></SEN></SENhistory>",
        "ctf.sen.code",
        "/SENhistory/SEN/0/SENprovision"
    )]
    [InlineData(
        "<SENhistory><SEN><StartDate>2019-01-01</StartDate><SENprovision>K</SENprovision></SEN><SEN><StartDate>x</StartDate><SENprovision>K</SENprovision></SEN></SENhistory>",
        "ctf.sen.start",
        "/SENhistory/SEN/1/StartDate"
    )]
    [InlineData(
        "<SchoolHistory><School><LEA>83</LEA><Estab>2001</Estab></School></SchoolHistory>",
        "ctf.laestab",
        "/SchoolHistory/School/0"
    )]
    [InlineData(
        "<SchoolHistory><School><LEA>831</LEA><Estab>2001</Estab><EntryDate>2019-01-02</EntryDate><LeavingDate>2019-01-01</LeavingDate></School></SchoolHistory>",
        "ctf.school-history.dates",
        "/SchoolHistory/School/0"
    )]
    public void BadHistory_IsAProblemAtItsPath(string element, string code, string relativePath)
    {
        var pupil = CtfSamples
            .MinimalPupilXml(CtfSamples.Upn1.ToString())
            .Replace("</Pupil>", element + "</Pupil>", System.StringComparison.Ordinal);

        var file = CtfSamples.Read(CtfSamples.File(CtfSamples.HeaderXml(), pupil));

        Assert.Contains(
            file.Problems,
            p => p.Code == code && p.Path == "/CTfile/CTFpupilData/Pupil/0" + relativePath
        );
    }

    [Fact]
    public void ExtendedEthnicityCode_IsAcceptedWhenAllowed()
    {
        var pupil = CtfSamples
            .MinimalPupilXml(CtfSamples.Upn1.ToString())
            .Replace(
                "</BasicDetails>",
                "<Ethnicity>WENG</Ethnicity></BasicDetails>",
                System.StringComparison.Ordinal
            );
        var xml = CtfSamples.File(CtfSamples.HeaderXml(), pupil);

        Assert.False(CtfSamples.Read(xml).Success);
        var read = CtfSamples.Read(xml, new CtfReadOptions { AdditionalEthnicityCodes = ["WENG"] });
        Assert.Equal("WENG", read.GetResultOrThrow().Pupils[0].Ethnicity);
    }

    [Theory]
    [InlineData("19.0", "ctf.version.unsupported")]
    [InlineData("twenty", "ctf.header.version")]
    public void OldOrBadVersion_IsRefused(string version, string code)
    {
        var file = CtfSamples.Read(CtfSamples.File(CtfSamples.HeaderXml(version)));

        Assert.Equal(code, Assert.Single(file.Problems).Code);
        Assert.Equal("/CTfile/Header/CTFversion", file.Problems[0].Path);
    }

    [Theory]
    [InlineData("20.0")]
    [InlineData("21.0")]
    [InlineData("21")]
    public void SupportedVersion_IsReadWithoutWarning(string version)
    {
        var file = CtfSamples.Read(CtfSamples.File(CtfSamples.HeaderXml(version)));

        Assert.Empty(file.GetResultOrThrow().Warnings);
    }

    [Fact]
    public void NewerVersion_IsAcceptedWithAWarning_ByDefault_AndRefusedWhenAsked()
    {
        var xml = CtfSamples.File(
            CtfSamples.HeaderXml("26.0"),
            CtfSamples.MinimalPupilXml(CtfSamples.Upn1.ToString())
        );

        var accepted = CtfSamples.Read(xml).GetResultOrThrow();
        Assert.Equal("ctf.version.newer", Assert.Single(accepted.Warnings).Code);
        Assert.Single(accepted.Pupils);

        var refused = CtfSamples.Read(
            xml,
            new CtfReadOptions { NewerVersions = CtfVersionPolicy.Refuse }
        );
        Assert.Equal("ctf.version.unsupported", Assert.Single(refused.Problems).Code);
    }

    [Theory]
    [InlineData(
        "<DocumentName>Common Transfer File</DocumentName>",
        "<DocumentName>Assessment File</DocumentName>",
        "ctf.header.document-name"
    )]
    [InlineData(
        "<DateTime>2021-07-20T14:30:00</DateTime>",
        "<DateTime>20/07/2021</DateTime>",
        "ctf.header.date-time"
    )]
    [InlineData("<LEA>831</LEA>\n      <Estab>2001</Estab>", "<LEA>831</LEA>", "ctf.laestab")]
    [InlineData(
        "<AcademicYear>2020</AcademicYear>",
        "<AcademicYear>20/21</AcademicYear>",
        "ctf.header.academic-year"
    )]
    public void BadHeader_IsAProblem(string good, string bad, string code)
    {
        var header = CtfSamples.HeaderXml();
        Assert.Contains(good, header, System.StringComparison.Ordinal);

        var file = CtfSamples.Read(
            CtfSamples.File(header.Replace(good, bad, System.StringComparison.Ordinal))
        );

        Assert.Contains(file.Problems, p => p.Code == code);
    }

    [Fact]
    public void MissingSourceSchool_IsAProblem()
    {
        var header = CtfSamples.HeaderXml();
        var start = header.IndexOf("<SourceSchool>", System.StringComparison.Ordinal);
        var end =
            header.IndexOf("</SourceSchool>", System.StringComparison.Ordinal)
            + "</SourceSchool>".Length;

        var file = CtfSamples.Read(
            CtfSamples.File(header.Substring(0, start) + header.Substring(end))
        );

        Assert.Contains(file.Problems, p => p.Code == "ctf.header.source");
    }

    [Fact]
    public void TooManyPupils_StopsTheReading()
    {
        var xml = CtfSamples.File(
            CtfSamples.HeaderXml(),
            CtfSamples.MinimalPupilXml(CtfSamples.Upn1.ToString()),
            CtfSamples.MinimalPupilXml(CtfSamples.Upn2.ToString())
        );

        var file = CtfSamples.Read(xml, new CtfReadOptions { MaxPupils = 1 });

        var problem = Assert.Single(file.Problems);
        Assert.Equal(
            ("ctf.pupils.too-many", "/CTfile/CTFpupilData/Pupil/1"),
            (problem.Code, problem.Path)
        );
    }
}
