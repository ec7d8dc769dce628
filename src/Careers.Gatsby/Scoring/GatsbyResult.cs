using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime;

namespace Careers.Gatsby;

/// <summary>
/// An institution's score against a framework: every benchmark and criterion, the number of benchmarks fully
/// achieved, and the provenance (framework and version, policy and version, as-at date) that explains it later.
/// Immutable. <see cref="GatsbyJson"/> writes it as JSON in a documented, stable shape.
/// </summary>
public sealed class GatsbyResult
{
    internal GatsbyResult(
        GatsbyFramework framework,
        GatsbyPolicy policy,
        LocalDate asAt,
        string? institutionId,
        IReadOnlyList<BenchmarkResult> benchmarks
    )
    {
        Framework = framework;
        Provenance = new Provenance(framework.Id, framework.Version, asAt);
        PolicyId = policy.Id;
        PolicyVersion = policy.Version;
        InstitutionId = institutionId;
        Benchmarks = benchmarks;
        BenchmarksFullyAchieved = benchmarks.Count(b => b.Status == BenchmarkStatus.Achieved);
    }

    /// <summary>The framework scored against.</summary>
    public GatsbyFramework Framework { get; }

    /// <summary>The framework's id and version and the as-at date.</summary>
    public Provenance Provenance { get; }

    /// <summary>The id of the <see cref="GatsbyPolicy"/> used.</summary>
    public string PolicyId { get; }

    /// <summary>The version of the <see cref="GatsbyPolicy"/> used.</summary>
    public string PolicyVersion { get; }

    /// <summary>The institution scored, when given.</summary>
    public string? InstitutionId { get; }

    /// <summary>The eight benchmarks, Benchmark 1 first.</summary>
    public IReadOnlyList<BenchmarkResult> Benchmarks { get; }

    /// <summary>The number of benchmarks fully achieved (0–8): the figure national statistics report.</summary>
    public int BenchmarksFullyAchieved { get; }

    /// <summary>A benchmark's result by number.</summary>
    /// <param name="number">1–8.</param>
    /// <returns>The benchmark's result.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1–8.</exception>
    public BenchmarkResult Benchmark(int number) =>
        number is >= 1 and <= 8
            ? Benchmarks[number - 1]
            : throw new ArgumentOutOfRangeException(
                nameof(number),
                number,
                "The benchmarks are numbered 1 to 8."
            );

    /// <summary>The result explained in plain text: each benchmark's status and, for each criterion not met, why.</summary>
    /// <returns>Several lines of text.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append(
                FormattableString.Invariant(
                    $"{Framework.Title} ({Provenance.RuleSetId}@{Provenance.RuleSetVersion}, policy {PolicyId}@{PolicyVersion}), as at {Provenance.AsAt:yyyy-MM-dd}"
                )
            )
            .Append(InstitutionId is null ? "" : ", institution " + InstitutionId)
            .Append(
                FormattableString.Invariant(
                    $": {BenchmarksFullyAchieved} of 8 benchmarks fully achieved."
                )
            )
            .Append('\n');
        foreach (var benchmark in Benchmarks)
        {
            text.Append(
                    FormattableString.Invariant(
                        $"B{benchmark.Benchmark.Number} {benchmark.Benchmark.Title}: {Describe(benchmark.Status)}, {benchmark.CriteriaMet} of {benchmark.CriteriaApplicable} criteria met ({GatsbyFormat.Percent(benchmark.Percentage)})."
                    )
                )
                .Append('\n');
            foreach (
                var criterion in benchmark.Criteria.Where(c => c.Status != CriterionStatus.Met)
            )
            {
                text.Append("  ")
                    .Append(criterion.Criterion.Id)
                    .Append(": ")
                    .Append(criterion.Explanation)
                    .Append('\n');
                foreach (
                    var group in criterion.Coverage.Where(g => g.IsAssessed && g.Lacking.Count > 0)
                )
                {
                    text.Append("    ").Append(group.Explanation).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static string Describe(BenchmarkStatus status) =>
        status switch
        {
            BenchmarkStatus.Achieved => "achieved",
            BenchmarkStatus.InProgress => "in progress",
            BenchmarkStatus.NotStarted => "not started",
            _ => "not applicable",
        };
}

/// <summary>Number formats shared by explanations: percentages to one decimal place, half away from zero (DfE's rounding).</summary>
internal static class GatsbyFormat
{
    public static string Percent(decimal percentage) =>
        Math.Round(percentage, 1, MidpointRounding.AwayFromZero)
            .ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Share(decimal share) => Percent(share * 100m);
}
