#region usings
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Careers;
using Careers.CareersLog;
using Careers.Encounters;
using Careers.Interchange;
using NodaTime;
#endregion

namespace Careers.Snippets;

/// <summary>
/// The code samples of the Careers.Interchange article (docs/articles/interchange.md), compiled so that they cannot
/// drift from the API. Each method holds one <c>#region</c> that the article quotes and returns what the region computed.
/// </summary>
public static class InterchangeSnippets
{
    /// <summary>A small CTF as a secondary school receives it: two Year 9 pupils from one school.</summary>
    /// <returns>The XML.</returns>
    public static string SampleFile() =>
        """
            <?xml version="1.0" encoding="utf-8"?>
            <CTfile>
              <Header>
                <DocumentName>Common Transfer File</DocumentName>
                <CTFversion>21.0</CTFversion>
                <DateTime>2022-02-14T10:00:00</DateTime>
                <DocumentQualifier>partial</DocumentQualifier>
                <SourceSchool>
                  <LEA>831</LEA>
                  <Estab>4001</Estab>
                  <SchoolName>Derby Moor Academy</SchoolName>
                  <AcademicYear>2021</AcademicYear>
                </SourceSchool>
                <DestSchool><LEA>831</LEA><Estab>4002</Estab></DestSchool>
              </Header>
              <CTFpupilData>
                <Pupil>
                  <UPN>G831400121001</UPN>
                  <Surname>SKIPPED</Surname>
                  <Forename>UNREAD</Forename>
                  <DOB>2008-01-15</DOB>
                  <Sex>F</Sex>
                  <BasicDetails>
                    <NCyearActual>9</NCyearActual>
                    <Ethnicity>WBRI</Ethnicity>
                    <Languages><Type><LanguageType>F</LanguageType><Language>ENG</Language></Type></Languages>
                  </BasicDetails>
                  <FSMhistory>
                    <FSMinstance><FSMstartDate>2017-05-02</FSMstartDate><FSMendDate>2019-08-31</FSMendDate></FSMinstance>
                  </FSMhistory>
                  <Address><Postcode>DE1 1AA</Postcode></Address>
                  <SchoolHistory>
                    <School><LEA>831</LEA><Estab>2001</Estab><EntryDate>2012-09-05</EntryDate><LeavingDate>2019-07-19</LeavingDate></School>
                  </SchoolHistory>
                </Pupil>
                <Pupil>
                  <UPN>W831400121002</UPN>
                  <DOB>2007-11-30</DOB>
                  <Sex>M</Sex>
                  <BasicDetails>
                    <NCyearActual>9</NCyearActual>
                    <Languages><Type><LanguageType>F</LanguageType><Language>POL</Language></Type></Languages>
                  </BasicDetails>
                  <SENhistory><SEN><StartDate>2020-01-06</StartDate><SENprovision>K</SENprovision></SEN></SENhistory>
                </Pupil>
              </CTFpupilData>
            </CTfile>
            """;

    private static Stream OpenSample() => new MemoryStream(Encoding.UTF8.GetBytes(SampleFile()));

    /// <summary>Reads the sample file whole and maps its pupils to learners.</summary>
    /// <returns>The learners.</returns>
    public static IReadOnlyList<Learner> Read()
    {
        #region read
        using var stream = OpenSample(); // File.OpenRead("transfer.xml") for a file on disk
        var read = CtfFile.Read(stream); // all or nothing: the file, or every problem
        if (!read.Success)
        {
            // Each problem: a code, the path to the element, a message. For example
            // ctf.sex.code at /CTfile/CTFpupilData/Pupil/0/Sex: <Sex> is "Q"; the codes are M, F and U.
            throw new InvalidOperationException(string.Join("\n", read.Problems));
        }

        var file = read.Result;
        var version = file.Header.Version; // 21.0
        var from = file.Header.Source.Name; // Derby Moor Academy

        // The file's academic year (2021/22) and its date (2022-02-14) as the as-at date.
        var options = CtfMappingOptions.ForHeader(file.Header) with
        {
            InstitutionId = "derby-moor",
        };
        var learners = CtfMapping.ToLearners(file.Pupils, options).GetResultOrThrow();

        var first = learners[0]; // G831400121001, Year 9 in 2021/22
        var fsm6 = first.Characteristics.FreeSchoolMealsInLastSixYears; // true: FSM in 2017-2019
        var disadvantaged = first.Characteristics.IsDisadvantaged; // true
        var eal = learners[1].Characteristics.EnglishAsAdditionalLanguage; // true: first language POL
        var sen = learners[1].Characteristics.SenProvision; // SenProvision.SenSupport
        #endregion
        _ = (version, from, fsm6, disadvantaged, eal, sen);
        return learners;
    }

    /// <summary>Reads the sample file pupil by pupil.</summary>
    /// <returns>How many pupils were read, and the problems found.</returns>
    public static (int Pupils, IReadOnlyList<ValidationError> Problems) Stream()
    {
        #region stream
        using var stream = OpenSample();
        var opened = CtfReader.Open(stream); // reads the header only
        if (!opened.Success)
        {
            throw new InvalidOperationException(string.Join("\n", opened.Problems));
        }

        using var reader = opened.Result;
        var warnings = reader.Warnings; // ctf.version.newer for a file newer than CTF 21
        var problems = new List<ValidationError>();
        var pupils = 0;
        foreach (var pupil in reader.ReadPupils()) // one pupil in memory at a time
        {
            if (pupil.Success)
            {
                pupils++; // store pupil.Result, or map it with CtfMapping.ToLearner
            }
            else
            {
                problems.AddRange(pupil.Problems); // this pupil's problems; the reader goes on
            }
        }

        var complete = reader.Completed; // true: the file ended with </CTfile>
        #endregion
        _ = (warnings, complete);
        return (pupils, problems);
    }

    /// <summary>From the file to each pupil's encounter entitlement.</summary>
    /// <returns>The entitlement result.</returns>
    public static EntitlementResult Entitlement()
    {
        #region entitlement
        var learners = Read(); // the region above: two Year 9 learners of 2021/22

        // The school's careers activities and who took part.
        var talk = new CareersActivity(
            "talk-1",
            ActivityKind.EmployerTalk,
            new LocalDate(2021, 10, 12)
        )
        {
            Evidence = EncounterPolicyBuilder.DefaultRequiredEvidence,
        };
        var participations = new[] { new Participation("talk-1", "G831400121001") };
        var record = ActivityRecord.Create(learners, [talk], participations).GetResultOrThrow();

        var result = new EntitlementEvaluator(EncounterPolicy.DerbyOpportunityArea)
            .Evaluate(record, new LocalDate(2022, 2, 14))
            .GetResultOrThrow();
        var first = result.Learners[0]; // one encounter so far
        var second = result.Learners[1]; // none yet
        #endregion
        _ = (first, second);
        return result;
    }

    /// <summary>Writes a CTF of the subset.</summary>
    /// <returns>The XML.</returns>
    public static string Write()
    {
        #region write
        var header = new CtfHeader(
            CtfVersion.Ctf21,
            new LocalDateTime(2022, 7, 15, 9, 0),
            new CtfSchool(LaEstab.Parse("8312001")) { Name = "Ashgate Primary School" }
        )
        {
            Destination = new CtfSchool(LaEstab.Parse("8314001")),
        };
        var pupil = new CtfPupil(Upn.Create(831, 2001, 15, 1), new LocalDate(2011, 3, 2))
        {
            Sex = Sex.Female,
            NcYearActual = "6",
            FreeSchoolMeals = [new CtfFsmPeriod(new LocalDate(2019, 1, 7), null)],
        };
        var xml = CtfWriter.WriteToString(header, [pupil]); // CtfWriter.Write(stream, ...) for a file
        #endregion
        return xml;
    }

    /// <summary>The careers-log transfer alongside the CTF, both sides.</summary>
    /// <returns>The sending and the receiving side's match.</returns>
    public static (CtfLogMatch Sent, CtfLogMatch Received) Transfer()
    {
        var primary = new LogSchool(null, LaEstab.Parse("8312001"), new LocalDate(2015, 9, 3));
        var secondary = new LogSchool(null, LaEstab.Parse("8314001"), new LocalDate(2022, 9, 5));
        #region transfer
        // The sending school: the pupils of the CTF it sends, and the logs it holds.
        using var outgoing = OpenSample();
        var pupils = CtfFile.Read(outgoing).GetResultOrThrow().Pupils;
        var logs = new[]
        {
            CareersLogDocument.Start(LogLearner.WithUpn(Upn.Parse("G831400121001")), primary),
        };
        var sent = CtfLogTransfer
            .Export(pupils, logs, TransferExportPolicy.Default)
            .GetResultOrThrow();
        var packages = sent.Pairs.Select(p => p.Log).ToList(); // one log, without staff names
        var noLog = sent.PupilsWithoutLog; // W831400121002: no log to send

        // The receiving school: the pupils of the CTF it imported, and the logs that arrived.
        var received = CtfLogTransfer.Match(pupils, packages).GetResultOrThrow();
        foreach (var pair in received.Pairs)
        {
            var own = CareersLogDocument.Start(LogLearner.WithUpn(pair.Pupil.Upn), secondary);
            var merged = CareersLogTransfer.Merge(own, pair.Log).GetResultOrThrow().Log;
        }

        var strays = received.LogsWithoutPupil; // logs for pupils not in the file: none here
        #endregion
        _ = (noLog, strays);
        return (sent, received);
    }
}
