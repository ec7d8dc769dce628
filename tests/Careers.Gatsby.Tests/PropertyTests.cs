using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Careers.Gatsby.Tests;

/// <summary>The laws learner-evidence scoring keeps, on random schools.</summary>
public class PropertyTests
{
    private static readonly LocalDate AsAt = new(2025, 3, 1);

    private static readonly ActivityOrganisation[] Organisations =
    [
        new("emp", "Employer", OrganisationType.Employer),
        new("sf", "Sixth form", OrganisationType.SchoolSixthForm),
        new("fe", "College", OrganisationType.FurtherEducationCollege),
        new("he", "University", OrganisationType.HigherEducationProvider),
        new("itp", "Training provider", OrganisationType.IndependentTrainingProvider),
    ];

    public sealed record School(
        GatsbyFramework Framework,
        Learner[] Learners,
        CareersActivity[] Activities,
        Participation[] Participations,
        string[] ConsideringHigherEducation,
        string[] AdviceRecords
    )
    {
        public ActivityRecord Record() =>
            ActivityRecord.Create(Learners, Activities, Participations).GetResultOrThrow();

        public BenchmarkRecords Benchmarks() =>
            new()
            {
                ConsideringHigherEducation = ConsideringHigherEducation,
                AdviceRecords = AdviceRecords,
            };

        public GatsbyResult Score() =>
            GatsbyEvaluator
                .Default.Assess(
                    Framework,
                    new Dictionary<string, bool>(),
                    Record(),
                    Benchmarks(),
                    AsAt
                )
                .GetResultOrThrow();

        public override string ToString() =>
            $"{Framework.Id}: {Learners.Length} learners, {Activities.Length} activities, {Participations.Length} participations";
    }

    private static Gen<System.Func<int, CareersActivity>> ActivityGen { get; } =
        from kind in Gen.Elements(System.Enum.GetValues<ActivityKind>())
        from days in Gen.Choose(0, 2000)
        from evidence in Gen.Choose(0, (1 << 12) - 1)
        from organisations in Gen.SubListOf(Organisations)
        from level in Gen.Elements<int?>(null, 4, 6, 7)
        from curriculum in Gen.Elements<string?>(null, "Engineering")
        select new System.Func<int, CareersActivity>(index => new CareersActivity(
            "a" + index.ToString(CultureInfo.InvariantCulture),
            kind,
            AsAt.PlusDays(-days)
        )
        {
            Evidence = (MeaningfulEvidence)evidence,
            Organisations = organisations.ToArray(),
            AdviserQualificationLevel = kind == ActivityKind.GuidanceMeeting ? level : null,
            CurriculumArea = curriculum,
        });

    private static Gen<School> SchoolGen { get; } =
        from framework in Gen.Elements(GatsbyFramework.All.ToArray())
        from learnerCount in Gen.Choose(1, 25)
        from yearGroups in Gen.ArrayOf(Gen.Choose(7, 13), learnerCount)
        from activityCount in Gen.Choose(0, 15)
        from makers in Gen.ArrayOf(ActivityGen, activityCount)
        from pairs in Gen.ListOf(
            Gen.Zip(
                Gen.Choose(0, learnerCount - 1),
                Gen.Choose(0, System.Math.Max(activityCount - 1, 0))
            )
        )
        from learnerEvidence in Gen.ArrayOf(Gen.Choose(0, (1 << 12) - 1), pairs.Count)
        from considering in Gen.SubListOf(Enumerable.Range(0, learnerCount).ToArray())
        from advice in Gen.SubListOf(Enumerable.Range(0, learnerCount).ToArray())
        let learners = yearGroups
            .Select(
                (y, i) =>
                    new Learner(
                        "L" + i.ToString(CultureInfo.InvariantCulture),
                        new LocalDate(2024 - y - 4, 3, 3),
                        YearGroup.FromNumber(y),
                        new AcademicYear(2024)
                    )
            )
            .ToArray()
        let activityArray = makers.Select((make, i) => make(i)).ToArray()
        select new School(
            framework,
            learners,
            activityArray,
            activityCount == 0
                ? []
                : pairs
                    .Select(
                        (p, i) =>
                            new Participation(activityArray[p.Item2].Id, learners[p.Item1].Id)
                            {
                                Evidence = (MeaningfulEvidence)learnerEvidence[i],
                            }
                    )
                    .ToArray(),
            considering.Select(i => learners[i].Id).ToArray(),
            advice.Select(i => learners[i].Id).ToArray()
        );

    private static IEnumerable<(string Id, CriterionStatus Status, decimal[] Shares)> Outcome(
        GatsbyResult result
    ) =>
        result
            .Benchmarks.SelectMany(b => b.Criteria)
            .Select(c => (c.Criterion.Id, c.Status, c.Coverage.Select(g => g.Share).ToArray()));

    [Property(MaxTest = 200)]
    public Property AddingEvidence_NeverLowersAScore()
    {
        var cases =
            from school in SchoolGen
            where school.Activities.Length > 0
            from learner in Gen.Elements(school.Learners)
            from activity in Gen.Elements(school.Activities)
            from extra in Gen.Choose(0, (1 << 12) - 1)
            select (
                school,
                more: school with
                {
                    Participations =
                    [
                        .. school.Participations,
                        new Participation(activity.Id, learner.Id)
                        {
                            Evidence = (MeaningfulEvidence)extra,
                        },
                    ],
                }
            );
        return Prop.ForAll(
            cases.ToArbitrary(),
            c =>
            {
                var before = Outcome(c.school.Score()).ToArray();
                var after = Outcome(c.more.Score()).ToArray();
                return before
                        .Zip(after)
                        .All(p =>
                            (
                                p.First.Status != CriterionStatus.Met
                                || p.Second.Status == CriterionStatus.Met
                            ) && p.First.Shares.Zip(p.Second.Shares).All(s => s.Second >= s.First)
                        )
                    && c.more.Score().BenchmarksFullyAchieved
                        >= c.school.Score().BenchmarksFullyAchieved;
            }
        );
    }

    [Property(MaxTest = 200)]
    public Property Results_DoNotDependOnTheOrderOfRecords()
    {
        var cases =
            from school in SchoolGen
            from learners in Gen.Shuffle(school.Learners)
            from activities in Gen.Shuffle(school.Activities)
            from participations in Gen.Shuffle(school.Participations)
            select (
                school,
                shuffled: school with
                {
                    Learners = learners.ToArray(),
                    Activities = activities.ToArray(),
                    Participations = participations.ToArray(),
                }
            );
        return Prop.ForAll(
            cases.ToArbitrary(),
            c =>
            {
                var expected = c.school.Score();
                var actual = c.shuffled.Score();
                return Outcome(expected).SequenceEqual(Outcome(actual), OutcomeComparer.Instance)
                    && expected
                        .Benchmarks.SelectMany(b => b.Criteria)
                        .SelectMany(x => x.Coverage)
                        .Select(g => string.Join(",", g.Lacking.Order()))
                        .SequenceEqual(
                            actual
                                .Benchmarks.SelectMany(b => b.Criteria)
                                .SelectMany(x => x.Coverage)
                                .Select(g => string.Join(",", g.Lacking.Order()))
                        );
            }
        );
    }

    [Property(MaxTest = 200)]
    public Property ALearnerOutsideTheScope_NeverChangesCoverage()
    {
        // A Year 5 pupil is outside every schools criterion (they start in Year 7), whatever they took part in.
        var cases =
            from school in SchoolGen
            where school.Framework.Audience == GatsbyAudience.Schools
            from taken in Gen.SubListOf(school.Activities)
            let outsider = new Learner(
                "outsider",
                new LocalDate(2015, 3, 3),
                YearGroup.Year5,
                new AcademicYear(2024)
            )
            select (
                school,
                more: school with
                {
                    Learners = [.. school.Learners, outsider],
                    Participations =
                    [
                        .. school.Participations,
                        .. taken.Select(a => new Participation(a.Id, outsider.Id)),
                    ],
                }
            );
        return Prop.ForAll(
            cases.ToArbitrary(),
            c => GatsbyJson.Serialize(c.school.Score()) == GatsbyJson.Serialize(c.more.Score())
        );
    }

    private sealed class OutcomeComparer
        : IEqualityComparer<(string Id, CriterionStatus Status, decimal[] Shares)>
    {
        public static readonly OutcomeComparer Instance = new();

        public bool Equals(
            (string Id, CriterionStatus Status, decimal[] Shares) x,
            (string Id, CriterionStatus Status, decimal[] Shares) y
        ) => x.Id == y.Id && x.Status == y.Status && x.Shares.SequenceEqual(y.Shares);

        public int GetHashCode((string Id, CriterionStatus Status, decimal[] Shares) obj) =>
            obj.Id.GetHashCode(System.StringComparison.Ordinal);
    }
}
