using System;
using System.Linq;
using NodaTime;

namespace Careers.Interchange.Tests;

/// <summary>The header: each problem alone, with its code, path and message, and what is read from each element.</summary>
public class CtfHeaderReadingTests
{
    private static string WithHeader(string good, string bad)
    {
        var header = CtfSamples.HeaderXml();
        Assert.Contains(good, header, StringComparison.Ordinal);
        return CtfSamples.File(header.Replace(good, bad, StringComparison.Ordinal));
    }

    private static (string Code, string Path, string Message) Problem(
        string xml,
        CtfReadOptions? options = null
    )
    {
        var problem = Assert.Single(CtfSamples.Read(xml, options).Problems);
        return (problem.Code, problem.Path, problem.Message);
    }

    [Theory]
    [InlineData(
        "<DocumentName>Common Transfer File</DocumentName>",
        "",
        "The header has no <DocumentName>; a CTF's is \"Common Transfer File\"."
    )]
    [InlineData(
        "<DocumentName>Common Transfer File</DocumentName>",
        "<DocumentName>Assessment File</DocumentName>",
        "The document name is \"Assessment File\"; a CTF's is \"Common Transfer File\"."
    )]
    public void DocumentName_IsACommonTransferFile(string good, string bad, string message)
    {
        Assert.Equal(
            ("ctf.header.document-name", "/CTfile/Header/DocumentName", message),
            Problem(WithHeader(good, bad))
        );
    }

    [Theory]
    [InlineData("", "The header has no <CTFversion>.")]
    [InlineData(
        "<CTFversion>twenty</CTFversion>",
        "<CTFversion> is \"twenty\"; a version is digits, a dot and digits, such as 21.0."
    )]
    public void Version_IsDigitsADotAndDigits(string bad, string message)
    {
        Assert.Equal(
            ("ctf.header.version", "/CTfile/Header/CTFversion", message),
            Problem(WithHeader("<CTFversion>21.0</CTFversion>", bad))
        );
    }

    [Theory]
    [InlineData(
        "19.9",
        "The file is CTF 19.9; this reader supports CTF 20 and CTF 21 (and newer, see CtfReadOptions.NewerVersions)."
    )]
    [InlineData(
        "1.0",
        "The file is CTF 1.0; this reader supports CTF 20 and CTF 21 (and newer, see CtfReadOptions.NewerVersions)."
    )]
    public void VersionOlderThanCtf20_IsRefused(string version, string message)
    {
        Assert.Equal(
            ("ctf.version.unsupported", "/CTfile/Header/CTFversion", message),
            Problem(CtfSamples.File(CtfSamples.HeaderXml(version)))
        );
    }

    [Theory]
    [InlineData("20.0", 20, 0)]
    [InlineData("20.9", 20, 9)]
    [InlineData("21.9", 21, 9)]
    public void Ctf20AndCtf21_AreReadWithTheirVersion(string text, int major, int minor)
    {
        var file = CtfSamples.Read(CtfSamples.File(CtfSamples.HeaderXml(text))).GetResultOrThrow();

        Assert.Equal(new CtfVersion(major, minor), file.Header.Version);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void VersionNewerThanCtf21_IsAWarning_OrAProblem_WithWhatToDo()
    {
        var xml = CtfSamples.File(CtfSamples.HeaderXml("22.0"));
        const string newer =
            "The file is CTF 22.0, newer than CTF 21, the newest specification this reader was built against.";

        var accepted = CtfSamples.Read(xml).GetResultOrThrow();
        var warning = Assert.Single(accepted.Warnings);
        Assert.Equal(
            (
                "ctf.version.newer",
                "/CTfile/Header/CTFversion",
                newer
                    + " It was read as CTF 21: check the problems for elements that may have moved."
            ),
            (warning.Code, warning.Path, warning.Message)
        );
        Assert.Equal(new CtfVersion(22, 0), accepted.Header.Version);

        using (var stream = CtfSamples.Stream(xml))
        using (var reader = CtfReader.Open(stream).GetResultOrThrow())
        {
            Assert.Equal("ctf.version.newer", Assert.Single(reader.Warnings).Code);
        }

        Assert.Equal(
            (
                "ctf.version.unsupported",
                "/CTfile/Header/CTFversion",
                newer + " CtfReadOptions.NewerVersions is Refuse."
            ),
            Problem(xml, new CtfReadOptions { NewerVersions = CtfVersionPolicy.Refuse })
        );
    }

    [Theory]
    [InlineData("", "The header has no <DateTime>.")]
    [InlineData(
        "<DateTime>20/07/2021</DateTime>",
        "<DateTime> is \"20/07/2021\"; it should be yyyy-MM-ddTHH:mm:ss."
    )]
    [InlineData(
        "<DateTime>2021-07-20</DateTime>",
        "<DateTime> is \"2021-07-20\"; it should be yyyy-MM-ddTHH:mm:ss."
    )]
    [InlineData(
        "<DateTime>1900-08-31T23:59:59</DateTime>",
        "The header's <DateTime> is 1900-08-31, outside the supported range 1900-09-01 to 9999-08-31."
    )]
    [InlineData(
        "<DateTime>9999-09-01T00:00:00</DateTime>",
        "The header's <DateTime> is 9999-09-01, outside the supported range 1900-09-01 to 9999-08-31."
    )]
    public void DateTime_IsAnIsoDateAndTimeInTheSupportedRange(string bad, string message)
    {
        Assert.Equal(
            ("ctf.header.date-time", "/CTfile/Header/DateTime", message),
            Problem(WithHeader("<DateTime>2021-07-20T14:30:00</DateTime>", bad))
        );
    }

    [Theory]
    [InlineData("1900-09-01T00:00:00", 1900, 9, 1, 0, 0, 0)]
    [InlineData("9999-08-31T23:59:59", 9999, 8, 31, 23, 59, 59)]
    public void DateTimeAtTheEndsOfTheSupportedRange_IsRead_AndGivesMappingOptions(
        string text,
        int year,
        int month,
        int day,
        int hour,
        int minute,
        int second
    )
    {
        var xml = WithHeader(
                "<DateTime>2021-07-20T14:30:00</DateTime>",
                $"<DateTime>{text}</DateTime>"
            )
            .Replace("<AcademicYear>2020</AcademicYear>", "", StringComparison.Ordinal);

        var header = CtfSamples.Read(xml).GetResultOrThrow().Header;

        var created = new LocalDateTime(year, month, day, hour, minute, second);
        Assert.Equal(created, header.Created);
        Assert.Equal(
            AcademicYear.ForDate(created.Date),
            CtfMappingOptions.ForHeader(header).AcademicYear
        );
    }

    [Fact]
    public void MissingSourceSchool_IsTheOneProblem()
    {
        var header = CtfSamples.HeaderXml();
        var start = header.IndexOf("<SourceSchool>", StringComparison.Ordinal);
        var end =
            header.IndexOf("</SourceSchool>", StringComparison.Ordinal) + "</SourceSchool>".Length;

        Assert.Equal(
            (
                "ctf.header.source",
                "/CTfile/Header/SourceSchool",
                "The header has no <SourceSchool>: the file must say which school sent it."
            ),
            Problem(CtfSamples.File(header.Substring(0, start) + header.Substring(end)))
        );
    }

    [Theory]
    [InlineData("<LEA>831</LEA>\n      <Estab>2001</Estab>", "<LEA>831</LEA>", "831", "")]
    [InlineData("<LEA>831</LEA>\n      <Estab>2001</Estab>", "<Estab>2001</Estab>", "", "2001")]
    [InlineData(
        "<LEA>831</LEA>\n      <Estab>2001</Estab>",
        "<LEA>83</LEA><Estab>12001</Estab>",
        "83",
        "12001"
    )]
    [InlineData(
        "<LEA>831</LEA>\n      <Estab>2001</Estab>",
        "<LEA>8312</LEA><Estab>001</Estab>",
        "8312",
        "001"
    )]
    [InlineData(
        "<LEA>831</LEA>\n      <Estab>2001</Estab>",
        "<LEA>831</LEA><Estab>/2001</Estab>",
        "831",
        "/2001"
    )]
    [InlineData(
        "<LEA>831</LEA>\n      <Estab>2001</Estab>",
        "<LEA>83A</LEA><Estab>2001</Estab>",
        "83A",
        "2001"
    )]
    public void SourceSchool_IsAThreeDigitLaAndAFourDigitEstablishment(
        string good,
        string bad,
        string lea,
        string estab
    )
    {
        Assert.Equal(
            (
                "ctf.laestab",
                "/CTfile/Header/SourceSchool",
                $"<LEA> \"{lea}\" and <Estab> \"{estab}\" are not a school: <LEA> is the three-digit LA number and <Estab> the four-digit establishment number."
            ),
            Problem(WithHeader(good, bad))
        );
    }

    [Fact]
    public void BadDestinationSchool_IsAProblemAtItsPath()
    {
        var problem = Problem(WithHeader("<Estab>4001</Estab>", "<Estab>40</Estab>"));

        Assert.Equal(("ctf.laestab", "/CTfile/Header/DestSchool"), (problem.Code, problem.Path));
    }

    [Theory]
    [InlineData("20/21")]
    [InlineData("1899")]
    [InlineData("9999")]
    [InlineData("02020")]
    [InlineData("202")]
    [InlineData("+202")]
    public void AcademicYear_IsAStartYearInTheSupportedRange(string bad)
    {
        Assert.Equal(
            (
                "ctf.header.academic-year",
                "/CTfile/Header/SourceSchool/AcademicYear",
                $"<AcademicYear> is \"{bad}\"; it should be the year the academic year starts in, such as 2021."
            ),
            Problem(
                WithHeader(
                    "<AcademicYear>2020</AcademicYear>",
                    $"<AcademicYear>{bad}</AcademicYear>"
                )
            )
        );
    }

    [Theory]
    [InlineData("1900", 1900)]
    [InlineData("9998", 9998)]
    [InlineData(" 2021 ", 2021)]
    public void AcademicYear_IsRead(string text, int startYear)
    {
        var header = CtfSamples
            .Read(
                WithHeader(
                    "<AcademicYear>2020</AcademicYear>",
                    $"<AcademicYear>{text}</AcademicYear>"
                )
            )
            .GetResultOrThrow()
            .Header;

        Assert.Equal(new AcademicYear(startYear), header.Source.AcademicYear);
    }

    [Fact]
    public void OptionalElements_LeftEmptyOrOut_AreNull()
    {
        var xml = CtfSamples.File(
            """
              <Header>
                <DocumentName>Common Transfer File</DocumentName>
                <CTFversion>21.0</CTFversion>
                <DateTime>2021-07-20T14:30:00</DateTime>
                <DocumentQualifier></DocumentQualifier>
                <SupplierID/>
                <SourceSchool><LEA>831</LEA><Estab>2001</Estab><SchoolName></SchoolName><AcademicYear></AcademicYear></SourceSchool>
              </Header>
            """
        );

        var header = CtfSamples.Read(xml).GetResultOrThrow().Header;

        Assert.Equal(
            new CtfHeader(
                CtfVersion.Ctf21,
                new LocalDateTime(2021, 7, 20, 14, 30, 0),
                new CtfSchool(LaEstab.Parse("8312001"))
            ),
            header
        );
        Assert.Null(header.Destination);
        Assert.Null(header.DocumentQualifier);
        Assert.Null(header.SupplierId);
        Assert.Null(header.Source.Name);
        Assert.Null(header.Source.AcademicYear);
    }

    [Fact]
    public void ElementsBeforeTheHeader_AndUnknownHeaderElements_AreSkipped()
    {
        var xml = CtfSamples.File(
            CtfSamples
                .HeaderXml()
                .Replace(
                    "<Header>",
                    "<Preamble><Note>x</Note></Preamble><Header><Unknown><Deep>1</Deep></Unknown>",
                    StringComparison.Ordinal
                ),
            CtfSamples.MinimalPupilXml(CtfSamples.Upn1.ToString())
        );

        var file = CtfSamples.Read(xml).GetResultOrThrow();

        Assert.Equal(CtfSamples.Header(), file.Header);
        Assert.Equal(CtfSamples.Upn1, Assert.Single(file.Pupils).Upn);
    }

    [Theory]
    [InlineData("<CTfile/>")]
    [InlineData("<CTfile><Other/></CTfile>")]
    public void NoHeader_IsTheOneProblem(string xml)
    {
        Assert.Equal(
            ("ctf.header.missing", "/CTfile/Header", "The file has no <Header>."),
            Problem(xml)
        );
    }

    [Fact]
    public void AnEmptyHeader_IsItsMissingElements_NotAMissingHeader()
    {
        var codes = CtfSamples.Read("<CTfile><Header/></CTfile>").Problems.Select(p => p.Code);

        Assert.Equal(
            [
                "ctf.header.document-name",
                "ctf.header.version",
                "ctf.header.date-time",
                "ctf.header.source",
            ],
            codes
        );
    }

    [Fact]
    public void WrongRoot_NamesTheRoot()
    {
        Assert.Equal(
            (
                "ctf.root",
                "",
                "The root element is <ATfile>; a Common Transfer File's root is <CTfile>."
            ),
            Problem("<ATfile><Header/></ATfile>")
        );
    }
}
