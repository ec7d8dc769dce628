using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Careers.Encounters.Streaming;
using Careers.Tests;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace Careers.Encounters.Tests;

/// <summary>
/// Issue 16, "nothing one school sends can break the area": records with dates anywhere in the ISO range and ids of
/// any length and content make an activity record or problems, and every entry point of the entitlement, the
/// streaming evaluation, the CSV reader and the Provider Access Legislation answers them with a result or problems,
/// never an exception.
/// </summary>
public class HostileInputTests
{
    private static readonly EncounterPolicy[] Policies =
    [
        EncounterPolicy.DerbyOpportunityArea,
        EncounterPolicy.GatsbyBenchmark5,
        EncounterPolicyBuilder
            .Create("reception-to-13", "1")
            .From(YearGroup.Reception)
            .To(YearGroup.Year13)
            .Entitles(14)
            .AtLeastEachYear(1)
            .CountingEachEmployerMet()
            .Build()
            .GetResultOrThrow(),
    ];

    private static readonly LocalDate AsAt = new(2025, 3, 1);

    private static Learner Pupil(string id, YearGroup yearGroup) =>
        new(id, new LocalDate(2011, 5, 5), yearGroup, new AcademicYear(2024));

    private static CareersActivity Talk(string id, LocalDate date) =>
        new(id, ActivityKind.EmployerTalk, date)
        {
            Evidence =
                MeaningfulEvidence.LearningOutcomes
                | MeaningfulEvidence.TwoWayInteraction
                | MeaningfulEvidence.ActiveParticipation,
            DuringSchoolDay = true,
            Organisations =
            [
                new ActivityOrganisation("p1", "College", OrganisationType.FurtherEducationCollege)
                {
                    OffersApprovedTechnicalEducationOrApprenticeships = true,
                },
            ],
        };

    /// <summary>The finding: a hostile school's activities dated 0001-01-01 and 1899-12-31 among good records.</summary>
    private static (Learner[], CareersActivity[], Participation[]) HostileSchool()
    {
        Learner[] learners = [Pupil("L1", YearGroup.Year9), Pupil("L2", YearGroup.Year10)];
        CareersActivity[] activities =
        [
            Talk("good-1", new LocalDate(2024, 11, 5)),
            Talk("year-one", new LocalDate(1, 1, 1)),
            Talk("good-2", new LocalDate(2025, 1, 20)),
            Talk("before-1900", new LocalDate(1899, 12, 31)),
        ];
        Participation[] participations =
        [
            new("good-1", "L1"),
            new("year-one", "L1"),
            new("good-2", "L2"),
            new("before-1900", "L2"),
        ];
        return (learners, activities, participations);
    }

    [Fact]
    public void Record_ActivitiesDatedInYearOneAndIn1899_AreProblemsWithTheirPaths()
    {
        var (learners, activities, participations) = HostileSchool();

        // The record that the entitlement and Provider Access evaluations take is refused, so neither evaluation
        // ever sees those dates.
        var evaluation = ActivityRecord.Create(learners, activities, participations);

        Assert.False(evaluation.Success);
        Assert.Equal(
            [
                ("activity.date-range", "/activities/1/date"),
                ("activity.date-range", "/activities/3/date"),
            ],
            evaluation.Problems.Select(p => (p.Code, p.Path))
        );
        Assert.Equal(
            "Activity 'year-one' is dated 0001-01-01, outside the supported range 1900-09-01 to 9999-08-31.",
            evaluation.Problems[0].Message
        );
    }

    [Fact]
    public void Stream_RecordsDatedInYearOneAndIn1899_AreProblemsWithTheirPaths()
    {
        EncounterRecord Record(string activity, LocalDate date) =>
            new(
                "L1",
                null,
                YearGroup.Year9,
                activity,
                date,
                ActivityKind.EmployerTalk,
                MeaningfulEvidence.LearningOutcomes,
                1
            );

        var result = EntitlementStream.Evaluate(
            EncounterPolicy.DerbyOpportunityArea,
            [
                Record("good-1", new LocalDate(2024, 11, 5)),
                Record("year-one", new LocalDate(1, 1, 1)),
                Record("before-1900", new LocalDate(1899, 12, 31)),
            ],
            AsAt
        );

        Assert.False(result.Success);
        Assert.Null(result.Result);
        Assert.Equal(
            [("record.date-range", "/records/2/date"), ("record.date-range", "/records/3/date")],
            result.Problems.Select(p => (p.Code, p.Path))
        );
        Assert.Equal(
            "Record 2 (activity 'year-one') is dated 0001-01-01, outside the supported range 1900-09-01 to 9999-08-31.",
            result.Problems[0].Message
        );
    }

    [Fact]
    public void Csv_RowsDatedInYearOneAndIn1899_AreRowProblems()
    {
        var csv =
            $"{EncounterCsv.Header}\n"
            + "L1,,Year 9,good-1,2024-11-05,EmployerTalk,LearningOutcomes,1\n"
            + "L1,,Year 9,year-one,0001-01-01,EmployerTalk,LearningOutcomes,1\n"
            + "L1,,Year 9,before-1900,1899-12-31,EmployerTalk,LearningOutcomes,1\n";

        var fromText = EntitlementStream.EvaluateCsv(
            EncounterPolicy.DerbyOpportunityArea,
            new StringReader(csv),
            AsAt
        );
        var fromUtf8 = EntitlementStream.EvaluateCsv(
            EncounterPolicy.DerbyOpportunityArea,
            new MemoryStream(Encoding.UTF8.GetBytes(csv)),
            AsAt
        );

        foreach (var result in new[] { fromText, fromUtf8 })
        {
            Assert.False(result.Success);
            Assert.Null(result.Result);
            Assert.Equal(
                [
                    ("csv.activity-date", "/rows/2/activity_date"),
                    ("csv.activity-date", "/rows/3/activity_date"),
                ],
                result.Problems.Select(p => (p.Code, p.Path))
            );
        }
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1899, 12, 31)]
    [InlineData(9999, 9, 1)]
    public void AsAtOutsideTheRange_IsAProblem_InEveryEvaluation(int y, int m, int d)
    {
        var asAt = new LocalDate(y, m, d);
        var record = ActivityRecord
            .Create(
                [Pupil("L1", YearGroup.Year9)],
                [Talk("A1", new LocalDate(2024, 11, 5))],
                [new("A1", "L1")]
            )
            .GetResultOrThrow();

        var entitlement = new EntitlementEvaluator(EncounterPolicy.DerbyOpportunityArea).Evaluate(
            record,
            asAt
        );
        var access = ProviderAccessEvaluator.Default.Evaluate(record, asAt);
        var stream = EntitlementStream.EvaluateCsv(
            EncounterPolicy.DerbyOpportunityArea,
            new StringReader(
                $"{EncounterCsv.Header}\nL1,,Year 9,A1,2024-11-05,EmployerTalk,LearningOutcomes,1\n"
            ),
            asAt
        );

        Assert.Equal(("as-at.range", "/asAt"), Problem(Assert.Single(entitlement.Problems)));
        Assert.Equal(("as-at.range", "/asAt"), Problem(Assert.Single(access.Problems)));
        Assert.Equal(("as-at.range", "/asAt"), Problem(Assert.Single(stream.Problems)));
        Assert.Null(stream.Result);
    }

    [Fact]
    public void AsAtAtTheEdgesOfTheRange_IsEvaluated()
    {
        CareersActivity[] activities = [Talk("A1", AcademicYear.MinDate)];
        Participation[] participations = [new("A1", "L1")];
        var policy = EncounterPolicy.DerbyOpportunityArea;

        var first = new EntitlementEvaluator(policy).Evaluate(
            ActivityRecord
                .Create(
                    [
                        new(
                            "L1",
                            new LocalDate(2000, 5, 5),
                            YearGroup.Year11,
                            new AcademicYear(1900)
                        ),
                    ],
                    activities,
                    participations
                )
                .GetResultOrThrow(),
            AcademicYear.MinDate
        );
        var last = new EntitlementEvaluator(policy).Evaluate(
            ActivityRecord
                .Create(
                    [new("L1", new LocalDate(9990, 5, 5), YearGroup.Year7, new AcademicYear(9998))],
                    [Talk("A1", AcademicYear.MaxDate)],
                    participations
                )
                .GetResultOrThrow(),
            AcademicYear.MaxDate
        );

        // Year 11 in 1900/01: the window opened in 1896 (before the range), and the talk counts.
        Assert.True(first.Success, string.Join("\n", first.Problems));
        Assert.Equal(1, first.Result.Learners[0].Count);

        // Year 7 in 9998/99: the window closes after the range, so the next milestone is due on its last day.
        Assert.True(last.Success, string.Join("\n", last.Problems));
        Assert.Equal(AcademicYear.MaxDate, last.Result.Learners[0].NextMilestone?.Due);
    }

    [Fact]
    public void ProviderAccess_LearnerWhoseKeyPhasesFallOutsideTheSupportedYears_IsAProblem()
    {
        // Dates of birth in the range (a learner may be taught outside their chronological year group), born 1883
        // and 1895 they would be refused with the record (learner.date-of-birth-range).
        var record = ActivityRecord
            .Create(
                [
                    new("old", new LocalDate(1901, 1, 1), YearGroup.Year13, new AcademicYear(1900)),
                    new(
                        "young",
                        new LocalDate(1901, 1, 1),
                        YearGroup.Year1,
                        new AcademicYear(1900)
                    ),
                    new("late", new LocalDate(9990, 1, 1), YearGroup.Year8, new AcademicYear(9998)),
                ],
                [],
                []
            )
            .GetResultOrThrow();

        var evaluation = ProviderAccessEvaluator.Default.Evaluate(
            record,
            new LocalDate(1900, 10, 1)
        );
        var atTheEnd = ProviderAccessEvaluator.Default.Evaluate(
            ActivityRecord.Create([record.Learners[2]], [], []).GetResultOrThrow(),
            new LocalDate(9999, 1, 1)
        );

        // Learner "old" was in Year 8 in 1895/96, before the supported years; "young" reaches Year 13 in 1912/13;
        // "late" has no year group in 1900/01, and reaches Year 13 in 10003/04.
        Assert.Equal(
            [("learner.academic-year-range", "/learners/0"), ("learner.year-group", "/learners/2")],
            evaluation.Problems.Select(p => (p.Code, p.Path))
        );
        Assert.Equal(
            "Learner 'old' is in Year 13 in 1900/01, so in Year 8 in the academic year starting in 1895, outside the supported academic years 1900/01 to 9998/99.",
            evaluation.Problems[0].Message
        );
        Assert.Equal(
            ("learner.academic-year-range", "/learners/0"),
            Problem(Assert.Single(atTheEnd.Problems))
        );
        Assert.Equal(
            "Learner 'late' is in Year 8 in 9998/99, so in Year 13 in the academic year starting in 10003, outside the supported academic years 1900/01 to 9998/99.",
            atTheEnd.Problems[0].Message
        );
    }

    private static (string, string) Problem(ValidationError problem) =>
        (problem.Code, problem.Path);

    private static Gen<(EncounterPolicy Policy, Records Records, LocalDate AsAt)> Cases { get; } =
        from policy in Gen.Elements(Policies)
        from evaluation in HostileData.Evaluation
        select (policy, evaluation.Records, evaluation.AsAt);

    [Property(MaxTest = 200)]
    public Property EntitlementEvaluator_AnswersAnyRecords_WithAResultOrProblems() =>
        Prop.ForAll(
            Cases.ToArbitrary(),
            c =>
            {
                var evaluation = HostileData.Evaluate(
                    c.Records,
                    c.AsAt,
                    record => new EntitlementEvaluator(c.Policy).Evaluate(record, c.AsAt)
                );
                if (evaluation is not null && evaluation.Success)
                {
                    // Everything a result offers can be read, and every date in it is in the supported range.
                    var result = evaluation.Result;
                    Assert.Equal(result.Learners.Count, EntitlementRollUp.Of(result).Overall.Total);
                    Assert.Equal(
                        result.Learners.Sum(l => (long)l.Count),
                        result.EncountersDelivered(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)
                    );
                    foreach (var learner in result.Learners)
                    {
                        Assert.All(
                            learner.Counted,
                            e => Assert.True(HostileData.Supported(e.Date))
                        );
                        _ = learner.NotCounted.Count;
                        Assert.True(
                            learner.NextMilestone is not { } next || HostileData.Supported(next.Due)
                        );
                    }
                }

                return true;
            }
        );

    [Property(MaxTest = 200)]
    public Property ProviderAccessEvaluator_AnswersAnyRecords_WithAResultOrProblems() =>
        Prop.ForAll(
            Cases.ToArbitrary(),
            Gen.Elements(Enum.GetValues<InstitutionType>()).ToArbitrary(),
            (c, type) =>
            {
                var school = HostileData.Evaluate(
                    c.Records,
                    c.AsAt,
                    record => ProviderAccessEvaluator.Default.Evaluate(record, c.AsAt)
                );
                _ = HostileData.Evaluate(
                    c.Records,
                    c.AsAt,
                    record =>
                        ProviderAccessEvaluator.Default.Evaluate(
                            new Institution("I1", "Institution", type),
                            record,
                            c.AsAt
                        )
                );
                if (school is not null && school.Success)
                {
                    // Each pupil's windows are days of supported academic years.
                    Assert.All(
                        school.Result.Learners.SelectMany(l => l.Phases),
                        p =>
                            Assert.True(
                                HostileData.Supported(p.WindowStart)
                                    && HostileData.Supported(p.WindowEnd)
                            )
                    );
                }

                return true;
            }
        );

    /// <summary>The records as the streaming evaluation reads them: one per participation whose learner and activity exist.</summary>
    private static List<EncounterRecord> Stream(Records records)
    {
        var learners = records.Learners.GroupBy(l => l.Id).ToDictionary(g => g.Key, g => g.First());
        var activities = records
            .Activities.GroupBy(a => a.Id)
            .ToDictionary(g => g.Key, g => g.First());
        var stream = new List<EncounterRecord>();
        foreach (var p in records.Participations)
        {
            if (
                learners.TryGetValue(p.LearnerId, out var learner)
                && activities.TryGetValue(p.ActivityId, out var activity)
            )
            {
                stream.Add(
                    new EncounterRecord(
                        learner.Id,
                        learner.InstitutionId,
                        learner.YearGroup,
                        activity.Id,
                        activity.Date,
                        activity.Kind,
                        p.EvidenceIn(activity),
                        activity.Organisations.Count
                    )
                );
            }
        }

        return stream;
    }

    private static void AssertStreamed(
        Evaluation<StreamedEntitlementResult> evaluation,
        long records,
        IEnumerable<(string Code, string Path)> expected
    )
    {
        Assert.Equal(evaluation.Success, evaluation.Problems.Count == 0);
        var reported = evaluation.Problems.Select(p => (p.Code, p.Path)).ToHashSet();
        Assert.All(expected, e => Assert.Contains(e, reported));
        if (!evaluation.Success)
        {
            Assert.Null(evaluation.Result);
            return;
        }

        var result = evaluation.Result;
        Assert.Equal(records, result.Records);
        foreach (var learner in result.Learners)
        {
            Assert.Equal(learner, result.Learners[result.IndexOf(learner.LearnerId)]);
        }
    }

    [Property(MaxTest = 200)]
    public Property EntitlementStream_AnswersAnyRecords_WithLearnersOrProblems() =>
        Prop.ForAll(
            Cases.ToArbitrary(),
            c =>
            {
                var stream = Stream(c.Records);
                var expected = new List<(string, string)>();
                if (!HostileData.Supported(c.AsAt))
                {
                    expected.Add(("as-at.range", "/asAt"));
                }

                for (var n = 0; n < stream.Count; n++)
                {
                    if (!HostileData.Supported(stream[n].Date))
                    {
                        expected.Add(
                            (
                                "record.date-range",
                                FormattableString.Invariant($"/records/{n + 1}/date")
                            )
                        );
                    }
                }

                var seen = new List<int>();
                AssertStreamed(
                    EntitlementStream.Evaluate(c.Policy, stream, c.AsAt),
                    stream.Count,
                    expected
                );
                AssertStreamed(
                    EntitlementStream.Evaluate(
                        c.Policy,
                        stream,
                        c.AsAt,
                        (in EncounterRecord _, int l) => seen.Add(l)
                    ),
                    stream.Count,
                    expected
                );
                Assert.Equal(stream.Count, seen.Count);
                return true;
            }
        );

    private static string Quote(string field) =>
        "\"" + field.Replace("\r", " ").Replace("\n", " ").Replace("\"", "\"\"") + "\"";

    /// <summary>The records as CSV, with each date as ISO writes it (so a year before 1 or after 9999 is not a date).</summary>
    private static (string Csv, List<(string, string)> DateProblems) Csv(
        List<EncounterRecord> records
    )
    {
        var csv = new StringBuilder(EncounterCsv.Header).Append('\n');
        var expected = new List<(string, string)>();
        for (var n = 0; n < records.Count; n++)
        {
            var r = records[n];
            var date = LocalDatePattern.Iso.Format(r.Date);
            csv.Append(Quote(r.LearnerId))
                .Append(',')
                .Append(r.InstitutionId is null ? "" : Quote(r.InstitutionId))
                .Append(',')
                .Append(r.YearGroup.Number.ToString(CultureInfo.InvariantCulture))
                .Append(',')
                .Append(Quote(r.ActivityId))
                .Append(',')
                .Append(date)
                .Append(',')
                .Append(r.Kind)
                .Append(',')
                .Append(
                    ((int)r.Evidence & ((1 << 12) - 1)) == (int)r.Evidence
                        ? r
                            .Evidence.ToString()
                            .Replace(", ", "|", StringComparison.Ordinal)
                            .Replace("None", "", StringComparison.Ordinal)
                        : ""
                )
                .Append(',')
                .Append(r.Employers.ToString(CultureInfo.InvariantCulture))
                .Append('\n');
            if (
                date.Length == 10
                && date[0] != '-'
                && r.Date.Year >= 1
                && !HostileData.Supported(r.Date)
            )
            {
                expected.Add(
                    (
                        "csv.activity-date",
                        FormattableString.Invariant($"/rows/{n + 1}/activity_date")
                    )
                );
            }
        }

        return (csv.ToString(), expected);
    }

    [Property(MaxTest = 150)]
    public Property EncounterCsv_And_EvaluateCsv_AnswerAnyRows_WithRecordsOrRowProblems() =>
        Prop.ForAll(
            Cases.ToArbitrary(),
            c =>
            {
                var stream = Stream(c.Records);
                var (csv, expected) = Csv(stream);
                var bytes = Encoding.UTF8.GetBytes(csv);

                var fromText = new List<ValidationError>();
                var fromUtf8 = new List<ValidationError>();
                var textRecords = EncounterCsv.Read(new StringReader(csv), fromText).ToList();
                var utf8Records = EncounterCsv.Read(new MemoryStream(bytes), fromUtf8).ToList();
                Assert.Equal(fromText.Select(Problem), fromUtf8.Select(Problem));
                Assert.Equal(
                    textRecords.Select(r => (r.LearnerId, r.Date)),
                    utf8Records.Select(r => (r.LearnerId, r.Date))
                );
                Assert.All(textRecords, r => Assert.True(HostileData.Supported(r.Date)));
                Assert.All(expected, e => Assert.Contains(e, fromText.Select(Problem)));
                Assert.Equal(
                    stream.Count,
                    textRecords.Count
                        + fromText.Select(p => p.Path.Split('/')[2]).Distinct().Count()
                );

                if (!HostileData.Supported(c.AsAt))
                {
                    expected.Add(("as-at.range", "/asAt"));
                }

                AssertStreamed(
                    EntitlementStream.EvaluateCsv(c.Policy, new StringReader(csv), c.AsAt),
                    textRecords.Count,
                    expected
                );
                AssertStreamed(
                    EntitlementStream.EvaluateCsv(c.Policy, new MemoryStream(bytes), c.AsAt),
                    textRecords.Count,
                    expected
                );
                return true;
            }
        );
}
