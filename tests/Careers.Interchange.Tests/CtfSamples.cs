using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using NodaTime;

namespace Careers.Interchange.Tests;

/// <summary>
/// Test files built from the message structure (docs/articles/interchange.md lists the sources): a header, one pupil
/// with every element the reader takes and, around them, the elements it must skip (names, address, contacts,
/// attendance, assessments).
/// </summary>
internal static class CtfSamples
{
    public static readonly Upn Upn1 = Upn.Create(831, 2001, 15, 1);
    public static readonly Upn Upn2 = Upn.Create(831, 2001, 15, 2);
    public static readonly Upn Former = Upn.Create(830, 3002, 14, 7);

    /// <summary>A UPN whose check letter is wrong.</summary>
    public static readonly string BadUpn = WrongLetter(Upn.Create(831, 2001, 15, 9).ToString());

    private static string WrongLetter(string upn) => (upn[0] == 'A' ? 'B' : 'A') + upn.Substring(1);

    public static CtfHeader Header(int major = 21) =>
        new(
            new CtfVersion(major, 0),
            new LocalDateTime(2021, 7, 20, 14, 30, 0),
            new CtfSchool(LaEstab.Parse("8312001"))
            {
                Name = "Ashgate Primary School",
                AcademicYear = new AcademicYear(2020),
            }
        )
        {
            Destination = new CtfSchool(LaEstab.Parse("8314001")),
            DocumentQualifier = "partial",
            SupplierId = "Test MIS",
        };

    public static string HeaderXml(string version = "21.0") =>
        $"""
              <Header>
                <DocumentName>Common Transfer File</DocumentName>
                <CTFversion>{version}</CTFversion>
                <DateTime>2021-07-20T14:30:00</DateTime>
                <DocumentQualifier>partial</DocumentQualifier>
                <SupplierID>Test MIS</SupplierID>
                <SourceSchool>
                  <LEA>831</LEA>
                  <Estab>2001</Estab>
                  <URN>112233</URN>
                  <SchoolName>Ashgate Primary School</SchoolName>
                  <AcademicYear>2020</AcademicYear>
                </SourceSchool>
                <DestSchool>
                  <LEA>831</LEA>
                  <Estab>4001</Estab>
                </DestSchool>
              </Header>
            """;

    /// <summary>A year 6 pupil in 2020/21 with every element the reader takes and many it skips.</summary>
    public static string FullPupilXml(Upn upn) =>
        $"""
                <Pupil>
                  <UPN>{upn}</UPN>
                  <Surname>SMITH</Surname>
                  <Forename>ALEX</Forename>
                  <DOB>2009-10-02</DOB>
                  <Sex>F</Sex>
                  <BasicDetails>
                    <FormerUPN>{Former}</FormerUPN>
                    <PreferredSurname>SMITH</PreferredSurname>
                    <NCyearActual>6</NCyearActual>
                    <Ethnicity>AIND</Ethnicity>
                    <EthnicitySource>C</EthnicitySource>
                    <Languages>
                      <Type><LanguageType>S</LanguageType><Language>ENG</Language></Type>
                      <Type><LanguageType>F</LanguageType><Language>PNJ</Language></Type>
                    </Languages>
                    <MedicalFlag>false</MedicalFlag>
                  </BasicDetails>
                  <LookedAfter>
                    <InCare>true</InCare>
                    <CareAuthority>831</CareAuthority>
                  </LookedAfter>
                  <FSMhistory>
                    <FSMreviewDate>2021-09-01</FSMreviewDate>
                    <FSMinstance><FSMstartDate>2016-01-04</FSMstartDate><FSMendDate>2017-03-31</FSMendDate><UKcountry>ENG</UKcountry></FSMinstance>
                    <FSMinstance><FSMstartDate>2020-11-02</FSMstartDate></FSMinstance>
                  </FSMhistory>
                  <SENhistory>
                    <SEN><StartDate>2018-09-05</StartDate><SENprovision>K</SENprovision></SEN>
                    <SEN><StartDate>2020-03-01</StartDate><SENprovision>E</SENprovision></SEN>
                    <SENneeds><SENneed><SENtype>SPLD</SENtype></SENneed></SENneeds>
                  </SENhistory>
                  <Address><BS7666Address><PAON>1</PAON><Street>HIGH STREET</Street></BS7666Address><Postcode>DE1 1AA</Postcode></Address>
                  <Phones><Phone><TelephoneType>H</TelephoneType><PhoneNo>01332 000000</PhoneNo></Phone></Phones>
                  <Contacts><Contact><Surname>SMITH</Surname><Forename>SAM</Forename></Contact></Contacts>
                  <Attendance><YearData><Year>2020</Year><SessionsPossible>300</SessionsPossible></YearData></Attendance>
                  <StageAssessments><KeyStage><Stage>KS1</Stage><StageAssessment><Subject>MAT</Subject><Result>EXS</Result></StageAssessment></KeyStage></StageAssessments>
                  <SchoolHistory>
                    <School><LEA>830</LEA><Estab>3002</Estab><SchoolName>Old Infant School</SchoolName><EntryDate>2014-09-03</EntryDate><LeavingDate>2017-07-21</LeavingDate><LeavingReason>T</LeavingReason></School>
                    <School><LEA>831</LEA><Estab>2001</Estab><EntryDate>2017-09-05</EntryDate></School>
                  </SchoolHistory>
                </Pupil>
            """;

    public static string MinimalPupilXml(
        string upn,
        string dob = "2009-10-02",
        string sex = "M",
        string nc = "6"
    ) =>
        $"""
                <Pupil>
                  <UPN>{upn}</UPN>
                  <DOB>{dob}</DOB>
                  <Sex>{sex}</Sex>
                  <BasicDetails><NCyearActual>{nc}</NCyearActual></BasicDetails>
                </Pupil>
            """;

    public static string File(string header, params string[] pupils) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CTfile>\n"
        + header
        + "\n  <CTFpupilData>\n"
        + string.Join("\n", pupils)
        + "\n  </CTFpupilData>\n</CTfile>\n";

    public static Stream Stream(string xml) => new MemoryStream(Encoding.UTF8.GetBytes(xml));

    public static Evaluation<CtfFile> Read(string xml, CtfReadOptions? options = null)
    {
        using var stream = Stream(xml);
        return CtfFile.Read(stream, options);
    }

    /// <summary>A synthetic pupil number i: year 7 to 11 in 2020/21, some FSM, SEN and school history.</summary>
    public static CtfPupil Synthetic(int i)
    {
        var year = 7 + i % 5;
        var dob = new LocalDate(2020 - year - 5, 9, 1).PlusDays(i % 365);
        return new CtfPupil(Upn.Create(831, 4001, 20 + i / 1000 % 10, i % 1000), dob)
        {
            Sex = i % 2 == 0 ? Sex.Female : Sex.Male,
            NcYearActual = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Ethnicity = i % 3 == 0 ? "WBRI" : "AIND",
            FirstLanguage = i % 4 == 0 ? "ENG" : "PNJ",
            FreeSchoolMeals = i % 5 == 0 ? [new CtfFsmPeriod(new LocalDate(2019, 1, 7), null)] : [],
            SenHistory =
                i % 7 == 0
                    ? [new CtfSenRecord(new LocalDate(2018, 9, 5), SenProvision.SenSupport)]
                    : [],
            SchoolHistory =
            [
                new CtfSchoolHistoryEntry(LaEstab.Parse("8312001"))
                {
                    Entry = new LocalDate(2015, 9, 3),
                },
            ],
        };
    }

    /// <summary>UPNs differ for i below 10,000 (serial, then the allocation year).</summary>
    public static IEnumerable<CtfPupil> Synthetic(int from, int count)
    {
        for (var i = from; i < from + count; i++)
        {
            yield return Synthetic(i);
        }
    }

    /// <summary>A file of <paramref name="count"/> synthetic pupils with all the skipped elements of a real one.</summary>
    public static void WriteLargeFile(string path, int count)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CTfile>\n");
        writer.Write(HeaderXml());
        writer.Write("\n  <CTFpupilData>\n");
        for (var i = 0; i < count; i++)
        {
            writer.Write(FullPupilXml(UniqueUpn(i)));
            writer.Write('\n');
        }

        writer.Write("  </CTFpupilData>\n</CTfile>\n");
    }

    /// <summary>Distinct UPNs for i below 100,000 (serial and the allocation year's two digits).</summary>
    public static Upn UniqueUpn(int i) =>
        Upn.Create(831, 2001 + i / 100_000, i / 1000 % 100, i % 1000);
}
