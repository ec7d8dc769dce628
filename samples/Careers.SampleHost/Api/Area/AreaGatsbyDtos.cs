using System.Collections.Generic;
using System.Linq;
using Careers.Gatsby;
using Careers.SampleHost.Analytics;

namespace Careers.SampleHost.Api;

/// <summary>One benchmark of an institution.</summary>
internal sealed record BenchmarkDto(int Number, string Name, string Status, decimal Percentage);

/// <summary>An institution's benchmark results.</summary>
internal sealed record InstitutionGatsbyDto(
    string Id,
    string Name,
    string Type,
    string Framework,
    string Provenance,
    int BenchmarksFullyAchieved,
    IReadOnlyList<BenchmarkDto> Benchmarks
);

/// <summary>The area's figures, counted as nationally: only fully achieved benchmarks.</summary>
internal sealed record AreaSummaryDto(
    int Institutions,
    decimal AverageBenchmarksFullyAchieved,
    decimal PercentAchievingAllEight,
    IReadOnlyList<decimal> PercentFullyAchieving
);

/// <summary>One published national figure, with its year and source.</summary>
internal sealed record NationalFigureDto(
    string Year,
    bool Approximate,
    string Citation,
    decimal? Value,
    IReadOnlyList<decimal>? Values
);

/// <summary>The national figures beside the area's (the latest published of each up to the as-at year).</summary>
internal sealed record NationalDto(
    NationalFigureDto? AverageBenchmarksFullyAchieved,
    NationalFigureDto? PercentAchievingAllEight,
    NationalFigureDto? PercentFullyAchieving
);

/// <summary>The area's Gatsby Benchmark results.</summary>
internal sealed record AreaGatsbyDto(
    string AsAt,
    IReadOnlyList<InstitutionGatsbyDto> Institutions,
    AreaSummaryDto Area,
    NationalDto National,
    IReadOnlyList<string> Comparison,
    bool Synthetic,
    IReadOnlyList<ExcludedInstitutionDto> Excluded
)
{
    public static AreaGatsbyDto From(AreaGatsby g)
    {
        var n = g.National;
        return new(
            Text.Date(g.AsAt),
            g.Institutions.Select(i => new InstitutionGatsbyDto(
                    i.Institution.Id,
                    i.Institution.Name,
                    ((InstitutionType)i.Institution.Type).ToString(),
                    i.Result.Framework.Id,
                    i.Result.Provenance.ToString(),
                    i.Result.BenchmarksFullyAchieved,
                    i.Result.Benchmarks.Select(b => new BenchmarkDto(
                            b.Benchmark.Number,
                            b.Benchmark.Title,
                            b.Status.ToString(),
                            b.Percentage
                        ))
                        .ToArray()
                ))
                .ToArray(),
            new AreaSummaryDto(
                g.Summary.Institutions,
                g.Summary.AverageBenchmarksFullyAchieved,
                g.Summary.PercentAchievingAllEight,
                g.Summary.PercentFullyAchieving
            ),
            new NationalDto(
                n.Average is { } a
                    ? new(
                        a.Year.ToString(),
                        a.AverageIsApproximate,
                        a.Citation,
                        a.AverageBenchmarksFullyAchieved,
                        null
                    )
                    : null,
                n.AllEight is { } e
                    ? new(
                        e.Year.ToString(),
                        e.AllEightIsApproximate,
                        e.Citation,
                        e.PercentAchievingAllEight,
                        null
                    )
                    : null,
                n.EachBenchmark is { } b
                    ? new(b.Year.ToString(), false, b.Citation, null, b.PercentFullyAchieving)
                    : null
            ),
            new[] { n.Average, n.AllEight, n.EachBenchmark }
                .OfType<NationalBenchmarkFigures>()
                .Distinct()
                .Select(g.Summary.CompareWith)
                .ToArray(),
            true,
            ExcludedInstitutionDto.From(g.Excluded)
        );
    }
}
