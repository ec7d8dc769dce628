using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Careers.Encounters;
using Careers.Encounters.Streaming;
using NodaTime;

namespace Careers.Benchmarks;

/// <summary>
/// The four-encounter entitlement at national scale: 1,000,000 learners in Years 7–13 with 10,000,000 participation
/// records in 200,000 activities over seven years, evaluated in memory, and the same records streamed from a CSV file
/// (about 1 GB) in the MIS export shape: as text, and as UTF-8 on every core and on one. The reader parses on one
/// thread unless asked for more, so the runs on every core ask for <see cref="Environment.ProcessorCount"/>, as they
/// did when that was the default. Peak working set is printed at the end of each run.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EncountersBenchmarks
{
    private const int LearnerCount = 1_000_000;
    private const int RecordCount = 10_000_000;
    private const int ActivityCount = 200_000;
    private static readonly LocalDate AsAt = new(2025, 3, 1);
    private Learner[] learners = null!;
    private CareersActivity[] activities = null!;
    private Participation[] participations = null!;
    private string csvPath = null!;

    private static readonly EncounterCsvOptions EveryCore = new()
    {
        MaxDegreeOfParallelism = Environment.ProcessorCount,
    };

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var year = AcademicYear.ForDate(AsAt);
        learners = new Learner[LearnerCount];
        for (var i = 0; i < LearnerCount; i++)
        {
            var yearGroup = YearGroup.FromNumber(7 + (i % 7));
            learners[i] = new Learner(
                "L" + i.ToString(CultureInfo.InvariantCulture),
                new LocalDate(year.StartYear - yearGroup.AcademicAge, 3, 3),
                yearGroup,
                year
            );
        }

        var kinds = new[]
        {
            ActivityKind.EmployerTalk,
            ActivityKind.CareersFair,
            ActivityKind.Mentoring,
            ActivityKind.WorkplaceVisit,
            ActivityKind.GuidanceMeeting,
        };
        activities = new CareersActivity[ActivityCount];
        for (var a = 0; a < ActivityCount; a++)
        {
            activities[a] = new CareersActivity(
                "A" + a.ToString(CultureInfo.InvariantCulture),
                kinds[a % kinds.Length],
                AsAt.PlusDays(-random.Next(0, 7 * 365))
            )
            {
                Evidence =
                    a % 4 == 0
                        ? MeaningfulEvidence.LearningOutcomes
                        : EncounterPolicyBuilder.DefaultRequiredEvidence,
            };
        }

        participations = new Participation[RecordCount];
        for (var p = 0; p < RecordCount; p++)
        {
            participations[p] = new Participation(
                activities[random.Next(ActivityCount)].Id,
                learners[random.Next(LearnerCount)].Id
            );
        }

        csvPath = Path.Combine(Path.GetTempPath(), "careers-encounters-benchmark.csv");
        using var writer = new StreamWriter(csvPath, false, new UTF8Encoding(false), 1 << 20);
        writer.WriteLine(EncounterCsv.Header);
        foreach (var participation in participations)
        {
            var learner = learners[
                int.Parse(
                    participation.LearnerId.AsSpan(1),
                    NumberStyles.None,
                    CultureInfo.InvariantCulture
                )
            ];
            var activity = activities[
                int.Parse(
                    participation.ActivityId.AsSpan(1),
                    NumberStyles.None,
                    CultureInfo.InvariantCulture
                )
            ];
            writer.Write(learner.Id);
            writer.Write(",,");
            writer.Write(learner.YearGroup.Number.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(activity.Id);
            writer.Write(',');
            writer.Write(activity.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(activity.Kind.ToString());
            writer.Write(',');
            writer.Write(activity.Evidence.ToString().Replace(", ", "|", StringComparison.Ordinal));
            writer.WriteLine(",1");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(csvPath);
        Console.WriteLine(
            FormattableString.Invariant(
                $"// Peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"
            )
        );
    }

    // The record is made inside the benchmark, as a caller holding the three lists does: its checks and indexes are
    // part of every evaluation's cost, as they were before the record had a type of its own.
    [Benchmark]
    public int InMemory() =>
        new EntitlementEvaluator(EncounterPolicy.DerbyOpportunityArea)
            .Evaluate(
                ActivityRecord.Create(learners, activities, participations).GetResultOrThrow(),
                AsAt
            )
            .GetResultOrThrow()
            .Learners.Count(l => l.Status == EntitlementStatus.Met);

    [Benchmark]
    public int StreamFromCsv()
    {
        using var reader = new StreamReader(csvPath, Encoding.UTF8, false, 1 << 20);
        return EntitlementStream
            .EvaluateCsv(EncounterPolicy.DerbyOpportunityArea, reader, AsAt, EveryCore)
            .GetResultOrThrow()
            .Overall[EntitlementStatus.Met];
    }

    [Benchmark]
    public int StreamFromUtf8()
    {
        using var stream = File.OpenRead(csvPath);
        return EntitlementStream
            .EvaluateCsv(EncounterPolicy.DerbyOpportunityArea, stream, AsAt, EveryCore)
            .GetResultOrThrow()
            .Overall[EntitlementStatus.Met];
    }

    [Benchmark]
    public int StreamFromUtf8OneThread()
    {
        using var stream = File.OpenRead(csvPath);
        return EntitlementStream
            .EvaluateCsv(
                EncounterPolicy.DerbyOpportunityArea,
                stream,
                AsAt,
                new EncounterCsvOptions { MaxDegreeOfParallelism = 1 }
            )
            .GetResultOrThrow()
            .Overall[EntitlementStatus.Met];
    }
}
