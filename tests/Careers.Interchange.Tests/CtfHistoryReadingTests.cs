using System.Linq;
using NodaTime;

namespace Careers.Interchange.Tests;

/// <summary>
/// The FSM, SEN and school histories: each instance at its own path (counted from 0 among the instances, whatever
/// else the history holds), each problem with its message, the elements around them skipped.
/// </summary>
public class CtfHistoryReadingTests
{
    private const string Pupil0 = "/CTfile/CTFpupilData/Pupil/0";

    private static string OnePupil(string rest) =>
        CtfSamples.File(
            CtfSamples.HeaderXml(),
            $"<Pupil><UPN>{CtfSamples.Upn1}</UPN><DOB>2009-10-02</DOB><Sex>F</Sex>{rest}</Pupil>"
        );

    private static CtfPupil Read(string rest) =>
        Assert.Single(CtfSamples.Read(OnePupil(rest)).GetResultOrThrow().Pupils);

    private static (string Code, string Path, string Message)[] Problems(string rest) =>
        CtfSamples.Read(OnePupil(rest)).Problems.Select(p => (p.Code, p.Path, p.Message)).ToArray();

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void FsmInstances_AreRead_InOrder_WithWhatSurroundsThemSkipped()
    {
        var pupil = Read(
            "<FSMhistory><FSMreviewDate>2021-09-01</FSMreviewDate>"
                + "<FSMinstance><UKcountry>ENG</UKcountry><FSMendDate>2017-03-31</FSMendDate><FSMstartDate>2016-01-04</FSMstartDate></FSMinstance>"
                + "<Note><Text>x</Text></Note>"
                + "<FSMinstance><FSMstartDate>2020-11-02</FSMstartDate><FSMendDate></FSMendDate><Extra><Deep/></Extra></FSMinstance>"
                + "<FSMinstance><FSMstartDate>2021-01-04</FSMstartDate><FSMendDate>2021-01-04</FSMendDate></FSMinstance>"
                + "</FSMhistory>"
        );

        Assert.Equal(
            [
                new CtfFsmPeriod(D(2016, 1, 4), D(2017, 3, 31)),
                new CtfFsmPeriod(D(2020, 11, 2), null),
                new CtfFsmPeriod(D(2021, 1, 4), D(2021, 1, 4)),
            ],
            pupil.FreeSchoolMeals
        );
    }

    [Fact]
    public void FsmProblems_AreAtTheirInstancesPaths_WithMessages()
    {
        var problems = Problems(
            "<FSMhistory><FSMreviewDate>2021-09-01</FSMreviewDate>"
                + "<FSMinstance><FSMstartDate>2016-01-04</FSMstartDate></FSMinstance>"
                + "<FSMinstance><FSMstartDate>2020-01-02</FSMstartDate><FSMendDate>2020-01-01</FSMendDate></FSMinstance>"
                + "<FSMinstance><FSMendDate>2019-01-01</FSMendDate></FSMinstance>"
                + "<FSMinstance><FSMstartDate>2019-02-30</FSMstartDate><FSMendDate>2019</FSMendDate></FSMinstance>"
                + "<FSMinstance/>"
                + "</FSMhistory>"
        );

        const string instance = Pupil0 + "/FSMhistory/FSMinstance/";
        Assert.Equal(
            [
                (
                    "ctf.fsm.period",
                    instance + "1",
                    "The FSM period ends (2020-01-01) before it starts (2020-01-02)."
                ),
                (
                    "ctf.fsm.start.missing",
                    instance + "2/FSMstartDate",
                    "The FSM start date is missing."
                ),
                (
                    "ctf.fsm.start",
                    instance + "3/FSMstartDate",
                    "The FSM start date is \"2019-02-30\"; a date is written yyyy-MM-dd."
                ),
                (
                    "ctf.fsm.end",
                    instance + "3/FSMendDate",
                    "The FSM end date is \"2019\"; a date is written yyyy-MM-dd."
                ),
                (
                    "ctf.fsm.start.missing",
                    instance + "4/FSMstartDate",
                    "The FSM start date is missing."
                ),
            ],
            problems
        );
    }

    [Fact]
    public void SenRecords_AreRead_InOrder_WithWhatSurroundsThemSkipped()
    {
        var pupil = Read(
            "<SENhistory><SENneeds><SENneed><SENtype>SPLD</SENtype></SENneed></SENneeds>"
                + "<SEN><SENprovision>K</SENprovision><Note>x</Note><StartDate>2018-09-05</StartDate></SEN>"
                + "<SEN><StartDate>2020-03-01</StartDate><SENprovision>E</SENprovision></SEN>"
                + "<SENneeds/></SENhistory>"
        );

        Assert.Equal(
            [
                new CtfSenRecord(D(2018, 9, 5), SenProvision.SenSupport),
                new CtfSenRecord(D(2020, 3, 1), SenProvision.EhcPlan),
            ],
            pupil.SenHistory
        );
    }

    [Fact]
    public void SenProblems_AreAtTheirRecordsPaths_WithMessages()
    {
        var problems = Problems(
            "<SENhistory><SENneeds/>"
                + "<SEN><StartDate>2018-09-05</StartDate><SENprovision>K</SENprovision></SEN>"
                + "<SEN><StartDate>2019-01-01</StartDate><SENprovision>S</SENprovision></SEN>"
                + "<SEN><StartDate>2019-01-01</StartDate></SEN>"
                + "<SEN><SENprovision>N</SENprovision></SEN>"
                + "<SEN><StartDate>1899-01-01</StartDate><SENprovision>N</SENprovision></SEN>"
                + "</SENhistory>"
        );

        const string sen = Pupil0 + "/SENhistory/SEN/";
        Assert.Equal(
            [
                (
                    "ctf.sen.code",
                    sen + "1/SENprovision",
                    "<SENprovision> is \"S\"; the codes are N (none), K (SEN support) and E (EHC plan)."
                ),
                ("ctf.sen.code", sen + "2/SENprovision", "The SEN record has no <SENprovision>."),
                ("ctf.sen.start.missing", sen + "3/StartDate", "The SEN start date is missing."),
                (
                    "ctf.sen.start",
                    sen + "4/StartDate",
                    "The SEN start date is 1899-01-01, outside the supported range 1900-09-01 to 9999-08-31."
                ),
            ],
            problems
        );
    }

    [Fact]
    public void Schools_AreRead_InOrder_WithWhatSurroundsThemSkipped()
    {
        var pupil = Read(
            "<SchoolHistory><Note><Text>x</Text></Note>"
                + "<School><LeavingReason>T</LeavingReason><SchoolName>Old Infant School</SchoolName><LeavingDate>2017-07-21</LeavingDate><EntryDate>2014-09-03</EntryDate><Estab>3002</Estab><LEA>830</LEA></School>"
                + "<School><LEA>831</LEA><Estab>2001</Estab><SchoolName></SchoolName><EntryDate></EntryDate><LeavingDate/></School>"
                + "<School><LEA>831</LEA><Estab>2002</Estab><EntryDate>2019-01-01</EntryDate><LeavingDate>2019-01-01</LeavingDate></School>"
                + "</SchoolHistory>"
        );

        Assert.Equal(
            [
                new CtfSchoolHistoryEntry(LaEstab.Parse("8303002"))
                {
                    Name = "Old Infant School",
                    Entry = D(2014, 9, 3),
                    Leaving = D(2017, 7, 21),
                },
                new CtfSchoolHistoryEntry(LaEstab.Parse("8312001")),
                new CtfSchoolHistoryEntry(LaEstab.Parse("8312002"))
                {
                    Entry = D(2019, 1, 1),
                    Leaving = D(2019, 1, 1),
                },
            ],
            pupil.SchoolHistory
        );
    }

    [Fact]
    public void SchoolProblems_AreAtTheirSchoolsPaths_WithMessages()
    {
        var problems = Problems(
            "<SchoolHistory><Note/>"
                + "<School><LEA>831</LEA><Estab>2001</Estab></School>"
                + "<School><LEA>831</LEA><Estab>2001</Estab><EntryDate>2019-01-02</EntryDate><LeavingDate>2019-01-01</LeavingDate></School>"
                + "<School><LEA>831</LEA><Estab>2001</Estab><EntryDate>2019-1-2</EntryDate><LeavingDate>1800-01-01</LeavingDate></School>"
                + "<School><Estab>2001</Estab></School>"
                + "</SchoolHistory>"
        );

        const string school = Pupil0 + "/SchoolHistory/School/";
        Assert.Equal(
            [
                (
                    "ctf.school-history.dates",
                    school + "1",
                    "The pupil leaves (2019-01-01) before joining (2019-01-02)."
                ),
                (
                    "ctf.school-history.entry",
                    school + "2/EntryDate",
                    "The entry date is \"2019-1-2\"; a date is written yyyy-MM-dd."
                ),
                (
                    "ctf.school-history.leaving",
                    school + "2/LeavingDate",
                    "The leaving date is 1800-01-01, outside the supported range 1900-09-01 to 9999-08-31."
                ),
                (
                    "ctf.laestab",
                    school + "3",
                    "<LEA> \"\" and <Estab> \"2001\" are not a school: <LEA> is the three-digit LA number and <Estab> the four-digit establishment number."
                ),
            ],
            problems
        );
    }
}
