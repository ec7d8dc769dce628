using System;
using System.Linq;

namespace Careers.Encounters.Tests;

public class PolicyTests
{
    [Fact]
    public void DerbyPreset_IsFourOverYears7To11_WithProRataMilestones()
    {
        var policy = EncounterPolicy.DerbyOpportunityArea;

        Assert.Equal(
            (4, YearGroup.Year7, YearGroup.Year11),
            (policy.Threshold, policy.FirstYearGroup, policy.LastYearGroup)
        );
        Assert.Equal(
            [0, 1, 2, 3, 4],
            Enumerable.Range(7, 5).Select(n => policy.MilestoneAtEndOf(YearGroup.FromNumber(n)))
        );
        Assert.Equal(CountingUnit.PerOccasion, policy.CountingUnit);
        Assert.Equal("derby-oa.four-encounters@1.0", policy.ToString());
        Assert.Contains("Derby Opportunity Area", policy.Source, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => policy.MilestoneAtEndOf(YearGroup.Year12));
        Assert.Throws<ArgumentOutOfRangeException>(() => policy.MilestoneAtEndOf(YearGroup.Year6));
    }

    [Fact]
    public void OtherPresets()
    {
        var commitment = EncounterPolicy.OpportunityAreasEmployerCommitment;
        var b5 = EncounterPolicy.GatsbyBenchmark5;

        Assert.Equal(
            (4, YearGroup.Year7, YearGroup.Year13),
            (commitment.Threshold, commitment.FirstYearGroup, commitment.LastYearGroup)
        );
        Assert.Equal(
            [0, 1, 1, 2, 2, 3, 4],
            Enumerable.Range(7, 7).Select(n => commitment.MilestoneAtEndOf(YearGroup.FromNumber(n)))
        );
        Assert.Equal((7, 1), (b5.Threshold, b5.MinimumPerYear));
        Assert.Equal(
            [1, 2, 3, 4, 5, 6, 7],
            Enumerable.Range(7, 7).Select(n => b5.MilestoneAtEndOf(YearGroup.FromNumber(n)))
        );
    }

    [Fact]
    public void Qualifies_AndIsMeaningful_FollowTheDefaults()
    {
        var policy = EncounterPolicy.DerbyOpportunityArea;

        Assert.True(policy.Qualifies(ActivityKind.CareersFair));
        Assert.True(policy.Qualifies(ActivityKind.WorkExperience));
        Assert.False(policy.Qualifies(ActivityKind.PartTimeJob));
        Assert.False(policy.Qualifies(ActivityKind.GuidanceMeeting));
        Assert.True(policy.IsMeaningful(World.Meaningful | MeaningfulEvidence.Reflection));
        Assert.False(
            policy.IsMeaningful(
                MeaningfulEvidence.LearningOutcomes | MeaningfulEvidence.TwoWayInteraction
            )
        );
        Assert.Equal(8, EncounterPolicyBuilder.DefaultQualifyingKinds.Count);
    }

    [Fact]
    public void Builder_ExplicitMilestones_AndOptions()
    {
        var policy = EncounterPolicyBuilder
            .Create("local", "2.0")
            .Entitles(6)
            .From(YearGroup.Year9)
            .To(YearGroup.Year11)
            .Milestone(YearGroup.Year9, 3)
            .Counting(ActivityKind.CareersFair, ActivityKind.CareersFair)
            .RequiringEvidence(MeaningfulEvidence.None)
            .CountingEachEmployerMet()
            .Build()
            .GetResultOrThrow();

        Assert.Equal(
            [3, 4, 6],
            new[] { YearGroup.Year9, YearGroup.Year10, YearGroup.Year11 }.Select(
                policy.MilestoneAtEndOf
            )
        );
        Assert.Equal([ActivityKind.CareersFair], policy.QualifyingKinds);
        Assert.Equal(CountingUnit.PerEmployerMet, policy.CountingUnit);
        Assert.Equal("Local policy", policy.Source);
    }

    [Fact]
    public void Builder_ReportsEveryProblem_AndWillNotBuild()
    {
        var builder = EncounterPolicyBuilder
            .Create("bad", "1")
            .Entitles(2)
            .From(YearGroup.Year7)
            .To(YearGroup.Year9)
            .Milestone(YearGroup.Year7, 3)
            .Milestone(YearGroup.Year8, 1)
            .Milestone(YearGroup.Year12, 1)
            .AtLeastEachYear(1)
            .Counting();

        var problems = builder.Validate();

        Assert.Equal(
            [
                "policy.kinds",
                "policy.minimum-per-year",
                "policy.milestone-threshold",
                "policy.milestone-order",
                "policy.milestone-window",
            ],
            problems.Select(p => p.Code)
        );
        Assert.Equal("/milestones/Year 7", problems[2].Path);
        Assert.Contains("above the threshold of 2", problems[2].Message, StringComparison.Ordinal);
        // Build answers the same problems: an invalid policy never exists.
        var built = builder.Build();
        Assert.False(built.Success);
        Assert.Equal(problems, built.Problems);
        var exception = Assert.Throws<InvalidOperationException>(built.GetResultOrThrow);
        Assert.Contains("policy.milestone-threshold", exception.Message, StringComparison.Ordinal);
        Assert.Equal(
            ["policy.threshold", "policy.window"],
            EncounterPolicyBuilder
                .Create("x", "1")
                .Entitles(0)
                .From(YearGroup.Year11)
                .To(YearGroup.Year7)
                .Validate()
                .Select(p => p.Code)
        );
        Assert.Throws<ArgumentException>(() => EncounterPolicyBuilder.Create("", "1"));
        Assert.Throws<ArgumentException>(() =>
            EncounterPolicyBuilder.Create("x", "1").WithSource(" ")
        );
    }
}
