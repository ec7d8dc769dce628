using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Careers.Encounters.Tests;

/// <summary>The laws the entitlement keeps, on random cohorts.</summary>
public class PropertyTests
{
    private static readonly EncounterPolicy[] Policies =
    [
        EncounterPolicy.DerbyOpportunityArea,
        EncounterPolicy.OpportunityAreasEmployerCommitment,
        EncounterPolicy.GatsbyBenchmark5,
        EncounterPolicyBuilder
            .Create("each", "1")
            .CountingEachEmployerMet()
            .Build()
            .GetResultOrThrow(),
    ];

    public sealed record Cohort(
        EncounterPolicy Policy,
        Learner[] Learners,
        CareersActivity[] Activities,
        Participation[] Participations
    )
    {
        public ActivityRecord Record() =>
            ActivityRecord.Create(Learners, Activities, Participations).GetResultOrThrow();

        public EntitlementResult Evaluate() =>
            new EntitlementEvaluator(Policy).Evaluate(Record(), World.AsAt).GetResultOrThrow();

        public override string ToString() =>
            $"{Policy}: {Learners.Length} learners, {Activities.Length} activities, {Participations.Length} records";
    }

    internal static Gen<Cohort> CohortGen { get; } =
        from policy in Gen.Elements(Policies)
        from yearGroups in Gen.NonEmptyListOf(Gen.Choose(5, 13))
        from activitySpecs in Gen.NonEmptyListOf(
            from kind in Gen.Choose(0, 13)
            from days in Gen.Choose(0, 3000)
            from evidence in Gen.Choose(0, (1 << 12) - 1)
            from employers in Gen.Choose(0, 4)
            select (kind, days, evidence, employers)
        )
        from pairs in Gen.ListOf(
            from learner in Gen.Choose(0, yearGroups.Count - 1)
            from activity in Gen.Choose(0, activitySpecs.Count - 1)
            from own in Gen.Choose(0, 31)
            select (learner, activity, own)
        )
        let learners = yearGroups
            .Select(
                (y, i) =>
                    new Learner(
                        "L" + i.ToString(CultureInfo.InvariantCulture),
                        new LocalDate(2024 - y - 4, 5, 5),
                        YearGroup.FromNumber(y),
                        World.ThisYear
                    )
            )
            .ToArray()
        let activities = activitySpecs
            .Select(
                (a, i) =>
                    new CareersActivity(
                        "A" + i.ToString(CultureInfo.InvariantCulture),
                        (ActivityKind)a.kind,
                        World.AsAt.PlusDays(20 - a.days)
                    )
                    {
                        Evidence = (MeaningfulEvidence)a.evidence,
                        Organisations = Enumerable
                            .Range(0, a.employers)
                            .Select(e =>
                                World.Employer("e" + e.ToString(CultureInfo.InvariantCulture))
                            )
                            .ToArray(),
                    }
            )
            .ToArray()
        select new Cohort(
            policy,
            learners,
            activities,
            pairs
                .Select(p => new Participation(activities[p.activity].Id, learners[p.learner].Id)
                {
                    Evidence = (MeaningfulEvidence)(p.own << 2),
                })
                .ToArray()
        );

    private static IEnumerable<(string, EntitlementStatus, int)> Outcome(
        EntitlementResult result
    ) =>
        result
            .Learners.Select(l => (l.Learner.Id, l.Status, l.Count))
            .OrderBy(x => x.Id, System.StringComparer.Ordinal);

    private static int Rank(EntitlementStatus status) =>
        status switch
        {
            EntitlementStatus.Met => 3,
            EntitlementStatus.OnTrack => 2,
            _ => 1,
        };

    [Property(MaxTest = 200)]
    public Property ShufflingRecords_ChangesNothing() =>
        Prop.ForAll(
            (
                from cohort in CohortGen
                from learners in Gen.Shuffle(cohort.Learners)
                from activities in Gen.Shuffle(cohort.Activities)
                from participations in Gen.Shuffle(cohort.Participations)
                select (
                    cohort,
                    shuffled: cohort with
                    {
                        Learners = learners.ToArray(),
                        Activities = activities.ToArray(),
                        Participations = participations.ToArray(),
                    }
                )
            ).ToArbitrary(),
            c => Outcome(c.cohort.Evaluate()).SequenceEqual(Outcome(c.shuffled.Evaluate()))
        );

    [Property(MaxTest = 200)]
    public Property DuplicatingARecord_ChangesNothing() =>
        Prop.ForAll(
            (
                from cohort in CohortGen
                where cohort.Participations.Length > 0
                from record in Gen.Elements(cohort.Participations)
                select (
                    cohort,
                    more: cohort with
                    {
                        Participations = [.. cohort.Participations, record],
                    }
                )
            ).ToArbitrary(),
            c => Outcome(c.cohort.Evaluate()).SequenceEqual(Outcome(c.more.Evaluate()))
        );

    [Property(MaxTest = 200)]
    public Property AddingAQualifyingMeaningfulEncounter_NeverWorsensAStatus() =>
        Prop.ForAll(
            (
                from cohort in CohortGen
                from learner in Gen.Elements(cohort.Learners)
                from days in Gen.Choose(0, 3000)
                let extra = new CareersActivity(
                    "extra",
                    ActivityKind.EmployerTalk,
                    World.AsAt.PlusDays(-days)
                )
                {
                    Evidence = World.Meaningful,
                }
                select (
                    cohort,
                    learner.Id,
                    more: cohort with
                    {
                        Activities = [.. cohort.Activities, extra],
                        Participations =
                        [
                            .. cohort.Participations,
                            new Participation("extra", learner.Id),
                        ],
                    }
                )
            ).ToArbitrary(),
            c =>
            {
                var before = c.cohort.Evaluate().Learners.Single(l => l.Learner.Id == c.Id);
                var after = c.more.Evaluate().Learners.Single(l => l.Learner.Id == c.Id);
                return after.Count >= before.Count
                    && (
                        before.Status == EntitlementStatus.NotInScope
                        || Rank(after.Status) >= Rank(before.Status)
                    );
            }
        );
}
