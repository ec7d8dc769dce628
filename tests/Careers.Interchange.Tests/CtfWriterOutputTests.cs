using NodaTime;

namespace Careers.Interchange.Tests;

/// <summary>What the writer writes, byte for byte (line ends aside): the subset, in the reader's element names, and nothing empty.</summary>
public class CtfWriterOutputTests
{
    [Fact]
    public void FullPupil_AndPupilWithNothingOptional_AreWrittenAsTheReaderReadsThem()
    {
        var full = new CtfPupil(CtfSamples.Upn1, new LocalDate(2009, 10, 2))
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
            SenHistory = [new CtfSenRecord(new LocalDate(2018, 9, 5), SenProvision.SenSupport)],
            SchoolHistory =
            [
                new CtfSchoolHistoryEntry(LaEstab.Parse("8303002"))
                {
                    Name = "Old Infant School",
                    Entry = new LocalDate(2014, 9, 3),
                    Leaving = new LocalDate(2017, 7, 21),
                },
                new CtfSchoolHistoryEntry(LaEstab.Parse("8312001")),
            ],
        };
        var bare = new CtfPupil(CtfSamples.Upn2, new LocalDate(2009, 11, 3));

        var xml = CtfWriter
            .WriteToString(CtfSamples.Header(), [full, bare])
            .Replace("\r\n", "\n", System.StringComparison.Ordinal);

        Assert.Equal(
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <CTfile>
              <Header>
                <DocumentName>Common Transfer File</DocumentName>
                <CTFversion>21.0</CTFversion>
                <DateTime>2021-07-20T14:30:00</DateTime>
                <DocumentQualifier>partial</DocumentQualifier>
                <SupplierID>Test MIS</SupplierID>
                <SourceSchool>
                  <LEA>831</LEA>
                  <Estab>2001</Estab>
                  <SchoolName>Ashgate Primary School</SchoolName>
                  <AcademicYear>2020</AcademicYear>
                </SourceSchool>
                <DestSchool>
                  <LEA>831</LEA>
                  <Estab>4001</Estab>
                </DestSchool>
              </Header>
              <CTFpupilData>
                <Pupil>
                  <UPN>{CtfSamples.Upn1}</UPN>
                  <DOB>2009-10-02</DOB>
                  <Sex>F</Sex>
                  <BasicDetails>
                    <FormerUPN>{CtfSamples.Former}</FormerUPN>
                    <NCyearActual>6</NCyearActual>
                    <Ethnicity>AIND</Ethnicity>
                    <Languages>
                      <Type>
                        <LanguageType>F</LanguageType>
                        <Language>PNJ</Language>
                      </Type>
                    </Languages>
                  </BasicDetails>
                  <LookedAfter>
                    <InCare>true</InCare>
                  </LookedAfter>
                  <FSMhistory>
                    <FSMinstance>
                      <FSMstartDate>2016-01-04</FSMstartDate>
                      <FSMendDate>2017-03-31</FSMendDate>
                    </FSMinstance>
                    <FSMinstance>
                      <FSMstartDate>2020-11-02</FSMstartDate>
                    </FSMinstance>
                  </FSMhistory>
                  <SENhistory>
                    <SEN>
                      <StartDate>2018-09-05</StartDate>
                      <SENprovision>K</SENprovision>
                    </SEN>
                  </SENhistory>
                  <SchoolHistory>
                    <School>
                      <LEA>830</LEA>
                      <Estab>3002</Estab>
                      <SchoolName>Old Infant School</SchoolName>
                      <EntryDate>2014-09-03</EntryDate>
                      <LeavingDate>2017-07-21</LeavingDate>
                    </School>
                    <School>
                      <LEA>831</LEA>
                      <Estab>2001</Estab>
                    </School>
                  </SchoolHistory>
                </Pupil>
                <Pupil>
                  <UPN>{CtfSamples.Upn2}</UPN>
                  <DOB>2009-11-03</DOB>
                  <Sex>U</Sex>
                  <BasicDetails />
                  <LookedAfter>
                    <InCare>false</InCare>
                  </LookedAfter>
                </Pupil>
              </CTFpupilData>
            </CTfile>
            """,
            xml
        );
    }
}
