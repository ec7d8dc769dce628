using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Careers.Encounters.Streaming;
using NodaTime;

namespace Careers.Encounters.Tests;

public class StreamTests
{
    private static string SampleFile =>
        Path.Combine(
            typeof(StreamTests)
                .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "RepoRoot")
                .Value!,
            "docs",
            "samples",
            "encounters.csv"
        );

    [Fact]
    public void SampleFile_IsReadAndEvaluated()
    {
        using var reader = new StreamReader(SampleFile);

        var evaluation = EntitlementStream.EvaluateCsv(
            EncounterPolicy.DerbyOpportunityArea,
            reader,
            World.AsAt
        );

        Assert.True(evaluation.Success, string.Join("\n", evaluation.Problems));
        var result = evaluation.Result;
        Assert.Equal(10, result.Records);
        Assert.Equal(
            [
                ("L0001", EntitlementStatus.OnTrack, 2),
                ("L0002", EntitlementStatus.AtRisk, 0),
                ("L0003", EntitlementStatus.Met, 4),
                ("L0004", EntitlementStatus.OnTrack, 1),
                ("L0005", EntitlementStatus.OnTrack, 0),
            ],
            result.Learners.Select(l => (l.LearnerId, l.Status, l.Count))
        );
        Assert.Equal(1, result.NotCounted[NotCountedReason.NotMeaningful]);
        Assert.Equal(1, result.NotCounted[NotCountedReason.WrongKind]);
        Assert.Equal(1, result.NotCounted[NotCountedReason.OutsideWindow]);
        Assert.Equal("112233", result.Learners[0].InstitutionId);
        Assert.Equal(5, result.Overall.InScope);
    }

    [Fact]
    public void BadRows_AreAllReported_WithRowAndColumn()
    {
        var csv =
            EncounterCsv.Header
            + "\n"
            + "L1,,Year 14,A1,2024-02-30,Talk,Nonsense,-1\n"
            + ",,Y9,,2024-10-01,EmployerTalk,,1\n"
            + "L2,,Y9,A2,2024-10-01\n";

        var result = EntitlementStream.EvaluateCsv(
            EncounterPolicy.DerbyOpportunityArea,
            new StringReader(csv),
            World.AsAt
        );

        Assert.False(result.Success);
        Assert.Null(result.Result);
        Assert.Equal(
            [
                ("csv.year-group", "/rows/1/year_group"),
                ("csv.activity-date", "/rows/1/activity_date"),
                ("csv.activity-kind", "/rows/1/activity_kind"),
                ("csv.evidence", "/rows/1/evidence"),
                ("csv.employers", "/rows/1/employers"),
                ("csv.learner-id", "/rows/2/learner_id"),
                ("csv.activity-id", "/rows/2/activity_id"),
                ("csv.columns", "/rows/3"),
            ],
            result.Problems.Select(p => (p.Code, p.Path))
        );
        Assert.StartsWith(
            "Row 1: activity_date '2024-02-30' is not a date",
            result.Problems[1].Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Header_MustNameEveryColumn_ButMayOrderThemFreely()
    {
        var reordered =
            "employers,evidence,activity_kind,activity_date,activity_id,year_group,institution_id,learner_id,extra\n"
            + "1,\"LearningOutcomes|TwoWayInteraction|ActiveParticipation\",employertalk,2024-10-01,A1,7,,L1,x\n";

        var result = EntitlementStream
            .EvaluateCsv(
                EncounterPolicy.DerbyOpportunityArea,
                new StringReader(reordered),
                World.AsAt
            )
            .GetResultOrThrow();

        Assert.Equal(
            ("L1", 1),
            (result.Learners.Single().LearnerId, result.Learners.Single().Count)
        );
        Assert.Throws<FormatException>(() =>
            EntitlementStream.EvaluateCsv(
                EncounterPolicy.DerbyOpportunityArea,
                new StringReader("learner_id\n"),
                World.AsAt
            )
        );
        Assert.Throws<FormatException>(() =>
            EntitlementStream.EvaluateCsv(
                EncounterPolicy.DerbyOpportunityArea,
                new StringReader(""),
                World.AsAt
            )
        );
    }

    [Fact]
    public void ConflictingYearGroups_ForOneLearner_AreAProblem()
    {
        var records = new[]
        {
            new EncounterRecord(
                "L1",
                null,
                YearGroup.Year9,
                "A1",
                new LocalDate(2024, 10, 1),
                ActivityKind.EmployerTalk,
                World.Meaningful,
                1
            ),
            new EncounterRecord(
                "L1",
                null,
                YearGroup.Year10,
                "A2",
                new LocalDate(2024, 10, 2),
                ActivityKind.EmployerTalk,
                World.Meaningful,
                1
            ),
        };

        var result = EntitlementStream.Evaluate(
            EncounterPolicy.DerbyOpportunityArea,
            records,
            World.AsAt
        );

        Assert.Equal(
            ("record.year-group", "/records/2"),
            (result.Problems.Single().Code, result.Problems.Single().Path)
        );
    }

    [Fact]
    public async Task Async_GivesTheSameAnswer()
    {
        var records = new[]
        {
            new EncounterRecord(
                "L1",
                "s",
                YearGroup.Year9,
                "A1",
                new LocalDate(2024, 10, 1),
                ActivityKind.EmployerTalk,
                World.Meaningful,
                1
            ),
            new EncounterRecord(
                "L1",
                "s",
                YearGroup.Year9,
                "A1",
                new LocalDate(2024, 10, 1),
                ActivityKind.EmployerTalk,
                World.Meaningful,
                1
            ),
        };

        var result = (
            await EntitlementStream.EvaluateAsync(
                EncounterPolicy.DerbyOpportunityArea,
                ToAsync(records),
                World.AsAt
            )
        ).GetResultOrThrow();

        Assert.Equal(1, result.Learners.Single().Count);
        Assert.Equal(1, result.NotCounted[NotCountedReason.Duplicate]);
    }

    [Fact]
    public void Stream_AgreesWithTheInMemoryEvaluation()
    {
        var world = new World();
        var learners = Enumerable
            .Range(0, 30)
            .Select(i => world.Learner($"L{i}", YearGroup.FromNumber(6 + (i % 8))))
            .ToArray();
        var random = new Random(7);
        for (var a = 0; a < 40; a++)
        {
            var activity = world.Activity(
                (ActivityKind)(a % 14),
                World.AsAt.PlusDays(-random.Next(0, 2500)),
                a % 5 == 0 ? MeaningfulEvidence.LearningOutcomes : World.Meaningful,
                World.Employer("e1"),
                World.Employer("e2")
            );
            world.Attend(activity, learners.Where(_ => random.Next(3) == 0).ToArray());
        }

        foreach (
            var policy in new[]
            {
                EncounterPolicy.DerbyOpportunityArea,
                EncounterPolicy.GatsbyBenchmark5,
                EncounterPolicyBuilder
                    .Create("each", "1")
                    .CountingEachEmployerMet()
                    .Build()
                    .GetResultOrThrow(),
            }
        )
        {
            var inMemory = world
                .Evaluate(policy)
                .Learners.Where(l => world.Participations.Any(p => p.LearnerId == l.Learner.Id))
                .ToDictionary(l => l.Learner.Id);
            var activities = world.Activities.ToDictionary(a => a.Id);
            var records = world.Participations.Select(p =>
            {
                var a = activities[p.ActivityId];
                var l = learners.Single(x => x.Id == p.LearnerId);
                return new EncounterRecord(
                    l.Id,
                    l.InstitutionId,
                    l.YearGroupIn(World.ThisYear)!.Value,
                    a.Id,
                    a.Date,
                    a.Kind,
                    a.Evidence | p.Evidence,
                    a.Organisations.Count
                );
            });

            var streamed = EntitlementStream
                .Evaluate(policy, records, World.AsAt)
                .GetResultOrThrow();

            Assert.All(
                streamed.Learners,
                s =>
                    Assert.Equal(
                        (
                            inMemory[s.LearnerId].Status,
                            inMemory[s.LearnerId].Count,
                            inMemory[s.LearnerId].NextMilestone
                        ),
                        (s.Status, s.Count, s.NextMilestone)
                    )
            );
        }
    }

    [Fact]
    public void Learners_AreMadeWhenRead_EqualEachTime_AndCountedInOverall()
    {
        using var reader = new StreamReader(SampleFile);
        var result = EntitlementStream
            .EvaluateCsv(EncounterPolicy.DerbyOpportunityArea, reader, World.AsAt)
            .GetResultOrThrow();

        var learners = result.Learners;
        Assert.Equal(
            learners.ToList(),
            Enumerable.Range(0, learners.Count).Select(i => learners[i])
        );
        Assert.Equal(learners[2], learners[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => learners[learners.Count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => learners[-1]);
        foreach (var status in Enum.GetValues<EntitlementStatus>())
        {
            Assert.Equal(learners.Count(l => l.Status == status), result.Overall[status]);
        }
    }

    private static async IAsyncEnumerable<EncounterRecord> ToAsync(
        IEnumerable<EncounterRecord> records
    )
    {
        foreach (var record in records)
        {
            await Task.Yield();
            yield return record;
        }
    }
}
