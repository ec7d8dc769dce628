using System;
using System.IO;
using System.Linq;
using Careers.Encounters.Streaming;
using NodaTime;

namespace Careers.Encounters.Tests;

/// <summary>Boundaries and messages: the places where an off-by-one or a swapped condition would hide.</summary>
public class EdgeTests
{
    private static Evaluation<StreamedEntitlementResult> Csv(params string[] rows) =>
        EntitlementStream.EvaluateCsv(
            EncounterPolicy.DerbyOpportunityArea,
            new StringReader(EncounterCsv.Header + "\n" + string.Join("\n", rows)),
            World.AsAt
        );

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2024-1-01", false)]
    [InlineData("20241001", false)]
    [InlineData("2024/10/01", false)]
    [InlineData("2024-13-01", false)]
    [InlineData("2024-00-10", false)]
    [InlineData("2024-10-00", false)]
    [InlineData("0000-10-01", false)]
    [InlineData("2024-10-3a", false)]
    [InlineData("2024-12-31", true)]
    [InlineData("2024-01-01", true)]
    public void CsvDates_MustBeRealIsoDates(string date, bool valid)
    {
        var result = Csv($"L1,,Y9,A1,{date},EmployerTalk,,1");

        Assert.Equal(valid, result.Success);
        Assert.Equal(valid ? 0 : 1, result.Problems.Count);
    }

    [Fact]
    public void CsvQuotedFields_KeepCommasAndDoubledQuotes()
    {
        var result = Csv(
            "\"L,1\",\"School \"\"A\"\"\",Y9,\"A1\",2024-10-01,EmployerTalk,\"LearningOutcomes | TwoWayInteraction | ActiveParticipation\",\"1\""
        );

        var learner = Assert.Single(result.GetResultOrThrow().Learners);
        Assert.Equal(
            ("L,1", "School \"A\"", 1),
            (learner.LearnerId, learner.InstitutionId, learner.Count)
        );
    }

    [Fact]
    public void CsvEmptyLines_AreSkipped_AndEmptyInstitutionIsNull()
    {
        var result = Csv(
            "",
            "L1,,Y9,A1,2024-10-01,EmployerTalk,LearningOutcomes|TwoWayInteraction|ActiveParticipation,0",
            ""
        );

        var read = result.GetResultOrThrow();
        Assert.Null(read.Learners.Single().InstitutionId);
        Assert.Equal(1, read.Records);
    }

    [Fact]
    public void CsvMessages_NameTheValue()
    {
        var problems = Csv("L1,,Y9,A1,2024-10-01,Talk,Purpose,x").Problems;

        Assert.Equal(
            [
                "Row 1: activity_kind 'Talk' is not one of EmployerTalk, Mentoring, EnterpriseChallenge, CareersFair, WorkplaceVisit, WorkShadowing, WorkExperience, VirtualWorkExperience, PartTimeJob, ProviderEncounter, HigherEducationVisit, GuidanceMeeting, LabourMarketInformationSession, CareerRelatedLearningSession.",
                "Row 1: evidence has 'Purpose', which is not one of ClearPurpose, LearningOutcomes, TwoWayInteraction, ExtensiveTwoWayInteraction, ActiveParticipation, MetRangeOfPeople, TaskSetByEmployer, EmployerFeedback, Reflection, ProviderInformation, LearningEnvironment, MetStaffAndStudents.",
                "Row 1: employers 'x' is not a whole number.",
            ],
            problems.Select(p => p.Message)
        );
        Assert.Throws<ArgumentNullException>(() => EncounterCsv.Read(null!, []).ToList());
        Assert.Throws<ArgumentNullException>(() =>
            EncounterCsv.Read(new StringReader(""), null!).ToList()
        );
    }

    [Fact]
    public void CsvEvidence_IsTheUnionOfTheNamedFlags_EvenWhenRepeated()
    {
        var result = Csv(
            "L1,,Y9,A1,2024-10-01,EmployerTalk,LearningOutcomes|LearningOutcomes|TwoWayInteraction|ActiveParticipation,1",
            "L1,,Y9,A2,2024-10-02,EmployerTalk,LearningOutcomes|LearningOutcomes|TwoWayInteraction|ActiveParticipation,1"
        );

        Assert.Equal(2, result.GetResultOrThrow().Learners.Single().Count);
    }

    [Fact]
    public void StreamedRecords_CountEachEmployer_AndReportEveryReason()
    {
        var each = EncounterPolicyBuilder
            .Create("each", "1")
            .CountingEachEmployerMet()
            .Build()
            .GetResultOrThrow();
        var records = new[]
        {
            new EncounterRecord(
                "L1",
                null,
                YearGroup.Year9,
                "fair",
                new LocalDate(2024, 10, 1),
                ActivityKind.CareersFair,
                World.Meaningful,
                3
            ),
            new EncounterRecord(
                "L1",
                null,
                YearGroup.Year9,
                "none",
                new LocalDate(2024, 10, 2),
                ActivityKind.CareersFair,
                World.Meaningful,
                0
            ),
            new EncounterRecord(
                "L1",
                null,
                YearGroup.Year9,
                "early",
                new LocalDate(2022, 8, 31),
                ActivityKind.EmployerTalk,
                World.Meaningful,
                1
            ),
            new EncounterRecord(
                "L1",
                null,
                YearGroup.Year9,
                "start",
                new LocalDate(2022, 9, 1),
                ActivityKind.EmployerTalk,
                World.Meaningful,
                1
            ),
            new EncounterRecord(
                "L1",
                null,
                YearGroup.Year9,
                "today",
                World.AsAt,
                ActivityKind.EmployerTalk,
                World.Meaningful,
                1
            ),
            new EncounterRecord(
                "L1",
                null,
                YearGroup.Year9,
                "tomorrow",
                World.AsAt.PlusDays(1),
                ActivityKind.EmployerTalk,
                World.Meaningful,
                1
            ),
        };

        var result = EntitlementStream.Evaluate(each, records, World.AsAt).GetResultOrThrow();

        Assert.Equal(6, result.Learners.Single().Count);
        Assert.Equal(1, result.NotCounted[NotCountedReason.OutsideWindow]);
        Assert.Equal(1, result.NotCounted[NotCountedReason.AfterAsAt]);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new EncounterRecord(
                "L1",
                null,
                YearGroup.Year9,
                "x",
                World.AsAt,
                ActivityKind.EmployerTalk,
                World.Meaningful,
                -1
            )
        );
        Assert.Equal(
            0,
            new EncounterRecord(
                "L1",
                null,
                YearGroup.Year9,
                "x",
                World.AsAt,
                ActivityKind.EmployerTalk,
                World.Meaningful,
                0
            ).Employers
        );
        Assert.Throws<ArgumentNullException>(() =>
            EntitlementStream.Evaluate(null!, records, World.AsAt)
        );
        Assert.Throws<ArgumentNullException>(() =>
            EntitlementStream.Evaluate(each, null!, World.AsAt)
        );
    }

    [Fact]
    public void Builder_AcceptsTheEdgesOfWhatIsValid()
    {
        var policy = EncounterPolicyBuilder
            .Create("edge", "1")
            .Entitles(1)
            .From(YearGroup.Year10)
            .To(YearGroup.Year10)
            .Milestone(YearGroup.Year10, 1)
            .AtLeastEachYear(1)
            .Build()
            .GetResultOrThrow();

        Assert.Equal(
            (1, 1, 1),
            (policy.Threshold, policy.MilestoneAtEndOf(YearGroup.Year10), policy.MinimumPerYear)
        );
        Assert.Empty(
            EncounterPolicyBuilder
                .Create("zero", "1")
                .Entitles(3)
                .From(YearGroup.Year7)
                .To(YearGroup.Year9)
                .Milestone(YearGroup.Year7, 0)
                .Milestone(YearGroup.Year9, 3)
                .Validate()
        );
        Assert.Equal(
            ["policy.milestone-order"],
            EncounterPolicyBuilder
                .Create("neg", "1")
                .Milestone(YearGroup.Year8, -1)
                .Validate()
                .Select(p => p.Code)
        );
        Assert.Equal(
            ["policy.minimum-per-year"],
            EncounterPolicyBuilder
                .Create("neg", "1")
                .AtLeastEachYear(-1)
                .Validate()
                .Select(p => p.Code)
        );
        Assert.Equal(
            "The threshold must be at least 1, not 0.",
            EncounterPolicyBuilder.Create("t", "1").Entitles(0).Validate().Single().Message
        );
        Assert.Equal(
            "The window runs from Year 11 to Year 7: the first year group is after the last.",
            EncounterPolicyBuilder
                .Create("w", "1")
                .From(YearGroup.Year11)
                .To(YearGroup.Year7)
                .Validate()
                .Single()
                .Message
        );
        Assert.Equal(
            "At least one activity kind must count.",
            EncounterPolicyBuilder.Create("k", "1").Counting().Validate().Single().Message
        );
        Assert.Equal(
            "Year 12 is outside the window Year 7 to Year 11.",
            EncounterPolicyBuilder
                .Create("m", "1")
                .Milestone(YearGroup.Year12, 1)
                .Validate()
                .Single()
                .Message
        );
        Assert.Equal(
            "Year 6 is outside the window Year 7 to Year 11.",
            EncounterPolicyBuilder
                .Create("m", "1")
                .Milestone(YearGroup.Year6, 0)
                .Validate()
                .Single()
                .Message
        );
    }

    [Fact]
    public void ProviderAccess_MessagesAndEdges()
    {
        var world = new World();
        var learner = world.Learner("y9", YearGroup.Year9);
        var start = world.Activity(
            ActivityKind.ProviderEncounter,
            new LocalDate(2023, 9, 1),
            World.ProviderContent,
            World.Provider("b"),
            World.Provider("a")
        );
        world.Attend(start, learner);
        var before = world.Activity(
            ActivityKind.ProviderEncounter,
            new LocalDate(2023, 8, 31),
            World.ProviderContent,
            World.Provider("c")
        );
        world.Attend(before, learner);

        var result = ProviderAccessEvaluator
            .Default.Evaluate(world.Record(), new LocalDate(2024, 3, 1))
            .GetResultOrThrow();
        var phase = result.Learners.Single().Phase(ProviderAccessPhase.One);

        Assert.Equal([start.Id], phase.Counted);
        Assert.Equal(
            "1 qualifying encounter of the 2 needed between 2023-09-01 and 2025-02-28.",
            phase.Reasons.Single()
        );
        var cohort = result.Cohorts[0];
        Assert.Equal(ProviderAccessVerdict.InProgress, result.Verdict);
        Assert.Equal(DutyStatus.InProgress, cohort.Status);
        Assert.False(cohort.DutyMet);
        Assert.Equal(["y9"], cohort.Outstanding);
        Assert.Equal("Year 8 in 2023/24", cohort.Cohort);
        Assert.Equal(
            "1 qualifying occasion given of the 2 needed between 2023-09-01 and 2025-02-28.",
            cohort.Reasons.Single()
        );
        Assert.True(phase.IsMandatory);

        var lenient = new ProviderAccessEvaluator(
            ProviderAccessPolicy.Default with
            {
                EncountersPerPhase = 1,
            }
        )
            .Evaluate(world.Record(), new LocalDate(2024, 3, 1))
            .GetResultOrThrow();
        Assert.Equal(
            PhaseStatus.Compliant,
            lenient.Learners.Single().Phase(ProviderAccessPhase.One).Status
        );
        Assert.True(lenient.Cohorts[0].DutyMet);
        Assert.Equal(
            PhaseStatus.NotYetOpen,
            ProviderAccessEvaluator
                .Default.Evaluate(world.Record(), new LocalDate(2023, 8, 31))
                .GetResultOrThrow()
                .Learners.Single()
                .Phase(ProviderAccessPhase.One)
                .Status
        );
        Assert.Equal(
            [
                "The provider access policy statement is published.",
                "It sets out the procedure for a provider to request access.",
                "It sets out the grounds for granting and refusing requests.",
                "It sets out the premises and facilities to be provided.",
                "It sets out the times of access: the opportunities in each key phase.",
                "It sets out how the school proposes to meet the duties of s.42B(1A) and (2A): the encounters in each key phase.",
            ],
            new ProviderAccessStatement().Check().Select(i => i.Requirement)
        );
    }

    [Fact]
    public void RollUp_OnAnEmptyScope_IsZeroPercent()
    {
        var world = new World();
        world.Learner("y6", YearGroup.Year6);

        var rollUp = EntitlementRollUp.Of(world.Evaluate());

        Assert.Equal(
            (1, 0, 0m, 0m),
            (
                rollUp.Overall.Total,
                rollUp.Overall.InScope,
                rollUp.Overall.PercentMet,
                rollUp.Overall.PercentMetOrOnTrack
            )
        );
        Assert.Equal(
            "No breakdown 'x'; use one of institution, year_group, disadvantage, sen_provision, eal, sex, ward.",
            Assert.Throws<ArgumentException>(() => rollUp.By("x")).Message.Split(" (Parameter")[0]
        );
        Assert.Throws<ArgumentNullException>(() => EntitlementRollUp.Of(null!));
    }
}
