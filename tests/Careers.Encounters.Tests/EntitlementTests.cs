using System;
using System.Linq;
using NodaTime;

namespace Careers.Encounters.Tests;

public class EntitlementTests
{
    [Fact]
    public void Statuses_AcrossTheWindow()
    {
        var world = new World();
        var notInScope = world.Learner("y6", YearGroup.Year6);
        var onTrack = world.Learner("y9-on-track", YearGroup.Year9);
        var atRisk = world.Learner("y9-at-risk", YearGroup.Year9);
        var met = world.Learner("y10-met", YearGroup.Year10);
        var notMet = world.Learner("y12-not-met", YearGroup.Year12);
        for (var i = 0; i < 4; i++)
        {
            var talk = world.Activity(
                ActivityKind.EmployerTalk,
                new LocalDate(2022 + (i % 3), 10, 1 + i)
            );
            world.Attend(talk, met);
            if (i < 2)
            {
                world.Attend(talk, onTrack);
            }
        }

        world.Attend(world.Activity(ActivityKind.EmployerTalk, new LocalDate(2023, 10, 1)), notMet);

        var result = world.Evaluate();

        Assert.Equal(
            [
                EntitlementStatus.NotInScope,
                EntitlementStatus.OnTrack,
                EntitlementStatus.AtRisk,
                EntitlementStatus.Met,
                EntitlementStatus.NotMet,
            ],
            result.Learners.Select(l => l.Status)
        );
        Assert.Equal((0, 4), (result.Learners[3].Shortfall, result.Learners[3].Count));
        Assert.Equal(3, result.Learners[4].Shortfall);
        Assert.Null(result.Learners[4].NextMilestone);
        Assert.Equal(
            new EntitlementMilestone(YearGroup.Year9, 2, new LocalDate(2025, 8, 31)),
            result.Learners[2].NextMilestone
        );
        Assert.Equal(
            new EntitlementMilestone(YearGroup.Year10, 3, new LocalDate(2026, 8, 31)),
            result.Learners[1].NextMilestone
        );
        Assert.Equal(
            ("derby-oa.four-encounters", World.AsAt),
            (result.Provenance.RuleSetId, result.Provenance.AsAt)
        );
        _ = (notInScope, atRisk);
    }

    [Fact]
    public void CareersFairWithFiveEmployers_IsOneEncounter_OrFiveWhenThePolicyCountsEachEmployer()
    {
        var world = new World();
        var learner = world.Learner("y8", YearGroup.Year8);
        var fair = world.Activity(
            ActivityKind.CareersFair,
            new LocalDate(2024, 11, 1),
            World.Meaningful,
            World.Employer("e1"),
            World.Employer("e2"),
            World.Employer("e3"),
            World.Employer("e4"),
            World.Employer("e5"),
            World.Provider("fe")
        );
        world.Attend(fair, learner);
        var eachEmployer = EncounterPolicyBuilder
            .Create("each", "1")
            .Entitles(4)
            .CountingEachEmployerMet()
            .Build()
            .GetResultOrThrow();

        Assert.Equal(1, world.For("y8").Count);
        Assert.Equal(
            (5, EntitlementStatus.Met),
            (world.For("y8", eachEmployer).Count, world.For("y8", eachEmployer).Status)
        );
        Assert.Equal(
            [new CountedEncounter(fair.Id, fair.Date, 5)],
            world.For("y8", eachEmployer).Counted
        );
    }

    [Fact]
    public void ALearnerWhoMovesSchool_KeepsWhatTheyHad()
    {
        var world = new World();
        var mover = world.Learner("mover", YearGroup.Year9, institution: "school-b");
        var atOldSchool = world.Activity(ActivityKind.WorkplaceVisit, new LocalDate(2024, 9, 20));
        var atNewSchool = world.Activity(ActivityKind.Mentoring, new LocalDate(2025, 2, 1));
        world.Attend(atOldSchool, mover);
        world.Attend(atNewSchool, mover);

        var entitlement = world.For("mover");

        Assert.Equal(2, entitlement.Count);
        Assert.Equal(
            [atOldSchool.Id, atNewSchool.Id],
            entitlement.Counted.Select(c => c.ActivityId)
        );
        Assert.Equal(EntitlementStatus.OnTrack, entitlement.Status);
    }

    [Fact]
    public void ActivitiesThatDoNotCount_SayWhy()
    {
        var world = new World();
        var learner = world.Learner("y8", YearGroup.Year8);
        var good = world.Activity(ActivityKind.EmployerTalk, new LocalDate(2024, 10, 1));
        var thin = world.Activity(
            ActivityKind.EmployerTalk,
            new LocalDate(2024, 10, 2),
            MeaningfulEvidence.LearningOutcomes
        );
        var beforeWindow = world.Activity(ActivityKind.EmployerTalk, new LocalDate(2023, 8, 31));
        var wrongKind = world.Activity(ActivityKind.GuidanceMeeting, new LocalDate(2024, 10, 3));
        var later = world.Activity(ActivityKind.EmployerTalk, new LocalDate(2025, 3, 2));
        world.Attend(good, learner, learner);
        world.Attend(thin, learner);
        world.Attend(beforeWindow, learner);
        world.Attend(wrongKind, learner);
        world.Attend(later, learner);

        var entitlement = world.For("y8");

        Assert.Equal(1, entitlement.Count);
        Assert.Equal(
            [
                new UncountedEncounter(beforeWindow.Id, NotCountedReason.OutsideWindow),
                new UncountedEncounter(good.Id, NotCountedReason.Duplicate),
                new UncountedEncounter(thin.Id, NotCountedReason.NotMeaningful),
                new UncountedEncounter(wrongKind.Id, NotCountedReason.WrongKind),
                new UncountedEncounter(later.Id, NotCountedReason.AfterAsAt),
            ],
            entitlement.NotCounted
        );
    }

    [Fact]
    public void DuplicateRecords_MergeTheirEvidence()
    {
        var world = new World();
        var learner = world.Learner("y8", YearGroup.Year8);
        var talk = world.Activity(
            ActivityKind.EmployerTalk,
            new LocalDate(2024, 10, 1),
            MeaningfulEvidence.LearningOutcomes | MeaningfulEvidence.TwoWayInteraction
        );
        world.Participations.Add(new Participation(talk.Id, learner.Id));
        world.Participations.Add(
            new Participation(talk.Id, learner.Id)
            {
                Evidence = MeaningfulEvidence.ActiveParticipation,
            }
        );

        Assert.Equal(1, world.For("y8").Count);
    }

    [Fact]
    public void TheWindowCloses_OnThirtyFirstAugustOfItsLastYear()
    {
        var world = new World();
        var learner = world.Learner("y11", YearGroup.Year11);
        world.Attend(
            world.Activity(ActivityKind.EmployerTalk, new LocalDate(2024, 10, 1)),
            learner
        );

        Assert.Equal(
            EntitlementStatus.AtRisk,
            world.For("y11", asAt: new LocalDate(2025, 8, 31)).Status
        );
        Assert.Equal(
            EntitlementStatus.NotMet,
            world.For("y11", asAt: new LocalDate(2025, 9, 1)).Status
        );
    }

    [Fact]
    public void GatsbyBenchmark5Preset_NeedsOneEveryYear()
    {
        var world = new World();
        var steady = world.Learner("steady", YearGroup.Year9);
        var bunched = world.Learner("bunched", YearGroup.Year9);
        world.Attend(world.Activity(ActivityKind.EmployerTalk, new LocalDate(2022, 10, 1)), steady);
        world.Attend(
            world.Activity(ActivityKind.EmployerTalk, new LocalDate(2023, 10, 1)),
            steady,
            bunched
        );
        world.Attend(
            world.Activity(ActivityKind.EmployerTalk, new LocalDate(2023, 11, 1)),
            bunched
        );
        world.Attend(
            world.Activity(ActivityKind.EmployerTalk, new LocalDate(2023, 12, 1)),
            bunched
        );

        Assert.Equal(
            EntitlementStatus.OnTrack,
            world.For("steady", EncounterPolicy.GatsbyBenchmark5).Status
        );
        Assert.Equal(
            EntitlementStatus.AtRisk,
            world.For("bunched", EncounterPolicy.GatsbyBenchmark5).Status
        );
        Assert.Equal(
            new EntitlementMilestone(YearGroup.Year9, 3, new LocalDate(2025, 8, 31)),
            world.For("steady", EncounterPolicy.GatsbyBenchmark5).NextMilestone
        );
    }

    [Fact]
    public void BadInput_IsReportedInFull()
    {
        var world = new World();
        world.Learner("same", YearGroup.Year8);
        world.Learner("same", YearGroup.Year9);
        world.Add(
            new CareersActivity("dup", ActivityKind.EmployerTalk, new LocalDate(2024, 10, 1))
        );
        world.Add(
            new CareersActivity("dup", ActivityKind.EmployerTalk, new LocalDate(2024, 10, 2))
        );
        world.Participations.Add(new Participation("nowhere", "same"));
        world.Participations.Add(new Participation("dup", "nobody"));

        var record = ActivityRecord.Create(world.Learners, world.Activities, world.Participations);

        Assert.False(record.Success);
        Assert.Equal(
            [
                ("learner.duplicate-id", "/learners/1"),
                ("activity.duplicate-id", "/activities/1"),
                ("participation.unknown-activity", "/participations/0"),
                ("participation.unknown-learner", "/participations/1"),
            ],
            record.Problems.Select(p => (p.Code, p.Path))
        );
        Assert.Throws<InvalidOperationException>(record.GetResultOrThrow);
        Assert.Throws<ArgumentNullException>(() => new EntitlementEvaluator(null!));
    }

    [Fact]
    public void LearnerWithNoYearGroupAsAtTheDate_IsAProblem()
    {
        var world = new World();
        world.Learner("a", YearGroup.Year8);
        world.Learners.Add(
            new Learner("old", new LocalDate(2000, 1, 1), YearGroup.Year13, new AcademicYear(2017))
        );
        var evaluator = new EntitlementEvaluator(EncounterPolicy.DerbyOpportunityArea);

        var evaluation = evaluator.Evaluate(world.Record(), World.AsAt);

        Assert.Equal(
            ("learner.year-group", "/learners/1"),
            (Assert.Single(evaluation.Problems).Code, evaluation.Problems[0].Path)
        );
        Assert.Equal(
            "Learner 'old' has no year group in 2024/25: they were in Year 13 in 2017/18.",
            evaluation.Problems[0].Message
        );
        Assert.Throws<InvalidOperationException>(evaluation.GetResultOrThrow);
        Assert.Throws<ArgumentNullException>(() => evaluator.Evaluate(null!, World.AsAt));
    }

    [Fact]
    public void RollUp_ByStatusAndEveryCharacteristic_WithGaps_AndEncountersDelivered()
    {
        var world = new World();
        var disadvantaged = new LearnerCharacteristics
        {
            FreeSchoolMeals = true,
            HomeArea = "E05001770",
            Sex = Sex.Female,
        };
        var a = world.Learner("a", YearGroup.Year10, "school-a", disadvantaged);
        var b = world.Learner("b", YearGroup.Year10, "school-a", disadvantaged);
        var c = world.Learner("c", YearGroup.Year10, "school-b");
        var d = world.Learner(
            "d",
            YearGroup.Year10,
            "school-b",
            new LearnerCharacteristics
            {
                SenProvision = SenProvision.EhcPlan,
                EnglishAsAdditionalLanguage = true,
            }
        );
        world.Learner("e", YearGroup.Year5, "primary");
        foreach (
            var date in new[]
            {
                new LocalDate(2023, 10, 1),
                new LocalDate(2023, 11, 1),
                new LocalDate(2024, 10, 1),
            }
        )
        {
            world.Attend(world.Activity(ActivityKind.EmployerTalk, date), a, c, d);
        }

        var result = world.Evaluate();
        var rollUp = EntitlementRollUp.Of(result);

        Assert.Equal(
            (5, 4, 3, 1),
            (
                rollUp.Overall.Total,
                rollUp.Overall.InScope,
                rollUp.Overall[EntitlementStatus.OnTrack],
                rollUp.Overall[EntitlementStatus.AtRisk]
            )
        );
        Assert.Equal(75m, rollUp.Overall.PercentMetOrOnTrack);
        Assert.Equal(0m, rollUp.Overall.PercentMet);
        Assert.Equal(
            50m,
            rollUp.By(Breakdowns.Disadvantage)[Breakdowns.Disadvantaged].PercentMetOrOnTrack
        );
        Assert.Equal(
            -50m,
            rollUp.GapInPercentagePoints(
                Breakdowns.Disadvantage,
                Breakdowns.Disadvantaged,
                Breakdowns.NotDisadvantaged
            )
        );
        Assert.Equal(
            ["primary", "school-a", "school-b"],
            rollUp.By(Breakdowns.Institution).Keys.Order(StringComparer.Ordinal)
        );
        Assert.Equal(1, rollUp.By(Breakdowns.SenProvision)[Breakdowns.EhcPlan].Total);
        Assert.Equal(1, rollUp.By(Breakdowns.EnglishAsAdditionalLanguage)["EAL"].Total);
        Assert.Equal(2, rollUp.By(Breakdowns.Sex)["Female"].Total);
        Assert.Equal(2, rollUp.By(Breakdowns.Ward)["E05001770"].Total);
        Assert.Equal(4, rollUp.By(Breakdowns.YearGroup)["Year 10"].Total);
        Assert.Equal(0m, rollUp.By(Breakdowns.Institution)["primary"].PercentMet);
        Assert.Equal(7, rollUp.BreakdownNames.Count());
        Assert.Throws<ArgumentException>(() => rollUp.By("colour"));
        Assert.Throws<ArgumentException>(() =>
            rollUp.GapInPercentagePoints(Breakdowns.Sex, "Female", "Other")
        );
        Assert.Equal(
            9,
            result.EncountersDelivered(new LocalDate(2023, 9, 1), new LocalDate(2025, 8, 31))
        );
        Assert.Equal(
            3,
            result.EncountersDelivered(new LocalDate(2024, 9, 1), new LocalDate(2025, 8, 31))
        );
        _ = b;
    }
}
