using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Careers.Gatsby;

/// <summary>
/// An area's benchmark figures across its institutions, with the definitions The Careers &amp; Enterprise Company uses
/// nationally: only fully achieved benchmarks count (0–8 per institution). Immutable.
/// </summary>
public sealed class AreaSummary
{
    private AreaSummary(
        int institutions,
        decimal average,
        decimal allEight,
        IReadOnlyList<decimal> each
    )
    {
        Institutions = institutions;
        AverageBenchmarksFullyAchieved = average;
        PercentAchievingAllEight = allEight;
        PercentFullyAchieving = each;
    }

    /// <summary>The number of institutions summarised.</summary>
    public int Institutions { get; }

    /// <summary>The mean number of benchmarks fully achieved per institution, unrounded.</summary>
    public decimal AverageBenchmarksFullyAchieved { get; }

    /// <summary>The percentage of institutions fully achieving all eight benchmarks, unrounded.</summary>
    public decimal PercentAchievingAllEight { get; }

    /// <summary>The percentage of institutions fully achieving each benchmark, Benchmark 1 first, unrounded.</summary>
    public IReadOnlyList<decimal> PercentFullyAchieving { get; }

    /// <summary>Summarises the results of an area's institutions (one result per institution).</summary>
    /// <param name="results">One result per institution.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentException">There are no results, or two results name the same institution.</exception>
    public static AreaSummary Of(IEnumerable<GatsbyResult> results)
    {
        var list = Guard.NotNull(results, nameof(results)).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException(
                "An area summary needs at least one institution's result.",
                nameof(results)
            );
        }

        var duplicates = list.Where(r => r.InstitutionId is not null)
            .GroupBy(r => r.InstitutionId, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToArray();
        if (duplicates.Length > 0)
        {
            throw new ArgumentException(
                $"Each institution is counted once; these appear more than once: {string.Join(", ", duplicates)}.",
                nameof(results)
            );
        }

        var each = Enumerable
            .Range(1, 8)
            .Select(n =>
                100m
                * list.Count(r => r.Benchmark(n).Status == BenchmarkStatus.Achieved)
                / list.Length
            )
            .ToArray();
        return new AreaSummary(
            list.Length,
            (decimal)list.Sum(r => r.BenchmarksFullyAchieved) / list.Length,
            100m * list.Count(r => r.BenchmarksFullyAchieved == 8) / list.Length,
            Array.AsReadOnly(each)
        );
    }

    /// <summary>
    /// Sets the area's figures beside national ones: for each published national figure, the area's minus the
    /// nation's (positive = the area does better).
    /// </summary>
    /// <param name="national">The national figures.</param>
    /// <returns>The comparison in plain text, one line per figure the nation published.</returns>
    public string CompareWith(NationalBenchmarkFigures national)
    {
        Guard.NotNull(national, nameof(national));
        var text = new StringBuilder();
        text.Append(
            FormattableString.Invariant(
                $"Compared with England in {national.Year} ({national.Citation}):\n"
            )
        );
        if (national.AverageBenchmarksFullyAchieved is { } average)
        {
            text.Append(
                FormattableString.Invariant(
                    $"- average benchmarks fully achieved: {Round(AverageBenchmarksFullyAchieved, 2)} here, {(national.AverageIsApproximate ? "about " : "")}{average} nationally ({Signed(AverageBenchmarksFullyAchieved - average, 2)})\n"
                )
            );
        }

        if (national.PercentAchievingAllEight is { } allEight)
        {
            text.Append(
                FormattableString.Invariant(
                    $"- achieving all eight: {Round(PercentAchievingAllEight, 1)}% here, {(national.AllEightIsApproximate ? "about " : "")}{allEight}% nationally ({Signed(PercentAchievingAllEight - allEight, 1)} points)\n"
                )
            );
        }

        if (national.PercentFullyAchieving is { } each)
        {
            for (var i = 0; i < 8; i++)
            {
                text.Append(
                    FormattableString.Invariant(
                        $"- B{i + 1} fully achieved: {Round(PercentFullyAchieving[i], 1)}% here, {each[i]}% nationally ({Signed(PercentFullyAchieving[i] - each[i], 1)} points)\n"
                    )
                );
            }
        }

        return text.ToString();
    }

    private static decimal Round(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    private static string Signed(decimal value, int decimals)
    {
        var rounded = Round(value, decimals);
        return (rounded > 0 ? "+" : "")
            + rounded.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
