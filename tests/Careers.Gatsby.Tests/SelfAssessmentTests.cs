using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.Gatsby.Tests;

public class SelfAssessmentTests
{
    private static readonly GatsbyFramework Framework = GatsbyFramework.Edition2014Schools;

    private static Dictionary<string, bool> AllMet() =>
        Framework.Criteria.ToDictionary(c => c.Id, _ => true);

    [Fact]
    public void EveryCriterionMet_AchievesAllEight()
    {
        var result = GatsbyEvaluator
            .Default.SelfAssess(Framework, AllMet(), Scenario.AsAt, "school-1")
            .GetResultOrThrow();

        Assert.Equal(8, result.BenchmarksFullyAchieved);
        Assert.All(
            result.Benchmarks,
            b => Assert.Equal((BenchmarkStatus.Achieved, 100m), (b.Status, b.Percentage))
        );
        Assert.Equal("gatsby.2014.schools", result.Provenance.RuleSetId);
        Assert.Equal("1.1", result.Provenance.RuleSetVersion);
        Assert.Equal(Scenario.AsAt, result.Provenance.AsAt);
        Assert.Equal(("careers-sdk.gatsby", "1.0"), (result.PolicyId, result.PolicyVersion));
        Assert.Equal("school-1", result.InstitutionId);
    }

    [Fact]
    public void PercentagesAndStatuses_FollowCompass()
    {
        var answers = AllMet();
        answers["2014.schools.B1.1"] = false; // B1: 2 of 3
        answers.Remove("2014.schools.B2.1"); // B2: 1 of 2, one unanswered
        answers["2014.schools.B5.1"] = false; // B5: 0 of 1

        var result = GatsbyEvaluator
            .Default.SelfAssess(Framework, answers, Scenario.AsAt)
            .GetResultOrThrow();

        Assert.Equal(BenchmarkStatus.InProgress, result.Benchmark(1).Status);
        Assert.Equal(200m / 3m, result.Benchmark(1).Percentage);
        Assert.Equal(
            (1, 2, 50m),
            (
                result.Benchmark(2).CriteriaMet,
                result.Benchmark(2).CriteriaApplicable,
                result.Benchmark(2).Percentage
            )
        );
        Assert.Equal(BenchmarkStatus.NotStarted, result.Benchmark(5).Status);
        Assert.Equal(5, result.BenchmarksFullyAchieved);
        Assert.Equal(
            ["2014.schools.B1.1"],
            result.Benchmark(1).Missing.Select(c => c.Criterion.Id)
        );
        Assert.Equal("Not answered, so not met.", result.Benchmark(2).Missing.Single().Explanation);
        Assert.Equal("Declared not met.", result.Benchmark(1).Missing.Single().Explanation);
        Assert.Equal("Declared met.", result.Benchmark(1).Criteria[1].Explanation);
    }

    [Fact]
    public void UnknownAndOtherEditionCriteria_AreReportedTogether_AndNoScoreIsGiven()
    {
        var answers = AllMet();
        answers["2024.schools.B1.1"] = true;
        answers["2014.schools.B9.1"] = true;

        var evaluation = GatsbyEvaluator.Default.SelfAssess(Framework, answers, Scenario.AsAt);

        Assert.False(evaluation.Success);
        Assert.Null(evaluation.Result);
        Assert.Equal(
            ["answer.unknown-criterion", "answer.other-framework"],
            evaluation.Problems.Select(p => p.Code)
        );
        Assert.Equal(
            ["/answers/2014.schools.B9.1", "/answers/2024.schools.B1.1"],
            evaluation.Problems.Select(p => p.Path)
        );
        Assert.Contains(
            "belongs to gatsby.2024.schools, not gatsby.2014.schools",
            evaluation.Problems[1].Message,
            StringComparison.Ordinal
        );
        var exception = Assert.Throws<InvalidOperationException>(evaluation.GetResultOrThrow);
        Assert.Contains(
            "answer.unknown-criterion at /answers/2014.schools.B9.1",
            exception.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void PolicyOverride_ForAnUnknownOrDeclaredCriterion_IsAProblem()
    {
        var policy = GatsbyPolicy.Default with
        {
            MinimumCounts = new Dictionary<string, int>
            {
                ["2014.schools.B1.1"] = 2,
                ["2099.schools.B5.1"] = 2,
                ["2024.schools.B6.1"] = 1,
            },
        };

        var evaluation = new GatsbyEvaluator(policy).SelfAssess(Framework, AllMet(), Scenario.AsAt);

        Assert.Equal(
            [
                ("policy.minimum-count", "/policy/minimumCounts/2014.schools.B1.1"),
                ("policy.minimum-count", "/policy/minimumCounts/2099.schools.B5.1"),
            ],
            evaluation.Problems.Select(p => (p.Code, p.Path))
        );
        Assert.Contains(
            "a declared criterion with nothing to count",
            evaluation.Problems[0].Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "which no framework has",
            evaluation.Problems[1].Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Explain_ListsEachBenchmarkAndWhatIsMissing()
    {
        var answers = AllMet();
        answers["2014.schools.B1.1"] = false;

        var text = GatsbyEvaluator
            .Default.SelfAssess(Framework, answers, Scenario.AsAt, "school-1")
            .GetResultOrThrow()
            .Explain();

        Assert.StartsWith(
            "Good Career Guidance (gatsby.2014.schools@1.1, policy careers-sdk.gatsby@1.0), as at 2025-03-01, institution school-1: 7 of 8 benchmarks fully achieved.\n"
                + "B1 A stable careers programme: in progress, 2 of 3 criteria met (66.7%).\n"
                + "  2014.schools.B1.1: Declared not met.\n"
                + "B2 Learning from career and labour market information: achieved, 2 of 2 criteria met (100.0%).\n",
            text,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() =>
            GatsbyEvaluator.Default.SelfAssess(null!, AllMet(), Scenario.AsAt)
        );
        Assert.Throws<ArgumentNullException>(() =>
            GatsbyEvaluator.Default.SelfAssess(Framework, null!, Scenario.AsAt)
        );
        Assert.Throws<ArgumentNullException>(() => new GatsbyEvaluator(null!));
        Assert.Throws<ArgumentNullException>(() =>
            GatsbyEvaluator.Default.Assess(Framework, AllMet(), null!, Scenario.AsAt)
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            GatsbyEvaluator
                .Default.SelfAssess(Framework, AllMet(), Scenario.AsAt)
                .GetResultOrThrow()
                .Benchmark(0)
        );
    }
}
