using System.Collections.Generic;
using System.Linq;
using Careers.Tests;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Careers.Gatsby.Tests;

/// <summary>
/// Issue 16, "nothing one school sends can break the area": records with dates anywhere in the ISO range and ids of
/// any length and content make an activity record or problems, and the scorer answers any record made, any benchmark
/// records and answers of any criterion id, with a result or problems, never an exception.
/// </summary>
public class HostileInputTests
{
    private static readonly LocalDate AsAt = new(2025, 3, 1);

    private static Evaluation<ActivityRecord> HostileSchool() =>
        ActivityRecord.Create(
            [new Learner("L1", new LocalDate(2010, 5, 5), YearGroup.Year9, new AcademicYear(2024))],
            [
                new CareersActivity("good", ActivityKind.EmployerTalk, new LocalDate(2024, 11, 5)),
                new CareersActivity("year-one", ActivityKind.EmployerTalk, new LocalDate(1, 1, 1)),
                new CareersActivity(
                    "before-1900",
                    ActivityKind.CareersFair,
                    new LocalDate(1899, 12, 31)
                ),
            ],
            [new("good", "L1"), new("year-one", "L1"), new("before-1900", "L1")]
        );

    [Fact]
    public void Record_ActivitiesDatedInYearOneAndIn1899_AreProblemsWithTheirPaths()
    {
        var evaluation = HostileSchool();

        Assert.False(evaluation.Success);
        Assert.Equal(
            [
                ("activity.date-range", "/activities/1/date"),
                ("activity.date-range", "/activities/2/date"),
            ],
            evaluation.Problems.Select(p => (p.Code, p.Path))
        );
        Assert.Equal(
            "Activity 'before-1900' is dated 1899-12-31, outside the supported range 1900-09-01 to 9999-08-31.",
            evaluation.Problems[1].Message
        );
    }

    [Fact]
    public void AsAtOutsideTheRange_IsAProblem_WhenAssessingAndSelfAssessing()
    {
        var asAt = new LocalDate(1, 1, 1);
        var answers = new Dictionary<string, bool> { ["2024.schools.B1.1"] = true };

        var assessed = GatsbyEvaluator.Default.Assess(
            GatsbyFramework.Edition2024Schools,
            new Dictionary<string, bool>(),
            ActivityRecord.Empty,
            asAt
        );
        var declared = GatsbyEvaluator.Default.SelfAssess(
            GatsbyFramework.Edition2024Schools,
            answers,
            asAt
        );

        Assert.Equal(
            ("as-at.range", "/asAt"),
            (Assert.Single(assessed.Problems).Code, assessed.Problems[0].Path)
        );
        Assert.Equal(
            ("as-at.range", "/asAt"),
            (Assert.Single(declared.Problems).Code, declared.Problems[0].Path)
        );
        Assert.Equal(
            "The as-at date is 0001-01-01, outside the supported range 1900-09-01 to 9999-08-31.",
            declared.Problems[0].Message
        );
    }

    [Fact]
    public void LearnerBornOutsideTheRange_IsAProblemAtTheirDateOfBirth()
    {
        var evaluation = ActivityRecord.Create(
            [new Learner("L1", new LocalDate(1, 1, 1), YearGroup.Year9, new AcademicYear(2024))],
            [],
            []
        );

        Assert.Equal(
            ("learner.date-of-birth-range", "/learners/0/dateOfBirth"),
            (Assert.Single(evaluation.Problems).Code, evaluation.Problems[0].Path)
        );
    }

    /// <summary>Answers keyed by real criterion ids (declared and learner-evidenced), ids of other editions and any text.</summary>
    private static Gen<Dictionary<string, bool>> Answers { get; } =
        from ids in Gen.ArrayOf(
            Gen.Frequency(
                (
                    3,
                    Gen.Elements(
                        GatsbyFramework
                            .All.SelectMany(f => f.Benchmarks.SelectMany(b => b.Criteria))
                            .Select(c => c.Id)
                            .ToArray()
                    )
                ),
                (1, HostileData.Id)
            )
        )
        from met in Gen.ArrayOf(Gen.Elements(true, false), ids.Length)
        select ids.Select((id, i) => (id, met[i]))
            .DistinctBy(a => a.id)
            .ToDictionary(a => a.id, a => a.Item2);

    private static Gen<BenchmarkRecords> Benchmarks(Records records) =>
        from considering in Gen.ArrayOf(
            Gen.Frequency(
                (
                    4,
                    records.Learners.Length == 0
                        ? HostileData.Id
                        : Gen.Elements(records.Learners).Select(l => l.Id)
                ),
                (1, HostileData.Id)
            )
        )
        from advice in Gen.ArrayOf(
            Gen.Frequency(
                (
                    4,
                    records.Learners.Length == 0
                        ? HostileData.Id
                        : Gen.Elements(records.Learners).Select(l => l.Id)
                ),
                (1, HostileData.Id)
            )
        )
        from leavers in Gen.ArrayOf(
            from id in HostileData.Id
            from year in HostileData.Year
            from years in Gen.Choose(0, 5)
            select new LeaverDestinations(id, year, years)
        )
        select new BenchmarkRecords
        {
            ConsideringHigherEducation = considering,
            AdviceRecords = advice,
            Leavers = leavers,
        };

    private static Gen<(
        GatsbyFramework Framework,
        GatsbyEvaluator Scorer,
        Dictionary<string, bool> Answers,
        Records Records,
        BenchmarkRecords Benchmarks,
        LocalDate AsAt
    )> Cases { get; } =
        from framework in Gen.Elements(GatsbyFramework.All.ToArray())
        from future in Gen.Elements(FutureActivityHandling.Reject, FutureActivityHandling.Ignore)
        from answers in Answers
        from evaluation in HostileData.Evaluation
        from benchmarks in Benchmarks(evaluation.Records)
        select (
            framework,
            new GatsbyEvaluator(GatsbyPolicy.Default with { FutureActivities = future }),
            answers,
            evaluation.Records,
            benchmarks,
            evaluation.AsAt
        );

    [Property(MaxTest = 200)]
    public Property Assess_AndSelfAssess_AnswerAnyRecords_WithAResultOrProblems() =>
        Prop.ForAll(
            Cases.ToArbitrary(),
            c =>
            {
                var declared = c
                    .Answers.Where(a =>
                        !c.Framework.TryGetCriterion(a.Key, out var criterion)
                        || criterion.Requirement is null
                    )
                    .ToDictionary(a => a.Key, a => a.Value);
                var assessed = HostileData.Evaluate(
                    c.Records,
                    c.AsAt,
                    record => c.Scorer.Assess(c.Framework, declared, record, c.Benchmarks, c.AsAt)
                );
                var selfAssessed = c.Scorer.SelfAssess(c.Framework, c.Answers, c.AsAt);
                HostileData.Reports(selfAssessed, HostileData.AsAtProblems(c.AsAt));
                if (assessed is not null && assessed.Success)
                {
                    Assert.NotEmpty(GatsbyJson.Serialize(assessed.Result));
                    _ = AreaSummary.Of([assessed.Result]);
                }

                return true;
            }
        );
}
