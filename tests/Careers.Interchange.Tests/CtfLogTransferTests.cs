using System.Linq;
using Careers.CareersLog;
using NodaTime;

namespace Careers.Interchange.Tests;

public class CtfLogTransferTests
{
    private static readonly LogSchool Primary = new(
        Urn.Parse("112233"),
        LaEstab.Parse("8312001"),
        new LocalDate(2016, 9, 5)
    )
    {
        Name = "Ashgate Primary School",
    };

    private static CareersLogDocument Log(Upn upn) =>
        CareersLogDocument.Start(LogLearner.WithUpn(upn), Primary);

    private static CtfPupil Pupil(Upn upn, Upn? former = null) =>
        new(upn, new LocalDate(2009, 10, 2)) { FormerUpn = former, NcYearActual = "6" };

    [Fact]
    public void Match_PairsByUpnAndFormerUpn_AndReportsWhatIsLeft()
    {
        var third = Upn.Create(831, 2001, 15, 3);
        var stranger = Upn.Create(831, 2001, 15, 4);
        var pseudonymous = CareersLogDocument.Start(LogLearner.Pseudonymous("p-1"), Primary);
        var pupils = new[]
        {
            Pupil(CtfSamples.Upn1),
            Pupil(CtfSamples.Upn2, former: CtfSamples.Former),
            Pupil(third),
        };
        var logs = new[]
        {
            Log(stranger),
            pseudonymous,
            Log(CtfSamples.Former),
            Log(CtfSamples.Upn1),
        };

        var match = CtfLogTransfer.Match(pupils, logs).GetResultOrThrow();

        Assert.Equal(
            [(CtfSamples.Upn1, CtfSamples.Upn1), (CtfSamples.Upn2, CtfSamples.Former)],
            match.Pairs.Select(p => (p.Pupil.Upn, p.Log.Learner.Upn!))
        );
        Assert.Equal([third], match.PupilsWithoutLog.Select(p => p.Upn));
        Assert.Equal([logs[0], logs[1]], match.LogsWithoutPupil);
    }

    [Fact]
    public void TwoLogsForOnePupil_IsAProblem()
    {
        var result = CtfLogTransfer.Match(
            [Pupil(CtfSamples.Upn1)],
            [Log(CtfSamples.Upn1), Log(CtfSamples.Upn1)]
        );

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("ctf-log.duplicate", "/logs/1"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Export_AppliesTheTransferPolicy_ToThePupilsInTheFile()
    {
        var log = Log(CtfSamples.Upn1);
        var other = Log(CtfSamples.Upn2);

        var keepNames = CtfLogTransfer
            .Export([Pupil(CtfSamples.Upn1)], [log, other])
            .GetResultOrThrow();
        var noNames = CtfLogTransfer
            .Export(
                [Pupil(CtfSamples.Upn1)],
                [log, other],
                new TransferExportPolicy { IncludeSchoolNames = false }
            )
            .GetResultOrThrow();

        var sent = Assert.Single(keepNames.Pairs).Log;
        Assert.Equal(CareersLogTransfer.ExportForTransfer(log), sent);
        Assert.Equal("Ashgate Primary School", sent.Schools[0].Name);
        Assert.Null(Assert.Single(noNames.Pairs).Log.Schools[0].Name);
        Assert.Equal([other], keepNames.LogsWithoutPupil);
        Assert.Empty(keepNames.PupilsWithoutLog);
    }

    [Fact]
    public void ReceivedPackages_MergeIntoTheReceivingSchoolsLogs()
    {
        var sent = CtfLogTransfer
            .Export([Pupil(CtfSamples.Upn1)], [Log(CtfSamples.Upn1)])
            .GetResultOrThrow();
        var imported = CtfSamples
            .Read(CtfSamples.File(CtfSamples.HeaderXml(), CtfSamples.FullPupilXml(CtfSamples.Upn1)))
            .GetResultOrThrow();

        var match = CtfLogTransfer
            .Match(imported.Pupils, sent.Pairs.Select(p => p.Log))
            .GetResultOrThrow();
        var pair = Assert.Single(match.Pairs);
        var secondary = new LogSchool(Urn.Parse("145566"), null, new LocalDate(2021, 9, 6));
        var merged = CareersLogTransfer.Merge(
            CareersLogDocument.Start(LogLearner.WithUpn(pair.Pupil.Upn), secondary),
            pair.Log
        );

        Assert.Equal(2, merged.GetResultOrThrow().Log.Schools.Count);
    }
}
