using System;
using System.Linq;
using System.Text.RegularExpressions;
using NodaTime;

namespace Careers.Gatsby.Tests;

public class FrameworkTests
{
    public static TheoryData<string> FrameworkIds() => new(GatsbyFramework.All.Select(f => f.Id));

    private static GatsbyFramework ById(string id) => GatsbyFramework.All.Single(f => f.Id == id);

    [Theory]
    [MemberData(nameof(FrameworkIds))]
    public void EveryFramework_HasEightNumberedBenchmarks_WithCriteria(string id)
    {
        var framework = ById(id);

        Assert.Equal(Enumerable.Range(1, 8), framework.Benchmarks.Select(b => b.Number));
        Assert.All(framework.Benchmarks, b => Assert.NotEmpty(b.Criteria));
        Assert.All(
            framework.Benchmarks,
            b => Assert.False(string.IsNullOrWhiteSpace(b.Title + b.Summary))
        );
        Assert.Equal(3, framework.Benchmark(3).Number);
        Assert.Throws<ArgumentOutOfRangeException>(() => framework.Benchmark(9));
        Assert.Throws<ArgumentOutOfRangeException>(() => framework.Benchmark(0));
    }

    [Theory]
    [MemberData(nameof(FrameworkIds))]
    public void CriterionIds_AreStable_Unique_AndFindable(string id)
    {
        var framework = ById(id);
        var prefix =
            $"{(int)framework.Edition}.{(framework.Audience == GatsbyAudience.Schools ? "schools" : "colleges")}";

        foreach (var benchmark in framework.Benchmarks)
        {
            for (var i = 0; i < benchmark.Criteria.Count; i++)
            {
                var criterion = benchmark.Criteria[i];
                Assert.Equal($"{prefix}.B{benchmark.Number}.{i + 1}", criterion.Id);
                Assert.Equal(benchmark.Number, criterion.Benchmark);
                Assert.True(framework.TryGetCriterion(criterion.Id, out var found));
                Assert.Same(criterion, found);
                Assert.False(string.IsNullOrWhiteSpace(criterion.Text));
                Assert.False(string.IsNullOrWhiteSpace(criterion.Source));
                Assert.StartsWith(
                    criterion.Id + ": ",
                    criterion.ToString(),
                    StringComparison.Ordinal
                );
            }
        }

        Assert.Equal(
            framework.Criteria.Count(),
            framework.Criteria.Select(c => c.Id).Distinct().Count()
        );
        Assert.Matches(new Regex(@"^gatsby\.(2014|2024)\.(schools|colleges)$"), framework.Id);
        Assert.Equal(framework.Id + "@1.1", framework.ToString());
        Assert.False(framework.TryGetCriterion("nonsense", out _));
    }

    [Theory]
    [InlineData("gatsby.2014.schools", "B3.2 B3.3 B5.1 B6.1 B6.2 B7.1 B7.2 B8.1")]
    [InlineData("gatsby.2014.colleges", "B3.2 B3.4 B5.1 B6.1 B7.1 B8.1")]
    [InlineData("gatsby.2024.schools", "B5.1 B6.1 B6.2 B7.1 B7.2 B8.1 B8.2")]
    [InlineData("gatsby.2024.colleges", "B5.1 B6.1 B7.1 B8.1")]
    public void LearnerEvidencedCriteria_AreTheOnesTheActivityRecordCanProve(
        string id,
        string positions
    )
    {
        var framework = ById(id);
        var evidenced = framework
            .Criteria.Where(c => c.Evidence == CriterionEvidence.LearnerEvidence)
            .Select(c => c.Id[(c.Id.IndexOf(".B", StringComparison.Ordinal) + 1)..]);

        Assert.Equal(positions.Split(' '), evidenced);
        Assert.All(
            framework.Criteria.Where(c => c.Evidence == CriterionEvidence.Declared),
            c => Assert.Null(c.Requirement)
        );
    }

    [Fact]
    public void EditionDifferences_AreInTheData()
    {
        var b6By16In2014 = GatsbyFramework.Edition2014Schools.Benchmark(6).Criteria[0].Requirement!;
        var b6By16In2024 = GatsbyFramework.Edition2024Schools.Benchmark(6).Criteria[0].Requirement!;
        var b8By18In2024 = GatsbyFramework.Edition2024Schools.Benchmark(8).Criteria[1].Requirement!;

        Assert.Equal((1, 16), (b6By16In2014.MinimumCount, b6By16In2014.DeadlineAge));
        Assert.Equal((2, 16), (b6By16In2024.MinimumCount, b6By16In2024.DeadlineAge));
        Assert.Equal((2, 18), (b8By18In2024.MinimumCount, b8By18In2024.DeadlineAge));
        // 2014: one interview by 16 is the criterion (the further one by 18 only an opportunity); 2024: a further
        // meeting by 18 is expected.
        Assert.Single(GatsbyFramework.Edition2014Schools.Benchmark(8).Criteria);
        Assert.Equal(
            (3, 1),
            (
                GatsbyFramework
                    .Edition2014Schools.Benchmark(3)
                    .Criteria[2]
                    .Requirement!.MinimumCount,
                GatsbyFramework
                    .Edition2014Colleges.Benchmark(3)
                    .Criteria[3]
                    .Requirement!.MinimumCount
            )
        );
        Assert.True(
            GatsbyFramework
                .Edition2024Colleges.Benchmark(8)
                .Criteria[0]
                .Requirement!.RequiresQualifiedAdviser
        );
        Assert.False(
            GatsbyFramework
                .Edition2014Colleges.Benchmark(8)
                .Criteria[0]
                .Requirement!.RequiresQualifiedAdviser
        );
        Assert.Equal(
            2,
            GatsbyFramework.Edition2014Colleges.Benchmark(5).Criteria[0].Requirement!.MinimumCount
        );
        Assert.Equal(
            1,
            GatsbyFramework
                .Edition2014Colleges.Benchmark(5)
                .Criteria[0]
                .Requirement!.MinimumThroughCurriculumArea
        );
        Assert.Equal(
            "Addressing the needs of each pupil",
            GatsbyFramework.Edition2014Schools.Benchmark(3).Title
        );
        Assert.Equal(
            "Addressing the needs of each student",
            GatsbyFramework.Edition2014Colleges.Benchmark(3).Title
        );
        Assert.Equal(
            "Addressing the needs of each young person",
            GatsbyFramework.Edition2024Schools.Benchmark(3).Title
        );
    }

    [Fact]
    public void MeaningfulDefinitions_DifferByEdition()
    {
        var m2014 = GatsbyFramework.Edition2014Schools.Meaningful;
        var m2024 = GatsbyFramework.Edition2024Schools.Meaningful;

        Assert.True(m2014.IsMeaningful(ActivityCategory.EmployerEncounter, Scenario.Employer2014));
        Assert.False(m2024.IsMeaningful(ActivityCategory.EmployerEncounter, Scenario.Employer2014));
        Assert.True(
            m2024.IsMeaningful(
                ActivityCategory.EmployerEncounter,
                MeaningfulEvidence.ClearPurpose
                    | MeaningfulEvidence.LearningOutcomes
                    | MeaningfulEvidence.TwoWayInteraction
                    | MeaningfulEvidence.Reflection
            )
        );
        Assert.Equal(MeaningfulEvidence.None, m2024.RequiredFor(ActivityCategory.Guidance));
        Assert.True(m2024.IsMeaningful(ActivityCategory.Guidance, MeaningfulEvidence.None));
        Assert.Equal(m2024.EmployerEncounter, m2024.RequiredFor(ActivityCategory.PartTimeWork));
        Assert.Equal(
            m2024.WorkplaceExperience,
            m2024.RequiredFor(ActivityCategory.WorkplaceExperience)
        );
        Assert.Equal(
            m2024.ProviderEncounter,
            m2024.RequiredFor(ActivityCategory.ProviderEncounter)
        );
        Assert.False(string.IsNullOrWhiteSpace(m2014.Source + m2024.Source));
    }

    [Theory]
    [InlineData(InstitutionType.Secondary, 2025, 8, 31, "gatsby.2014.schools")]
    [InlineData(InstitutionType.Secondary, 2025, 9, 1, "gatsby.2024.schools")]
    [InlineData(InstitutionType.FurtherEducationCollege, 2025, 8, 31, "gatsby.2014.colleges")]
    [InlineData(InstitutionType.IndependentTrainingProvider, 2025, 9, 1, "gatsby.2024.colleges")]
    [InlineData(InstitutionType.Special, 2026, 1, 1, "gatsby.2024.schools")]
    public void For_ChoosesTheEditionInForceOnTheDate(
        InstitutionType type,
        int y,
        int m,
        int d,
        string expected
    )
    {
        Assert.Equal(expected, GatsbyFramework.For(type, new LocalDate(y, m, d)).Id);
    }

    [Fact]
    public void OtherFrameworkOf_NamesTheFrameworkAnIdBelongsTo()
    {
        Assert.Same(
            GatsbyFramework.Edition2014Schools,
            GatsbyFramework.Edition2024Schools.OtherFrameworkOf("2014.schools.B1.1")
        );
        Assert.Null(GatsbyFramework.Edition2024Schools.OtherFrameworkOf("2024.schools.B1.1"));
        Assert.Null(GatsbyFramework.Edition2024Schools.OtherFrameworkOf("2099.schools.B1.1"));
        Assert.Equal(4, GatsbyFramework.All.Count);
    }

    [Fact]
    public void Requirement_DescribesWhatALearnerStillNeeds()
    {
        var f2014 = GatsbyFramework.Edition2014Schools;
        var colleges = GatsbyFramework.Edition2014Colleges;

        Assert.Equal(
            "at least one meaningful employer encounter this academic year",
            f2014.Benchmark(5).Criteria[0].Requirement!.Describe(1)
        );
        Assert.Equal(
            "at least two meaningful employer encounters this academic year, at least one through their curriculum area",
            colleges.Benchmark(5).Criteria[0].Requirement!.Describe(2)
        );
        Assert.Equal(
            "at least one meaningful experience of a workplace by the age of 16",
            f2014.Benchmark(6).Criteria[0].Requirement!.Describe(1)
        );
        Assert.Equal(
            "at least 5 meaningful experiences of a workplace by the age of 16",
            f2014.Benchmark(6).Criteria[0].Requirement!.Describe(5)
        );
        Assert.Equal(
            "at least one meaningful experience of a workplace by the end of their programme",
            colleges.Benchmark(6).Criteria[0].Requirement!.Describe(1)
        );
        Assert.Equal(
            "meaningful encounters with every kind of provider (a sixth form, a further education college, a higher education provider, an apprenticeship or training provider) by the age of 16",
            f2014.Benchmark(7).Criteria[0].Requirement!.Describe(4)
        );
        Assert.Equal(
            "meaningful encounters with at least two of a further education college, a higher education provider, an apprenticeship or training provider by the end of their programme",
            colleges.Benchmark(7).Criteria[0].Requirement!.Describe(2)
        );
        Assert.Equal(
            "at least two visits to higher education providers by the age of 18",
            f2014.Benchmark(7).Criteria[1].Requirement!.Describe(2)
        );
        Assert.Equal(
            "at least three personal guidance meetings with a qualified careers adviser by the age of 16",
            f2014.Benchmark(8).Criteria[0].Requirement!.Describe(3)
        );
        Assert.Equal(
            "a record of the advice given and the decisions agreed",
            f2014.Benchmark(3).Criteria[1].Requirement!.Describe(1)
        );
        Assert.Equal(
            "destination data for each year since leaving, up to three years",
            f2014.Benchmark(3).Criteria[2].Requirement!.Describe(3)
        );
        Assert.Equal(
            "destination data for the year after leaving",
            colleges.Benchmark(3).Criteria[3].Requirement!.Describe(1)
        );
        Assert.Equal(
            "at least one personal guidance meeting with a careers adviser by the end of their programme",
            colleges.Benchmark(8).Criteria[0].Requirement!.Describe(1)
        );
        Assert.False(f2014.Benchmark(5).Criteria[0].Requirement!.RequiresQualifiedAdviser);
    }
}
