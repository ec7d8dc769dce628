using System;
using System.Linq;
using NodaTime;
using Xunit;

namespace Careers.CareersLog.Tests;

public class CareersLogTransferTests
{
    private static CareersLogDocument SecondaryStart() =>
        CareersLogDocument.Start(LogLearner.WithUpn(LogSamples.Upn), LogSamples.Secondary);

    [Fact]
    public void Merge_IntoANewLog_AddsEveryEntryAndTheSchool_InDateOrder()
    {
        var primary = CareersLogTransfer.ExportForTransfer(LogSamples.PrimaryLog());
        var result = CareersLogTransfer.Merge(SecondaryStart(), primary).GetResultOrThrow();
        Assert.True(result.Changed);
        Assert.Equal(5, result.Added.Count);
        Assert.Equal(1, result.SchoolsAdded);
        Assert.Empty(result.Unchanged);
        Assert.Empty(result.Conflicts);
        Assert.Equal(
            [LogSamples.Primary.Urn, LogSamples.Secondary.Urn],
            result.Log.Schools.Select(s => s.Urn)
        );
        Assert.Equal(["p-1", "p-2", "p-3", "p-5", "p-4"], result.Log.Entries.Select(e => e.Id));
        Assert.Equal(LogSamples.Upn, result.Log.Learner.Upn);
    }

    [Fact]
    public void Merge_TheSameLogTwice_ChangesNothingTheSecondTime()
    {
        var primary = CareersLogTransfer.ExportForTransfer(LogSamples.PrimaryLog());
        var once = CareersLogTransfer.Merge(SecondaryStart(), primary).GetResultOrThrow().Log;
        var twice = CareersLogTransfer.Merge(once, primary).GetResultOrThrow();
        Assert.False(twice.Changed);
        Assert.Same(once, twice.Log);
        Assert.Equal(5, twice.Unchanged.Count);
        Assert.Empty(twice.Added);
    }

    [Fact]
    public void Merge_AnEntryEditedOnBothSides_IsReported_AndTheReceivingVersionKept()
    {
        var primary = LogSamples.PrimaryLog();
        var received = primary with { };
        var edited = (SkillEntry)primary.FindEntry("p-3")!;
        var secondary = new CareersLogDocument(
            primary.Learner,
            primary.Schools,
            [
                .. primary.Entries.Where(e => e.Id != "p-3"),
                edited with
                {
                    Evidence = "Edited at secondary.",
                },
            ]
        );
        var result = CareersLogTransfer.Merge(secondary, received).GetResultOrThrow();
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal("p-3", conflict.Id);
        Assert.Equal("Edited at secondary.", ((SkillEntry)conflict.Kept).Evidence);
        Assert.Equal("Led a group build.", ((SkillEntry)conflict.Received).Evidence);
        Assert.Equal("Edited at secondary.", ((SkillEntry)result.Log.FindEntry("p-3")!).Evidence);
        Assert.False(result.Changed);
    }

    [Fact]
    public void Merge_LogsOfDifferentLearners_IsAProblem()
    {
        var other = CareersLogDocument.Start(
            LogLearner.WithUpn(Upn.Create(831, 4001, 21, 2)),
            LogSamples.Primary
        );
        var problem = Assert.Single(CareersLogTransfer.Merge(SecondaryStart(), other).Problems);
        Assert.Equal(("transfer.learner", "/learner"), (problem.Code, problem.Path));
        var pseudonymous = CareersLogDocument.Start(
            LogLearner.Pseudonymous("P-1"),
            LogSamples.Primary
        );
        Assert.False(CareersLogTransfer.Merge(SecondaryStart(), pseudonymous).Success);
        Assert.True(
            CareersLogTransfer
                .Merge(
                    pseudonymous,
                    CareersLogDocument.Start(LogLearner.Pseudonymous("P-1"), LogSamples.Secondary)
                )
                .Success
        );
    }

    [Fact]
    public void Merge_BeyondTheEntryLimit_IsAProblem()
    {
        var author = new LogAuthor(AuthorRole.Learner);
        CareersLogDocument Many(string prefix, int count) =>
            new(
                LogLearner.WithUpn(LogSamples.Upn),
                [LogSamples.Primary],
                [
                    .. Enumerable
                        .Range(0, count)
                        .Select(i => new ReflectionEntry(
                            prefix + i,
                            new LocalDate(2024, 1, 1),
                            YearGroup.Year7,
                            author,
                            "x"
                        )),
                ]
            );
        var problem = Assert.Single(
            CareersLogTransfer
                .Merge(Many("a", CareersLogDocument.MaxEntries), Many("b", 1))
                .Problems
        );
        Assert.Equal("transfer.too-many-entries", problem.Code);
        Assert.True(
            CareersLogTransfer
                .Merge(Many("a", CareersLogDocument.MaxEntries - 1), Many("b", 1))
                .Success
        );
    }

    [Fact]
    public void Merge_ASchoolAlreadyListed_IsNotAddedAgain_ButARejoiningIs()
    {
        var log = CareersLogDocument.Start(LogLearner.WithUpn(LogSamples.Upn), LogSamples.Primary);
        var sameSchoolByLaEstab = new LogSchool(
            null,
            LogSamples.Primary.LaEstab,
            LogSamples.Primary.From
        );
        var same = CareersLogDocument.Start(
            LogLearner.WithUpn(LogSamples.Upn),
            sameSchoolByLaEstab
        );
        Assert.Equal(0, CareersLogTransfer.Merge(log, same).GetResultOrThrow().SchoolsAdded);
        var rejoined = CareersLogDocument.Start(
            LogLearner.WithUpn(LogSamples.Upn),
            LogSamples.Primary with
            { }
        );
        Assert.Equal(0, CareersLogTransfer.Merge(log, rejoined).GetResultOrThrow().SchoolsAdded);
        var later = CareersLogDocument.Start(
            LogLearner.WithUpn(LogSamples.Upn),
            new LogSchool(LogSamples.Primary.Urn, null, new LocalDate(2024, 9, 2))
        );
        Assert.Equal(1, CareersLogTransfer.Merge(log, later).GetResultOrThrow().SchoolsAdded);
    }

    [Fact]
    public void Export_LeavesOutAdultsNames_ByDefault_AndKeepsTheChildsRecord()
    {
        var full = LogSamples.FullLog() with { };
        var withPseudonym = new CareersLogDocument(
            new LogLearner(LogSamples.Upn, "LOCAL-7") { DateOfBirth = new LocalDate(2012, 5, 14) },
            full.Schools,
            full.Entries
        );
        var export = CareersLogTransfer.ExportForTransfer(withPseudonym);
        Assert.Null(export.Learner.PseudonymousId);
        Assert.Equal(LogSamples.Upn, export.Learner.Upn);
        Assert.Equal(new LocalDate(2012, 5, 14), export.Learner.DateOfBirth);
        Assert.All(export.Entries, e => Assert.Null(e.Author.Name));
        Assert.Null(((GuidanceMeetingEntry)export.FindEntry("s-4")!).Adviser.Name);
        Assert.Equal(
            6,
            ((GuidanceMeetingEntry)export.FindEntry("s-4")!).Adviser.QualificationLevel
        );
        Assert.Equal("Ashgate Primary School", export.Schools[0].Name);
        Assert.Equal(full.Entries.Select(e => e.Id), export.Entries.Select(e => e.Id));
        Assert.Equal("I liked the trains.", ((ReflectionEntry)export.FindEntry("s-5")!).Text);
    }

    [Fact]
    public void Export_WithAPolicy_IncludesWhatItSays()
    {
        var policy = new TransferExportPolicy
        {
            IncludeAuthorNames = true,
            IncludeAdviserNames = true,
            IncludeSchoolNames = false,
        };
        var export = CareersLogTransfer.ExportForTransfer(LogSamples.FullLog(), policy);
        Assert.Equal("Ms Patel", export.FindEntry("p-2")!.Author.Name);
        Assert.Equal("J. Smith", ((GuidanceMeetingEntry)export.FindEntry("s-4")!).Adviser.Name);
        Assert.All(export.Schools, s => Assert.Null(s.Name));
        Assert.True(TransferExportPolicy.Default.IncludeSchoolNames);
        Assert.False(
            TransferExportPolicy.Default.IncludeAuthorNames
                || TransferExportPolicy.Default.IncludeAdviserNames
        );
    }

    [Fact]
    public void Export_OfALogWithoutUpn_KeepsThePseudonymousId()
    {
        var log = CareersLogDocument.Start(LogLearner.Pseudonymous("P-9"), LogSamples.Primary);
        Assert.Equal("P-9", CareersLogTransfer.ExportForTransfer(log).Learner.PseudonymousId);
    }

    [Fact]
    public void Merge_OnlyASchoolArrives_IsAChange()
    {
        // The primary school's log has no entries yet: nothing is added but the school, and that is a change.
        var empty = CareersLogTransfer.ExportForTransfer(
            CareersLogDocument.Start(LogLearner.WithUpn(LogSamples.Upn), LogSamples.Primary)
        );
        var result = CareersLogTransfer.Merge(SecondaryStart(), empty).GetResultOrThrow();
        Assert.Empty(result.Added);
        Assert.Equal(1, result.SchoolsAdded);
        Assert.True(result.Changed);
    }

    [Fact]
    public void ExportForTransfer_ByDefault_KeepsTheSchoolsNames()
    {
        Assert.True(TransferExportPolicy.Default.IncludeSchoolNames);
        Assert.True(new TransferExportPolicy().IncludeSchoolNames);
        var sent = CareersLogTransfer.ExportForTransfer(LogSamples.PrimaryLog());
        Assert.Equal("Ashgate Primary School", Assert.Single(sent.Schools).Name);
    }
}
