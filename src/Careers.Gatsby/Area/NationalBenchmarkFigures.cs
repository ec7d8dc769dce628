using System;
using System.Collections.Generic;

namespace Careers.Gatsby;

/// <summary>
/// Published national figures for the Gatsby Benchmarks in England, from The Careers &amp; Enterprise Company's
/// Compass data, as data with their year and source, to set an area's figures beside (docs/articles/domain.md §3). Figures the
/// publisher gives only roughly ("about a quarter") are flagged <see cref="AverageIsApproximate"/> and <see cref="AllEightIsApproximate"/>.
/// </summary>
public sealed class NationalBenchmarkFigures
{
    private const string Source =
        "The Careers & Enterprise Company, national Compass benchmark results";

    private NationalBenchmarkFigures(
        AcademicYear year,
        decimal? averageBenchmarksFullyAchieved,
        decimal? percentAchievingAllEight,
        IReadOnlyList<decimal>? percentFullyAchieving,
        bool averageIsApproximate = false,
        bool allEightIsApproximate = false
    )
    {
        Year = year;
        AverageBenchmarksFullyAchieved = averageBenchmarksFullyAchieved;
        PercentAchievingAllEight = percentAchievingAllEight;
        PercentFullyAchieving = percentFullyAchieving;
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

    /// <summary>Whether the publisher gave the average only roughly ("about 5.8").</summary>
    public bool AverageIsApproximate { get; }

    /// <summary>Whether the publisher gave the share achieving all eight only roughly ("about a quarter").</summary>
    public bool AllEightIsApproximate { get; }

    /// <summary>Where the figures come from.</summary>
    public string Citation => Source + ", " + Year;

    /// <summary>
    /// The published national figures, oldest first: average benchmarks fully achieved 1.34 (2014/15 baseline),
    /// 1.87 (2016/17), 2.13 (2017/18), 5.5 with 19.1% achieving all eight (2022/23), about 5.8 (2023/24), 5.96 with
    /// about a quarter achieving all eight (2024/25); and the share fully achieving each benchmark in 2018/19:
    /// 21, 45, 20, 38, 52, 47, 21, 57%.
    /// </summary>
    public static IReadOnlyList<NationalBenchmarkFigures> Published { get; } =
        Array.AsReadOnly(
            new[]
            {
                new NationalBenchmarkFigures(new AcademicYear(2014), 1.34m, null, null),
                new NationalBenchmarkFigures(new AcademicYear(2016), 1.87m, null, null),
                new NationalBenchmarkFigures(new AcademicYear(2017), 2.13m, null, null),
                new NationalBenchmarkFigures(
                    new AcademicYear(2018),
                    null,
                    null,
                    Array.AsReadOnly(new[] { 21m, 45m, 20m, 38m, 52m, 47m, 21m, 57m })
                ),
                new NationalBenchmarkFigures(new AcademicYear(2022), 5.5m, 19.1m, null),
                new NationalBenchmarkFigures(
                    new AcademicYear(2023),
                    5.8m,
                    null,
                    null,
                    averageIsApproximate: true
                ),
                new NationalBenchmarkFigures(
                    new AcademicYear(2024),
                    5.96m,
                    25m,
                    null,
                    allEightIsApproximate: true
                ),
            }
        );

    /// <summary>The figures for a year, if published.</summary>
    /// <param name="year">The academic year.</param>
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
