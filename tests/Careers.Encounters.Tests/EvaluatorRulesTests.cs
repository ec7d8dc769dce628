using System;
using System.Linq;
using NodaTime;

namespace Careers.Encounters.Tests;

/// <summary>
/// The in-memory evaluator judges each activity once and a learner's window in academic years (issue 19): that gives
/// every record the reason the date-based rule the stream uses gives, and duplicates are found per learner.
/// </summary>
public class EvaluatorRulesTests
{
    private static readonly LocalDate[] EdgeDates =
    [
        AcademicYear.MinDate,
        AcademicYear.MinDate.PlusDays(1),
        new(1901, 8, 31),
        new(1901, 9, 1),
        new(2019, 8, 31),
        new(2019, 9, 1),
        new(2024, 8, 31),
        new(2024, 9, 1),
        new(2025, 3, 1),
        new(9997, 9, 1),
        new(9998, 8, 31),
        new(9998, 9, 1),
        AcademicYear.MaxDate.PlusDays(-1),
        AcademicYear.MaxDate,
    ];

    private static readonly EncounterPolicy[] Policies =
    [
        EncounterPolicy.DerbyOpportunityArea,
        EncounterPolicy.GatsbyBenchmark5,
        EncounterPolicyBuilder
            .Create("narrow", "1")
            .Entitles(1)
            .From(YearGroup.Year10)
            .To(YearGroup.Year10)
            .Counting(ActivityKind.CareersFair)
            .Build()
            .GetResultOrThrow(),
    ];

    [Fact]
    public void ClassifyInAcademicYears_GivesTheReasonOfClassifyInDates()
    {
        var random = new Random(19);
        var cases = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var policy = Policies[random.Next(Policies.Length)];
            var asAt = n % 4 == 0 ? EdgeDates[random.Next(EdgeDates.Length)] : RandomDate(random);
            var date = n % 3 == 0 ? EdgeDates[random.Next(EdgeDates.Length)] : Near(random, asAt);
            var yearGroup = YearGroup.FromNumber(random.Next(1, YearGroup.MaxNumber + 1));
            var kind = (ActivityKind)random.Next(14);
            var evidence = (MeaningfulEvidence)random.Next(1 << 12);
            var asAtYear = AcademicYear.ForDate(asAt);
            var (start, end) = EntitlementRules.Window(policy, yearGroup, asAtYear);
            var (first, last) = EntitlementRules.WindowYears(policy, yearGroup, asAtYear);

            var byDates = EncounterCounting.Classify(
                policy,
                asAt,
                start,
                end,
                kind,
                date,
                evidence
            );
            var byYears = EncounterCounting.Classify(
                EncounterCounting.ActivityReason(policy, asAt, kind, date),
                AcademicYear.ForDate(date).StartYear,
                first,
                last,
                policy.IsMeaningful(evidence)
            );

            Assert.True(
                byDates == byYears,
                $"{policy}, as at {asAt}, {yearGroup}, {kind} on {date}, {evidence}: {byDates} by dates, {byYears} by years."
            );
            cases += byDates == NotCountedReason.OutsideWindow ? 1 : 0;
        }

        // The window test is exercised, not only the reasons before it.
        Assert.True(cases > 10_000, $"Only {cases} cases were outside the window.");
    }

    [Fact]
    public void DuplicatesApart_CountOnceWithTheirEvidenceTogether_ForEachLearnerOnItsOwn()
    {
        var world = new World();
        var first = world.Learner("first", YearGroup.Year8);
        var second = world.Learner("second", YearGroup.Year9);
        var talk = world.Activity(
            ActivityKind.EmployerTalk,
            new LocalDate(2024, 10, 1),
            MeaningfulEvidence.LearningOutcomes | MeaningfulEvidence.TwoWayInteraction
        );
        var fair = world.Activity(ActivityKind.CareersFair, new LocalDate(2024, 11, 1));
        var visit = world.Activity(ActivityKind.WorkplaceVisit, new LocalDate(2024, 12, 1));

        // The first learner's two records of the talk are apart, each lacking what the other has.
        world.Participations.Add(new Participation(talk.Id, first.Id));
        world.Attend(fair, first, second);
        world.Participations.Add(
            new Participation(talk.Id, second.Id)
            {
                Evidence = MeaningfulEvidence.ActiveParticipation,
            }
        );
        world.Attend(visit, first);
        world.Participations.Add(
            new Participation(talk.Id, first.Id)
            {
                Evidence = MeaningfulEvidence.ActiveParticipation,
            }
        );
        world.Attend(fair, first);

        var result = world.Evaluate();
        var one = result.Learners[0];
        var two = result.Learners[1];

        Assert.Equal(3, one.Count);
        Assert.Equal([talk.Id, fair.Id, visit.Id], one.Counted.Select(c => c.ActivityId));
        Assert.Equal(
            [
                new UncountedEncounter(talk.Id, NotCountedReason.Duplicate),
                new UncountedEncounter(fair.Id, NotCountedReason.Duplicate),
            ],
            one.NotCounted
        );
        Assert.Equal(2, two.Count);
        Assert.Equal([talk.Id, fair.Id], two.Counted.Select(c => c.ActivityId));
        Assert.Empty(two.NotCounted);
        Assert.Equal(
            5,
            result.EncountersDelivered(new LocalDate(2024, 9, 1), new LocalDate(2025, 8, 31))
        );
    }

    private static LocalDate RandomDate(Random random) =>
        AcademicYear.MinDate.PlusDays(
            random.Next(
                Period.Between(AcademicYear.MinDate, AcademicYear.MaxDate, PeriodUnits.Days).Days
                    + 1
            )
        );

    // Within about fifteen years of the as-at date, in the supported range.
    private static LocalDate Near(Random random, LocalDate asAt)
    {
        var toMin = Period.Between(asAt, AcademicYear.MinDate, PeriodUnits.Days).Days;
        var toMax = Period.Between(asAt, AcademicYear.MaxDate, PeriodUnits.Days).Days;
        return asAt.PlusDays(
            Math.Clamp(random.Next(-15 * 366, 2 * 366), Math.Min(toMin, 0), Math.Max(toMax, 0))
        );
    }
}
