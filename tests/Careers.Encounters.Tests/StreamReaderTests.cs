using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Careers.Encounters.Streaming;
using NodaTime;

namespace Careers.Encounters.Tests;

/// <summary>The span-based CSV reader: line endings, block boundaries, and records from several sources.</summary>
public class StreamReaderTests
{
    private static readonly LocalDate AsAt = new(2025, 3, 1);

    private static string Row(
        int learner,
        int activity,
        string evidence = "LearningOutcomes|TwoWayInteraction|ActiveParticipation"
    ) =>
        $"L{learner},URN1,Year 9,A{activity},2024-10-0{1 + (activity % 9)},EmployerTalk,{evidence},1";

    private static string Csv(IEnumerable<string> rows, string newline) =>
        EncounterCsv.Header + newline + string.Join(newline, rows) + newline;

    private static IEnumerable<string> ManyRows()
    {
        for (var i = 0; i < 6000; i++)
        {
            yield return Row(i % 700, i % 7);
        }
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Read_AnyLineEnding_AcrossManyBlocks_SameRecordsAsLf(string newline)
    {
        var problems = new List<ValidationError>();
        var expected = EncounterCsv
            .Read(new StringReader(Csv(ManyRows(), "\n")), problems)
            .ToList();

        var actual = EncounterCsv
            .Read(new StringReader(Csv(ManyRows(), newline)), problems)
            .ToList();

        Assert.Empty(problems);
        Assert.Equal(6000, actual.Count);
        Assert.Equal(
            expected.Select(r => (r.LearnerId, r.ActivityId, r.Date, r.Evidence)),
            actual.Select(r => (r.LearnerId, r.ActivityId, r.Date, r.Evidence))
        );
    }

    [Fact]
    public void Read_LineLongerThanABlock_IsOneProblemRow()
    {
        var longId = new string('x', 200_000);
        var csv = Csv(
            [Row(1, 1), $"{longId},URN1,Year 9,A1,2024-10-01,EmployerTalk,,1,extra", Row(2, 2)],
            "\n"
        );
        var problems = new List<ValidationError>();

        var records = EncounterCsv.Read(new StringReader(csv), problems).ToList();

        Assert.Equal(["L1", "L2"], records.Select(r => r.LearnerId));
        var problem = Assert.Single(problems);
        Assert.Equal("csv.columns", problem.Code);
        Assert.Equal("/rows/2", problem.Path);
    }

    [Fact]
    public void Read_QuotedAndPlainRows_InternTheSameIds()
    {
        var csv = Csv(
            [
                Row(1, 1),
                "\"L1\",URN1,Year 9,\"A1\",2024-10-01,EmployerTalk,\"LearningOutcomes|TwoWayInteraction|ActiveParticipation\",1",
            ],
            "\n"
        );

        var result = EntitlementStream
            .EvaluateCsv(EncounterPolicy.DerbyOpportunityArea, new StringReader(csv), AsAt)
            .GetResultOrThrow();

        var learner = Assert.Single(result.Learners);
        Assert.Equal(1, learner.Count);
        Assert.Equal(1, result.NotCounted[NotCountedReason.Duplicate]);
    }

    [Fact]
    public void Evaluate_RecordsFromTwoReadsAndByHand_SameAsOneRead()
    {
        var all = ManyRows().ToList();
        var one = EntitlementStream
            .EvaluateCsv(
                EncounterPolicy.DerbyOpportunityArea,
                new StringReader(Csv(all, "\n")),
                AsAt
            )
            .GetResultOrThrow();
        var problems = new List<ValidationError>();
        var first = EncounterCsv.Read(new StringReader(Csv(all.Take(2000), "\n")), problems);
        var second = EncounterCsv.Read(
            new StringReader(Csv(all.Skip(2000).Take(2000), "\n")),
            problems
        );
        var byHand = EncounterCsv
            .Read(new StringReader(Csv(all.Skip(4000), "\n")), problems)
            .Select(r => new EncounterRecord(
                new string(r.LearnerId.ToCharArray()),
                r.InstitutionId,
                r.YearGroup,
                new string(r.ActivityId.ToCharArray()),
                r.Date,
                r.Kind,
                r.Evidence,
                r.Employers
            ));

        var mixed = EntitlementStream
            .Evaluate(
                EncounterPolicy.DerbyOpportunityArea,
                first.Concat(second).Concat(byHand),
                AsAt
            )
            .GetResultOrThrow();

        Assert.Empty(problems);
        Assert.Equal(one.Learners, mixed.Learners);
        Assert.Equal(one.NotCounted, mixed.NotCounted);
        Assert.True(one.NotCounted[NotCountedReason.Duplicate] > 0);
    }

    [Fact]
    public void Read_FieldsTheFastPathDoesNotKnow_AreReadLikeBefore()
    {
        var csv = new StringBuilder(EncounterCsv.Header).Append('\n');
        csv.Append(
            "L1,,y9,A1,2024-10-01,employertalk, LearningOutcomes | TwoWayInteraction|ActiveParticipation ,0123456789\n"
        );
        csv.Append("L1,,Year 9,A2,2024-10-01,EmployerTalk,,12345678901\n");
        var problems = new List<ValidationError>();

        var records = EncounterCsv.Read(new StringReader(csv.ToString()), problems).ToList();

        var record = Assert.Single(records);
        Assert.Equal(YearGroup.Year9, record.YearGroup);
        Assert.Equal(ActivityKind.EmployerTalk, record.Kind);
        Assert.Equal(123456789, record.Employers);
        Assert.Null(record.InstitutionId);
        Assert.Equal(
            MeaningfulEvidence.LearningOutcomes
                | MeaningfulEvidence.TwoWayInteraction
                | MeaningfulEvidence.ActiveParticipation,
            record.Evidence
        );
        Assert.Equal("/rows/2/employers", Assert.Single(problems).Path);
    }
}
