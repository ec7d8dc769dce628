using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Careers.Gatsby.Tests;

public class JsonAndAreaTests
{
    private static GatsbyResult SmallSchool()
    {
        var school = new Scenario();
        var a = school.Learner("a", YearGroup.Year11);
        school.Learner("b", YearGroup.Year11);
        school.AdviceRecords.Add(a.Id);
        school.Attend(school.Activity(ActivityKind.EmployerTalk, new LocalDate(2024, 10, 1)), a);
        var answers = GatsbyFramework
            .Edition2014Schools.Criteria.Where(c => c.Evidence == CriterionEvidence.Declared)
            .ToDictionary(c => c.Id, c => c.Benchmark != 4);
        return GatsbyEvaluator
            .Default.Assess(
                GatsbyFramework.Edition2014Schools,
                answers,
                school.Record(),
                school.Benchmarks(),
                Scenario.AsAt,
                "school-1"
            )
            .GetResultOrThrow();
    }

    [Fact]
    public void Json_HasTheDocumentedStableShape()
    {
        var json =
            GatsbyJson.Serialize(SmallSchool(), indented: true).ReplaceLineEndings("\n") + "\n";
        var approved = Path.Combine(
            RepoRoot(),
            "tests",
            "Careers.Gatsby.Tests",
            "approved",
            "small-school.approved.json"
        );

        // The shape is a promise to consumers: a change fails here until the approved file is updated on purpose.
        if (Environment.GetEnvironmentVariable("CAREERS_ACCEPT_API") == "1")
        {
            File.WriteAllText(approved, json);
        }

        Assert.True(
            File.Exists(approved),
            $"{approved} is missing; run the tests with CAREERS_ACCEPT_API=1 to create it."
        );
        Assert.Equal(File.ReadAllText(approved).ReplaceLineEndings("\n"), json);
    }

    [Fact]
    public void Json_IsValidJson_WithTheTopLevelFields()
    {
        using var document = JsonDocument.Parse(GatsbyJson.Serialize(SmallSchool()));
        var root = document.RootElement;

        Assert.Equal(
            "gatsby.2014.schools",
            root.GetProperty("framework").GetProperty("id").GetString()
        );
        Assert.Equal("2025-03-01", root.GetProperty("asAt").GetString());
        Assert.Equal(8, root.GetProperty("benchmarks").GetArrayLength());
        Assert.Equal(
            "notStarted",
            root.GetProperty("benchmarks")[3].GetProperty("status").GetString()
        );
        Assert.Equal(
            JsonValueKind.Null,
            JsonDocument
                .Parse(
                    GatsbyJson.Serialize(
                        GatsbyEvaluator
                            .Default.SelfAssess(
                                GatsbyFramework.Edition2024Colleges,
                                new Dictionary<string, bool>(),
                                Scenario.AsAt
                            )
                            .GetResultOrThrow()
                    )
                )
                .RootElement.GetProperty("institutionId")
                .ValueKind
        );
    }

    [Fact]
    public void AreaSummary_UsesTheNationalDefinitions()
    {
        var framework = GatsbyFramework.Edition2014Schools;
        GatsbyResult School(string id, int achieved) =>
            GatsbyEvaluator
                .Default.SelfAssess(
                    framework,
                    framework.Criteria.ToDictionary(c => c.Id, c => c.Benchmark <= achieved),
                    Scenario.AsAt,
                    id
                )
                .GetResultOrThrow();

        var area = AreaSummary.Of([School("a", 8), School("b", 5), School("c", 2), School("d", 1)]);

        Assert.Equal(4, area.Institutions);
        Assert.Equal(4m, area.AverageBenchmarksFullyAchieved);
        Assert.Equal(25m, area.PercentAchievingAllEight);
        Assert.Equal([100m, 75m, 50m, 50m, 50m, 25m, 25m, 25m], area.PercentFullyAchieving);

        Assert.True(NationalBenchmarkFigures.TryGet(new AcademicYear(2022), out var national));
        var text = area.CompareWith(national);
        Assert.Contains(
            "- average benchmarks fully achieved: 4 here, 5.5 nationally (-1.5)\n",
            text,
            StringComparison.Ordinal
        );
        Assert.StartsWith(
            "Compared with England in 2022/23 (The Careers & Enterprise Company, Insight briefing: Gatsby Benchmark results 2022/23):\n",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "- achieving all eight: 25% here, 19.1% nationally (+5.9 points)\n",
            text,
            StringComparison.Ordinal
        );

        Assert.True(NationalBenchmarkFigures.TryGet(new AcademicYear(2018), out var perBenchmark));
        Assert.Contains(
            "- B1 fully achieved: 100% here, 21% nationally (+79 points)\n",
            area.CompareWith(perBenchmark),
            StringComparison.Ordinal
        );
        Assert.True(NationalBenchmarkFigures.TryGet(new AcademicYear(2024), out var approximate));
        Assert.Contains(
            "here, 5.96 nationally",
            area.CompareWith(approximate),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "here, about 25% nationally",
            area.CompareWith(approximate),
            StringComparison.Ordinal
        );
        Assert.True(NationalBenchmarkFigures.TryGet(new AcademicYear(2023), out var year2023));
        Assert.Contains(
            "here, 5.83 nationally",
            area.CompareWith(year2023),
            StringComparison.Ordinal
        );
        Assert.False(NationalBenchmarkFigures.TryGet(new AcademicYear(2015), out _));
    }

    [Fact]
    public void NationalFigures_AreThePublishedOnes()
    {
        Assert.Equal(
            [
                (2014, 1.34m),
                (2016, 1.87m),
                (2017, 2.13m),
                (2022, 5.5m),
                (2023, 5.83m),
                (2024, 5.96m),
            ],
            NationalBenchmarkFigures
                .Published.Where(f => f.AverageBenchmarksFullyAchieved is not null)
                .Select(f => (f.Year.StartYear, f.AverageBenchmarksFullyAchieved!.Value))
        );
        Assert.Equal(
            [21m, 45m, 20m, 38m, 52m, 47m, 21m, 57m],
            NationalBenchmarkFigures
                .Published.Single(f => f.Year.StartYear == 2018)
                .PercentFullyAchieving!
        );
        Assert.Equal(
            19.1m,
            NationalBenchmarkFigures
                .Published.Single(f => f.Year.StartYear == 2022)
                .PercentAchievingAllEight
        );
    }

    [Fact]
    public void NationalFigures_2023And2024_CarryTheirInstitutionsAndSources()
    {
        // The Careers & Enterprise Company: 5.83 benchmarks fully achieved on average in 2023/24 over 4,751 schools
        // and colleges; 5.96 in 2024/25 over 4,863 ("Insight briefing - Gatsby Benchmark results for 2024/25",
        // https://www.careersandenterprise.co.uk/evidence-and-reports/insight-briefing-gatsby-benchmark-results-for-202425).
        var figures = NationalBenchmarkFigures.Published.ToDictionary(f => f.Year.StartYear);

        Assert.Equal(
            (5.83m, (int?)4751, false),
            (
                figures[2023].AverageBenchmarksFullyAchieved!.Value,
                figures[2023].Institutions,
                figures[2023].AverageIsApproximate
            )
        );
        Assert.Equal(
            (5.96m, (int?)4863, false, true),
            (
                figures[2024].AverageBenchmarksFullyAchieved!.Value,
                figures[2024].Institutions,
                figures[2024].AverageIsApproximate,
                figures[2024].AllEightIsApproximate
            )
        );
        Assert.Equal(4534, figures[2022].Institutions);
        Assert.Null(figures[2017].Institutions);
        Assert.Equal(
            "The Careers & Enterprise Company, Insight briefing: Gatsby Benchmark results for 2024/25 (22 September 2025)",
            figures[2024].Citation
        );
        Assert.All(
            figures.Values,
            f =>
                Assert.StartsWith(
                    "The Careers & Enterprise Company, ",
                    f.Citation,
                    StringComparison.Ordinal
                )
        );
        Assert.Equal(
            figures.Count,
            figures.Values.Select(f => f.Citation).Distinct(StringComparer.Ordinal).Count()
        );
    }

    [Fact]
    public void AreaSummary_RejectsNoResultsAndDuplicateInstitutions()
    {
        var result = SmallSchool();

        Assert.Throws<ArgumentException>(() => AreaSummary.Of([]));
        var exception = Assert.Throws<ArgumentException>(() => AreaSummary.Of([result, result]));
        Assert.Contains("school-1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCareersGatsby_RegistersAScorerWithTheConfiguredPolicy_Once()
    {
        var policy = GatsbyPolicy.Default with { Id = "derby", CoverageThreshold = 0.9m };
        var services = new ServiceCollection();

        services.AddCareersGatsby(o => o.Policy = policy).AddCareersGatsby();

        var provider = services.BuildServiceProvider();
        Assert.Same(policy, provider.GetRequiredService<GatsbyEvaluator>().Policy);
        Assert.Single(services, d => d.ServiceType == typeof(GatsbyEvaluator));
        Assert.NotNull(provider.GetRequiredService<IClock>());
        Assert.Throws<ArgumentException>(() =>
            new ServiceCollection().AddCareersGatsby(o => o.Policy = null!)
        );
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddCareersGatsby());
    }

    [Fact]
    public void Policy_RejectsNonsense()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            GatsbyPolicy.Default with
            {
                CoverageThreshold = 0m,
            }
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            GatsbyPolicy.Default with
            {
                CoverageThreshold = 1.01m,
            }
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            GatsbyPolicy.Default with
            {
                MinimumAdviserQualificationLevel = 9,
            }
        );
        Assert.Throws<ArgumentException>(() => GatsbyPolicy.Default with { Id = " " });
        Assert.Throws<ArgumentException>(() =>
            GatsbyPolicy.Default with
            {
                MinimumCounts = new Dictionary<string, int> { ["x"] = 0 },
            }
        );
        Assert.Throws<ArgumentNullException>(() =>
            GatsbyPolicy.Default with
            {
                AgeMilestones = null!,
            }
        );
        Assert.Throws<ArgumentException>(() =>
            GatsbyPolicy.Default.MinimumCountFor(
                GatsbyFramework.Edition2014Schools.Benchmark(1).Criteria[0]
            )
        );
        Assert.Equal(1m, GatsbyPolicy.Default.CoverageThreshold);
        Assert.Equal(6, GatsbyPolicy.Default.MinimumAdviserQualificationLevel);
    }

    [Theory]
    [InlineData(0, CoverageBand.None)]
    [InlineData(0.01, CoverageBand.AFew)]
    [InlineData(0.25, CoverageBand.AFew)]
    [InlineData(0.2501, CoverageBand.Some)]
    [InlineData(0.5, CoverageBand.Some)]
    [InlineData(0.5001, CoverageBand.Most)]
    [InlineData(0.9, CoverageBand.Most)]
    [InlineData(0.9001, CoverageBand.AlmostAll)]
    [InlineData(0.9999, CoverageBand.AlmostAll)]
    [InlineData(1, CoverageBand.All)]
    public void CoverageBands_FollowTheDocumentedBoundaries(double share, CoverageBand band)
    {
        Assert.Equal(band, CoverageBands.Of((decimal)share));
    }

    [Fact]
    public void CoverageBands_RejectSharesOutsideZeroToOne()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CoverageBands.Of(-0.01m));
        Assert.Throws<ArgumentOutOfRangeException>(() => CoverageBands.Of(1.01m));
    }

    private static string RepoRoot() =>
        typeof(JsonAndAreaTests)
            .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepoRoot")
            .Value!;
}
