using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Careers.Tests.Activities;

/// <summary>
/// The activity record every rule package takes: made once and checked once (duplicate ids, unknown references,
/// dates outside the supported range), looked up by id and by position, and placed in an academic year.
/// </summary>
public class ActivityRecordTests
{
    private static readonly AcademicYear Year = new(2024);

    private static Learner Pupil(string id) => Pupil(id, YearGroup.Year9);

    private static Learner Pupil(string id, YearGroup yearGroup) =>
        new(id, new LocalDate(2010, 5, 5), yearGroup, Year);

    private static CareersActivity Talk(string id, LocalDate? date = null) =>
        new(id, ActivityKind.EmployerTalk, date ?? new LocalDate(2024, 11, 5));

    private static ActivityRecord Valid() =>
        ActivityRecord
            .Create(
                [Pupil("L1"), Pupil("L2", YearGroup.Year11), Pupil("L3")],
                [Talk("A1"), Talk("A2", new LocalDate(2025, 1, 20))],
                [
                    new("A2", "L2"),
                    new("A1", "L1"),
                    new("A2", "L1") { Evidence = MeaningfulEvidence.Reflection },
                    new("A1", "L1"),
                ]
            )
            .GetResultOrThrow();

    private static (string, string) Problem(ValidationError problem) =>
        (problem.Code, problem.Path);

    [Fact]
    public void Create_ValidRecords_KeepsThemInOrder()
    {
        var record = Valid();

        Assert.Equal(["L1", "L2", "L3"], record.Learners.Select(l => l.Id));
        Assert.Equal(["A1", "A2"], record.Activities.Select(a => a.Id));
        Assert.Equal(
            ["A2/L2", "A1/L1", "A2/L1", "A1/L1"],
            record.Participations.Select(p => $"{p.ActivityId}/{p.LearnerId}")
        );
        Assert.Equal(4, record.Participations.Count);
        Assert.Equal("L3", record.Learners[2].Id);
    }

    [Fact]
    public void Lookups_ById_GiveThePositionOrTheRecord()
    {
        var record = Valid();

        Assert.Equal(1, record.IndexOfLearner("L2"));
        Assert.Equal(-1, record.IndexOfLearner("l2"));
        Assert.Equal(1, record.IndexOfActivity("A2"));
        Assert.Equal(-1, record.IndexOfActivity("nowhere"));
        Assert.True(record.TryGetLearner("L3", out var learner));
        Assert.Same(record.Learners[2], learner);
        Assert.False(record.TryGetLearner("L4", out var none));
        Assert.Null(none);
        Assert.True(record.TryGetActivity("A1", out var activity));
        Assert.Same(record.Activities[0], activity);
        Assert.False(record.TryGetActivity("A3", out var noActivity));
        Assert.Null(noActivity);
        Assert.Throws<ArgumentNullException>(() => record.IndexOfLearner(null!));
        Assert.Throws<ArgumentNullException>(() => record.IndexOfActivity(null!));
    }

    [Fact]
    public void Lookups_ByParticipation_GiveTheLearnerAndActivityPositions()
    {
        var record = Valid();

        Assert.Equal(
            [1, 0, 0, 0],
            Enumerable.Range(0, record.Participations.Count).Select(record.LearnerIndexOf)
        );
        Assert.Equal(
            [1, 0, 1, 0],
            Enumerable.Range(0, record.Participations.Count).Select(record.ActivityIndexOf)
        );
        Assert.ThrowsAny<IndexOutOfRangeException>(() => record.LearnerIndexOf(4));
    }

    [Fact]
    public void ParticipationsOf_ALearner_AreTheirsInOrder()
    {
        var record = Valid();

        Assert.Equal(
            [record.Participations[1], record.Participations[2], record.Participations[3]],
            record.ParticipationsOf("L1")
        );
        Assert.Equal([record.Participations[0]], record.ParticipationsOf("L2"));
        Assert.Empty(record.ParticipationsOf("L3"));
        Assert.Empty(record.ParticipationsOf("nobody"));
        Assert.Throws<ArgumentNullException>(() => record.ParticipationsOf(null!));
    }

    [Fact]
    public void Record_IsACopy_ThatCannotBeChangedThroughItsLists()
    {
        var learners = new List<Learner> { Pupil("L1") };
        var record = ActivityRecord.Create(learners, [], []).GetResultOrThrow();

        learners.Add(Pupil("L2"));

        Assert.Single(record.Learners);
        Assert.IsNotType<Learner[]>(record.Learners);
        Assert.False(record.Learners is IList<Learner>);
        Assert.False(record.Participations is Participation[]);
        Assert.False(record.Activities is CareersActivity[]);
        Assert.Equal(["L1"], record.Learners.ToArray().Select(l => l.Id));
    }

    [Fact]
    public void Empty_HasNothing()
    {
        Assert.Empty(ActivityRecord.Empty.Learners);
        Assert.Empty(ActivityRecord.Empty.Activities);
        Assert.Empty(ActivityRecord.Empty.Participations);
        Assert.Empty(ActivityRecord.Empty.YearGroupsIn(Year).GetResultOrThrow());
    }

    [Fact]
    public void DuplicateLearnerId_IsAProblem_AtTheSecondAndLater()
    {
        var evaluation = ActivityRecord.Create(
            [Pupil("L1"), Pupil("L1"), Pupil("L2"), Pupil("L1")],
            [],
            []
        );

        Assert.Equal(
            [("learner.duplicate-id", "/learners/1"), ("learner.duplicate-id", "/learners/3")],
            evaluation.Problems.Select(Problem)
        );
        Assert.Equal("Learner id 'L1' appears more than once.", evaluation.Problems[0].Message);
        Assert.Null(evaluation.Result);
    }

    [Fact]
    public void DateOfBirthOutsideTheRange_IsAProblem_ExceptOnADuplicate()
    {
        var evaluation = ActivityRecord.Create(
            [
                new("L1", new LocalDate(1, 1, 1), YearGroup.Year9, Year),
                new("L1", new LocalDate(1899, 12, 31), YearGroup.Year9, Year),
                new("L2", new LocalDate(9999, 9, 1), YearGroup.Year9, Year),
            ],
            [],
            []
        );

        Assert.Equal(
            [
                ("learner.date-of-birth-range", "/learners/0/dateOfBirth"),
                ("learner.duplicate-id", "/learners/1"),
                ("learner.date-of-birth-range", "/learners/2/dateOfBirth"),
            ],
            evaluation.Problems.Select(Problem)
        );
        Assert.Equal(
            "Learner 'L1' was born on 0001-01-01, outside the supported range 1900-09-01 to 9999-08-31.",
            evaluation.Problems[0].Message
        );
    }

    [Fact]
    public void ActivityDateOutsideTheRange_AndDuplicateActivityId_AreProblems()
    {
        var evaluation = ActivityRecord.Create(
            [],
            [
                Talk("A1", new LocalDate(1899, 12, 31)),
                Talk("A1", new LocalDate(1, 1, 1)),
                Talk("A2", AcademicYear.MaxDate),
                Talk("A/~", AcademicYear.MinDate),
            ],
            []
        );

        Assert.Equal(
            [
                ("activity.date-range", "/activities/0/date"),
                ("activity.date-range", "/activities/1/date"),
                ("activity.duplicate-id", "/activities/1"),
            ],
            evaluation.Problems.Select(Problem)
        );
        Assert.Equal(
            "Activity 'A1' is dated 1899-12-31, outside the supported range 1900-09-01 to 9999-08-31.",
            evaluation.Problems[0].Message
        );
        Assert.Equal("Activity id 'A1' appears more than once.", evaluation.Problems[2].Message);
    }

    [Fact]
    public void ParticipationNamingUnknownRecords_IsAProblem()
    {
        var evaluation = ActivityRecord.Create(
            [Pupil("L1")],
            [Talk("A1")],
            [new("A1", "L1"), new("A9", "L1"), new("A1", "L9"), new("A9", "L9")]
        );

        Assert.Equal(
            [
                ("participation.unknown-activity", "/participations/1"),
                ("participation.unknown-learner", "/participations/2"),
                ("participation.unknown-activity", "/participations/3"),
                ("participation.unknown-learner", "/participations/3"),
            ],
            evaluation.Problems.Select(Problem)
        );
        Assert.Equal("No activity has the id 'A9'.", evaluation.Problems[0].Message);
        Assert.Equal("No learner has the id 'L9'.", evaluation.Problems[1].Message);
    }

    [Fact]
    public void Problems_ComeLearnersFirst_ThenActivities_ThenParticipations()
    {
        var evaluation = ActivityRecord.Create(
            [Pupil("L1"), Pupil("L1")],
            [Talk("A1"), Talk("A1")],
            [new("A9", "L9")]
        );

        Assert.Equal(
            [
                "learner.duplicate-id",
                "activity.duplicate-id",
                "participation.unknown-activity",
                "participation.unknown-learner",
            ],
            evaluation.Problems.Select(p => p.Code)
        );
        Assert.Throws<InvalidOperationException>(evaluation.GetResultOrThrow);
    }

    [Fact]
    public void Create_NullSequencesOrNullItems_Throw()
    {
        Learner[] learners = [Pupil("L1")];

        Assert.Equal(
            "learners",
            Assert
                .Throws<ArgumentNullException>(() => ActivityRecord.Create(null!, [], []))
                .ParamName
        );
        Assert.Equal(
            "activities",
            Assert
                .Throws<ArgumentNullException>(() => ActivityRecord.Create(learners, null!, []))
                .ParamName
        );
        Assert.Equal(
            "participations",
            Assert
                .Throws<ArgumentNullException>(() => ActivityRecord.Create(learners, [], null!))
                .ParamName
        );
        var nullLearner = Assert.Throws<ArgumentNullException>(() =>
            ActivityRecord.Create([Pupil("L1"), null!], [], [])
        );
        Assert.StartsWith(
            "The list of learners contains null.",
            nullLearner.Message,
            StringComparison.Ordinal
        );
        Assert.Throws<ArgumentNullException>(() => ActivityRecord.Create([], [null!], []));
        Assert.Throws<ArgumentNullException>(() => ActivityRecord.Create([], [], [null!]));
    }

    [Fact]
    public void YearGroupsIn_MovesEachLearnerToTheYear()
    {
        var record = Valid();

        Assert.Equal(
            [YearGroup.Year9, YearGroup.Year11, YearGroup.Year9],
            record.YearGroupsIn(Year).GetResultOrThrow()
        );
        Assert.Equal(
            [YearGroup.Year10, YearGroup.Year12, YearGroup.Year10],
            record.YearGroupsIn(new AcademicYear(2025)).GetResultOrThrow()
        );
    }

    [Fact]
    public void YearGroupsIn_LearnersWithNoYearGroup_AreProblems()
    {
        var record = ActivityRecord
            .Create(
                [
                    Pupil("L1", YearGroup.Year13),
                    Pupil("L2", YearGroup.Reception),
                    new("L3", new LocalDate(2010, 5, 5), YearGroup.Year9, default),
                ],
                [],
                []
            )
            .GetResultOrThrow();

        var next = record.YearGroupsIn(new AcademicYear(2025));
        var before = record.YearGroupsIn(new AcademicYear(2023));

        Assert.Equal(
            [("learner.year-group", "/learners/0"), ("learner.year-group", "/learners/2")],
            next.Problems.Select(Problem)
        );
        Assert.Equal(
            "Learner 'L1' has no year group in 2025/26: they were in Year 13 in 2024/25.",
            next.Problems[0].Message
        );
        Assert.Equal(
            [("learner.year-group", "/learners/1"), ("learner.year-group", "/learners/2")],
            before.Problems.Select(Problem)
        );
    }

    [Fact]
    public void YearGroupsIn_ASpan_ChecksEachLearnersYearsInItAreSupported()
    {
        var record = ActivityRecord
            .Create(
                [
                    new("old", new LocalDate(1901, 1, 1), YearGroup.Year13, new AcademicYear(1900)),
                    new(
                        "young",
                        new LocalDate(1901, 1, 1),
                        YearGroup.Year8,
                        new AcademicYear(1900)
                    ),
                    new(
                        "none",
                        new LocalDate(1901, 1, 1),
                        YearGroup.Reception,
                        new AcademicYear(1901)
                    ),
                ],
                [],
                []
            )
            .GetResultOrThrow();
        var year = new AcademicYear(1900);

        var span = record.YearGroupsIn(year, YearGroup.Year8, YearGroup.Year13);

        Assert.Equal(
            [("learner.academic-year-range", "/learners/0"), ("learner.year-group", "/learners/2")],
            span.Problems.Select(Problem)
        );
        Assert.Equal(
            "Learner 'old' is in Year 13 in 1900/01, so in Year 8 in the academic year starting in 1895, outside the supported academic years 1900/01 to 9998/99.",
            span.Problems[0].Message
        );
        Assert.Equal(
            [("learner.year-group", "/learners/2")],
            record.YearGroupsIn(year).Problems.Select(Problem)
        );
        Assert.Throws<ArgumentException>(() =>
            record.YearGroupsIn(year, YearGroup.Year13, YearGroup.Year8)
        );
    }

    [Fact]
    public void YearGroupsIn_ASpanPastTheLastSupportedYear_IsAProblem()
    {
        var record = ActivityRecord
            .Create(
                [new("late", new LocalDate(9990, 1, 1), YearGroup.Year8, new AcademicYear(9998))],
                [],
                []
            )
            .GetResultOrThrow();

        var span = record.YearGroupsIn(new AcademicYear(9998), YearGroup.Year8, YearGroup.Year13);

        Assert.Equal(
            "Learner 'late' is in Year 8 in 9998/99, so in Year 13 in the academic year starting in 10003, outside the supported academic years 1900/01 to 9998/99.",
            Assert.Single(span.Problems).Message
        );
        Assert.Equal(
            [YearGroup.Year8],
            record
                .YearGroupsIn(new AcademicYear(9998), YearGroup.Year8, YearGroup.Year8)
                .GetResultOrThrow()
        );
    }

    /// <summary>
    /// The problems <see cref="ActivityRecord.Create"/> must report, worked out independently of it, in its order:
    /// learners, activities, participations, each in input order.
    /// </summary>
    private static List<(string Code, string Path)> Expected(Records records)
    {
        var expected = new List<(string, string)>();
        var learners = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < records.Learners.Length; i++)
        {
            var learner = records.Learners[i];
            if (!learners.Add(learner.Id))
            {
                expected.Add(("learner.duplicate-id", Path("learners", i)));
            }
            else if (!AcademicYear.IsSupported(learner.DateOfBirth))
            {
                expected.Add(("learner.date-of-birth-range", Path("learners", i) + "/dateOfBirth"));
            }
        }

        var activities = new HashSet<string>(StringComparer.Ordinal);
        for (var a = 0; a < records.Activities.Length; a++)
        {
            var activity = records.Activities[a];
            if (!AcademicYear.IsSupported(activity.Date))
            {
                expected.Add(("activity.date-range", Path("activities", a) + "/date"));
            }

            if (!activities.Add(activity.Id))
            {
                expected.Add(("activity.duplicate-id", Path("activities", a)));
            }
        }

        for (var p = 0; p < records.Participations.Length; p++)
        {
            if (!activities.Contains(records.Participations[p].ActivityId))
            {
                expected.Add(("participation.unknown-activity", Path("participations", p)));
            }

            if (!learners.Contains(records.Participations[p].LearnerId))
            {
                expected.Add(("participation.unknown-learner", Path("participations", p)));
            }
        }

        return expected;

        static string Path(string list, int index) =>
            "/" + list + "/" + index.ToString(CultureInfo.InvariantCulture);
    }

    [Property(MaxTest = 300)]
    public Property Create_AnyRecords_GivesARecordOrEveryProblem_NeverAnException() =>
        Prop.ForAll(
            HostileData.Records.ToArbitrary(),
            records =>
            {
                var evaluation = ActivityRecord.Create(
                    records.Learners,
                    records.Activities,
                    records.Participations
                );

                HostileData.Reports(evaluation, []);
                Assert.Equal(Expected(records), evaluation.Problems.Select(Problem));
                if (evaluation.Success)
                {
                    var record = evaluation.Result;
                    Assert.Equal(records.Learners, record.Learners);
                    Assert.Equal(records.Activities, record.Activities);
                    Assert.Equal(records.Participations, record.Participations);
                    for (var p = 0; p < record.Participations.Count; p++)
                    {
                        var participation = record.Participations[p];
                        Assert.Equal(
                            participation.LearnerId,
                            record.Learners[record.LearnerIndexOf(p)].Id
                        );
                        Assert.Equal(
                            participation.ActivityId,
                            record.Activities[record.ActivityIndexOf(p)].Id
                        );
                    }

                    Assert.Equal(
                        record.Participations.Count,
                        record.Learners.Sum(l => record.ParticipationsOf(l.Id).Count)
                    );
                }

                return true;
            }
        );

    [Property(MaxTest = 300)]
    public Property YearGroupsIn_AnyYear_GivesYearGroupsOrProblems_NeverAnException() =>
        Prop.ForAll(
            HostileData.Records.ToArbitrary(),
            HostileData.Year.ToArbitrary(),
            (records, year) =>
            {
                // Learners only, with unique ids, so that the record is made whatever their dates.
                var learners = records
                    .Learners.Select(
                        (l, i) =>
                            new Learner(
                                l.Id + "#" + i.ToString(CultureInfo.InvariantCulture),
                                AcademicYear.MinDate,
                                l.YearGroup,
                                l.AcademicYear
                            )
                    )
                    .ToArray();
                var record = ActivityRecord.Create(learners, [], []).GetResultOrThrow();

                var placed = record.YearGroupsIn(year);
                var spanned = record.YearGroupsIn(year, YearGroup.Year8, YearGroup.Year13);

                HostileData.Reports(placed, []);
                HostileData.Reports(spanned, []);
                Assert.Equal(
                    learners
                        .Select((l, i) => (l, i))
                        .Where(x => x.l.YearGroupIn(year) is null)
                        .Select(x =>
                            (
                                "learner.year-group",
                                "/learners/" + x.i.ToString(CultureInfo.InvariantCulture)
                            )
                        ),
                    placed.Problems.Select(Problem)
                );
                if (placed.Success)
                {
                    Assert.Equal(learners.Select(l => l.YearGroupIn(year)!.Value), placed.Result);
                }

                return !spanned.Success || placed.Success;
            }
        );

    [Property(MaxTest = 100)]
    public Property Create_ListsHoldingNull_ThrowArgumentNull_AndNothingElse() =>
        Prop.ForAll(
            HostileData.Records.ToArbitrary(),
            Gen.Choose(0, 2).ToArbitrary(),
            (records, which) =>
            {
                Assert.Throws<ArgumentNullException>(() =>
                    ActivityRecord.Create(
                        which == 0 ? [.. records.Learners, null!] : records.Learners,
                        which == 1 ? [.. records.Activities, null!] : records.Activities,
                        which == 2 ? [.. records.Participations, null!] : records.Participations
                    )
                );
                return true;
            }
        );
}
