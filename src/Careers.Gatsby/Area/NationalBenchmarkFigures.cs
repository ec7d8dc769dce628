using System;
using System.Collections.Generic;

namespace Careers.Gatsby;

/// <summary>
/// Published national figures for the Gatsby Benchmarks in England, from The Careers &amp; Enterprise Company's
/// Compass data, as data with their year, the number of institutions behind them where published, and their source, to
/// set an area's figures beside (docs/articles/domain.md §3). Figures the publisher gives only roughly ("about a
/// quarter") are flagged <see cref="AverageIsApproximate"/> and <see cref="AllEightIsApproximate"/>.
/// </summary>
public sealed class NationalBenchmarkFigures
{
    private const string Publisher = "The Careers & Enterprise Company";

    private NationalBenchmarkFigures(
        AcademicYear year,
        string citation,
        decimal? averageBenchmarksFullyAchieved,
        decimal? percentAchievingAllEight = null,
        IReadOnlyList<decimal>? percentFullyAchieving = null,
        int? institutions = null,
        bool averageIsApproximate = false,
        bool allEightIsApproximate = false
    )
    {
        Year = year;
        Citation = citation;
        AverageBenchmarksFullyAchieved = averageBenchmarksFullyAchieved;
        PercentAchievingAllEight = percentAchievingAllEight;
        PercentFullyAchieving = percentFullyAchieving;
        Institutions = institutions;
        AverageIsApproximate = averageIsApproximate;
        AllEightIsApproximate = allEightIsApproximate;
    }

    /// <summary>The academic year the figures describe.</summary>
    public AcademicYear Year { get; }

    /// <summary>The average number of benchmarks fully achieved per institution, when published.</summary>
    public decimal? AverageBenchmarksFullyAchieved { get; }

    /// <summary>The percentage of institutions fully achieving all eight benchmarks, when published.</summary>
    public decimal? PercentAchievingAllEight { get; }

    /// <summary>The percentage of institutions fully achieving each benchmark, Benchmark 1 first, when published.</summary>
    public IReadOnlyList<decimal>? PercentFullyAchieving { get; }

    /// <summary>
    /// The number of schools and colleges whose Compass returns the figures describe, when published: 4,534 in 2022/23,
    /// 4,751 in 2023/24, 4,863 in 2024/25.
    /// </summary>
    public int? Institutions { get; }

    /// <summary>Whether the publisher gave the average only roughly ("about 5.8").</summary>
    public bool AverageIsApproximate { get; }

    /// <summary>Whether the publisher gave the share achieving all eight only roughly ("about a quarter").</summary>
    public bool AllEightIsApproximate { get; }

    /// <summary>Where the figures come from: the publisher and the publication, for example <c>The Careers &amp; Enterprise Company, Insight briefing: Gatsby Benchmark results for 2024/25 (22 September 2025)</c>.</summary>
    public string Citation { get; }

    /// <summary>
    /// The published national figures, oldest first: average benchmarks fully achieved 1.34 (2014/15 baseline),
    /// 1.87 (2016/17), 2.13 (2017/18), 5.5 with 19.1% achieving all eight (2022/23, 4,534 institutions), 5.83
    /// (2023/24, 4,751 institutions), 5.96 with about a quarter achieving all eight (2024/25, 4,863 institutions); and
    /// the share fully achieving each benchmark in 2018/19: 21, 45, 20, 38, 52, 47, 21, 57%. Each carries its
    /// <see cref="Citation"/>.
    /// </summary>
    public static IReadOnlyList<NationalBenchmarkFigures> Published { get; } =
        Array.AsReadOnly(
            new[]
            {
                // The 2014 baseline, as State of the Nation 2018 compares it.
                new NationalBenchmarkFigures(
                    new AcademicYear(2014),
                    Publisher + ", State of the Nation 2018 (the 2014 baseline)",
                    1.34m
                ),
                new NationalBenchmarkFigures(
                    new AcademicYear(2016),
                    Publisher + ", State of the Nation 2017",
                    1.87m
                ),
                new NationalBenchmarkFigures(
                    new AcademicYear(2017),
                    Publisher + ", State of the Nation 2018",
                    2.13m
                ),
                new NationalBenchmarkFigures(
                    new AcademicYear(2018),
                    Publisher + ", State of the Nation 2019",
                    null,
                    percentFullyAchieving: Array.AsReadOnly(
                        new[] { 21m, 45m, 20m, 38m, 52m, 47m, 21m, 57m }
                    )
                ),
                // careersandenterprise.co.uk, "Insight briefing - Gatsby Benchmark results 2022 / 2023"; the average in
                // Now & Next (March 2024).
                new NationalBenchmarkFigures(
                    new AcademicYear(2022),
                    Publisher + ", Insight briefing: Gatsby Benchmark results 2022/23",
                    5.5m,
                    19.1m,
                    institutions: 4534
                ),
                new NationalBenchmarkFigures(
                    new AcademicYear(2023),
                    Publisher + ", Gatsby Benchmark results 2023/24",
                    5.83m,
                    institutions: 4751
                ),
                // careersandenterprise.co.uk/evidence-and-reports/insight-briefing-gatsby-benchmark-results-for-202425:
                // 4,863 institutions, an average of 5.96 "from 5.83 last year", "a quarter" achieving all eight.
                new NationalBenchmarkFigures(
                    new AcademicYear(2024),
                    Publisher
                        + ", Insight briefing: Gatsby Benchmark results for 2024/25 (22 September 2025)",
                    5.96m,
                    25m,
                    institutions: 4863,
                    allEightIsApproximate: true
                ),
            }
        );

    /// <summary>The figures for a year, if published.</summary>
    /// <param name="year">Any academic year; figures exist for a few years from 2014/15.</param>
    /// <param name="figures">The figures, when published.</param>
    /// <returns>Whether figures for that year are published.</returns>
    public static bool TryGet(AcademicYear year, out NationalBenchmarkFigures figures)
    {
        foreach (var candidate in Published)
        {
            if (candidate.Year == year)
            {
                figures = candidate;
                return true;
            }
        }

        figures = null!;
        return false;
    }
}
