using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Careers.Encounters.Tests;

/// <summary>The laws the Provider Access evaluation keeps, on random schools (Education Act 1997 s.42B).</summary>
public class ProviderAccessPropertyTests
{
    public sealed record School(
        Learner[] Learners,
        CareersActivity[] Activities,
        Participation[] Participations
    )
    {
        public ActivityRecord Record() =>
            ActivityRecord.Create(Learners, Activities, Participations).GetResultOrThrow();

        public ProviderAccessResult Evaluate() =>
            ProviderAccessEvaluator.Default.Evaluate(Record(), World.AsAt).GetResultOrThrow();

        public override string ToString() =>
            $"{Learners.Length} learners, {Activities.Length} activities, {Participations.Length} records";
    }

    // Learners in Years 7 to 13; provider encounters over six years, with one of three providers, sometimes outside
    // the school day or without the content, sometimes offered to a year group; random attendance.
    private static Gen<School> SchoolGen { get; } =
        from yearGroups in Gen.NonEmptyListOf(Gen.Choose(7, 13))
        from specs in Gen.ListOf(
            from days in Gen.Choose(0, 6 * 365)
            from provider in Gen.Choose(0, 2)
            from schoolDay in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
            from content in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
            from offeredTo in Gen.Choose(6, 13) // 6: offered to no year group
            select (days, provider, schoolDay, content, offeredTo)
        )
        from pairs in Gen.ListOf(
            from learner in Gen.Choose(0, yearGroups.Count - 1)
            from activity in Gen.Choose(0, System.Math.Max(0, specs.Count - 1))
            select (learner, activity)
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
        let activities = specs
            .Select(
                (a, i) =>
                    new CareersActivity(
                        "A" + i.ToString(CultureInfo.InvariantCulture),
                        ActivityKind.ProviderEncounter,
                        World.AsAt.PlusDays(-a.days)
                    )
                    {
                        Evidence = a.content ? World.ProviderContent : MeaningfulEvidence.None,
                        DuringSchoolDay = a.schoolDay,
                        Organisations =
                        [
                            World.Provider("p" + a.provider.ToString(CultureInfo.InvariantCulture)),
                        ],
                        OfferedTo = a.offeredTo >= 7 ? [YearGroup.FromNumber(a.offeredTo)] : [],
                    }
            )
            .ToArray()
        select new School(
            learners,
            activities,
            specs.Count == 0
                ? []
                : pairs
                    .Select(p => new Participation(
                        activities[p.activity].Id,
                        learners[p.learner].Id
                    ))
                    .ToArray()
        );

    // The duty is owed to each cohort in its own window (s.42B(1A), (2A)): an occasion outside it never counts.
    [Property(MaxTest = 300)]
    public Property EveryCohortsOccasions_AreInsideItsOwnWindow() =>
        Prop.ForAll(
            SchoolGen.ToArbitrary(),
            school =>
            {
                var result = school.Evaluate();
                var dates = school.Activities.ToDictionary(a => a.Id, a => a.Date);
                return result.Cohorts.All(c =>
                    c.Occasions.All(o =>
                        dates[o] >= c.WindowStart
                        && dates[o] <= c.WindowEnd
                        && dates[o] <= World.AsAt
                    )
                    && c.WindowStart == c.FirstYear.Start
                );
            }
        );

    // s.42B(2A)(b): attending the third phase is optional, so no pupil ever "misses" it; phases one and two are
    // mandatory, so no pupil is ever merely "not attended" in them.
    [Property(MaxTest = 300)]
    public Property PhaseThree_IsNeverMissed_PhasesOneAndTwo_AreNeverNotAttended() =>
        Prop.ForAll(
            SchoolGen.ToArbitrary(),
            school =>
                school
                    .Evaluate()
                    .Learners.All(l =>
                        l.Phase(ProviderAccessPhase.Three).Status != PhaseStatus.Missed
                        && l.Phase(ProviderAccessPhase.One).Status != PhaseStatus.NotAttended
                        && l.Phase(ProviderAccessPhase.Two).Status != PhaseStatus.NotAttended
                    )
        );

    // What the school put on for a whole year group does not depend on who came.
    [Property(MaxTest = 300)]
    public Property OccasionsOfferedToEveryYearGroup_MeetTheDutyWhoeverAttends() =>
        Prop.ForAll(
            SchoolGen.ToArbitrary(),
            school =>
            {
                var offered = school with
                {
                    Activities = school
                        .Activities.Select(a =>
                            a with
                            {
                                OfferedTo = Enumerable
                                    .Range(7, 7)
                                    .Select(YearGroup.FromNumber)
                                    .ToArray(),
                            }
                        )
                        .ToArray(),
                };
                var nobody = offered with { Participations = [] };
                return offered
                    .Evaluate()
                    .Cohorts.Select(c => (c.Cohort, c.Status, string.Join(",", c.Occasions)))
                    .SequenceEqual(
                        nobody
                            .Evaluate()
                            .Cohorts.Select(c =>
                                (c.Cohort, c.Status, string.Join(",", c.Occasions))
                            )
                    );
            }
        );

    // Putting on one more qualifying occasion never takes a cohort's duty from met to not met.
    [Property(MaxTest = 300)]
    public Property AnotherOccasion_NeverUndoesAMetDuty() =>
        Prop.ForAll(
            (
                from school in SchoolGen
                from days in Gen.Choose(0, 6 * 365)
                from year in Gen.Choose(7, 13)
                from provider in Gen.Choose(0, 3)
                select (school, days, year, provider)
            ).ToArbitrary(),
            x =>
            {
                var extra = new CareersActivity(
                    "extra",
                    ActivityKind.ProviderEncounter,
                    World.AsAt.PlusDays(-x.days)
                )
                {
                    Evidence = World.ProviderContent,
                    DuringSchoolDay = true,
                    Organisations =
                    [
                        World.Provider("q" + x.provider.ToString(CultureInfo.InvariantCulture)),
                    ],
                    OfferedTo = [YearGroup.FromNumber(x.year)],
                };
                var before = x.school.Evaluate().Cohorts;
                var after = (x.school with { Activities = [.. x.school.Activities, extra] })
                    .Evaluate()
                    .Cohorts;
                return before
                    .Zip(after)
                    .All(p => !p.First.DutyMet || p.Second.DutyMet)
                    .Label($"extra on {extra.Date:yyyy-MM-dd} for Year {x.year}");
            }
        );
}
