using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Claims;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Careers.Encounters;
using Careers.Funding;
using Careers.Kpi;
using Careers.SampleHost.Analytics;
using Careers.SampleHost.Api;
using Careers.SampleHost.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;
using static Careers.SampleHost.Dashboard.Svg;

namespace Careers.SampleHost.Dashboard;

/// <summary>
/// The dashboard: server-rendered HTML pages for the area (<c>/</c>) and for each institution
/// (<c>/institutions/{id}/dashboard</c>), their charts drawn as inline SVG by the host. Every figure comes from
/// <see cref="AreaAnalytics"/>.
/// </summary>
internal static class DashboardPages
{
    private const string Blue = "#1d70b8";
    private const string Grey = "#505a5f";
    private const string Orange = "#f47738";
    private const string Purple = "#4c2c92";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", AreaPage).ExcludeFromDescription().RequireAuthorization(Access.AreaFigures);
        app.MapGet("/institutions/{id}/dashboard", InstitutionPage)
            .ExcludeFromDescription()
            .RequireAuthorization(Access.InstitutionFigures);
        return app;
    }

    private static async Task<IResult> AreaPage(
        string? asAt,
        ClaimsPrincipal user,
        AreaAnalytics analytics,
        CancellationToken ct
    )
    {
        if (
            !Query.TryAsAt(
                asAt,
                await analytics.ReferenceDateAsync(ct),
                out var date,
                out var problem
            )
        )
        {
            return problem;
        }

        var gatsby = await analytics.AreaGatsbyAsync(date, null, ct);
        var entitlement = (
            await analytics.EntitlementAsync(null, date, user.SuppressionFor(), ct)
        )!;
        var trends = await analytics.KpiTrendsAsync(date, ct);
        var funding = (
            await analytics.AllocateAsync(
                DashboardScenario.Formula,
                DashboardScenario.PotPence,
                date,
                ct
            )
        ).GetResultOrThrow();

        var html = new StringBuilder();
        Header(html, "Derby-like area (synthetic): careers dashboard", date);
        html.Append(
            "<p>Everything on this page is <strong>synthetic</strong>: a generated area shaped like Derby, with no real pupil or school in it. Each chart has its figures as a table underneath.</p>"
        );

        Excluded(html, ExcludedInstitutionDto.From(gatsby.Excluded));
        html.Append("<section><h2>Gatsby Benchmarks</h2>");
        var national = gatsby.National;
        var each = national.EachBenchmark?.PercentFullyAchieving;
        var benchmarks = Enumerable.Range(1, 8).Select(n => "B" + n).ToArray();
        html.Append(
            Bars(
                "benchmarks-area",
                "Institutions fully achieving each benchmark: the area against England",
                $"Share of the area's {gatsby.Summary.Institutions} secondary schools and college fully achieving each benchmark from the activity record as at {Text.Date(date)}, beside the latest national shares published for each benchmark ({national.EachBenchmark?.Citation ?? "none published"}).",
                [
                    new Series(
                        "Area",
                        Blue,
                        benchmarks
                            .Select(
                                (b, i) =>
                                    new Datum(b, (double)gatsby.Summary.PercentFullyAchieving[i])
                            )
                            .ToArray()
                    ),
                    new Series(
                        "England",
                        Grey,
                        benchmarks
                            .Select((b, i) => new Datum(b, each is null ? null : (double)each[i]))
                            .ToArray()
                    ),
                ],
                100,
                "%"
            )
        );
        html.Append(
            Bars(
                "benchmarks-coverage",
                "Learners meeting what the record can prove, by benchmark",
                "Across the area, learners meeting the criteria that the activity record can prove (B3 records in the 2014 editions, B5, B6, B7, B8) over learners in scope; benchmarks proved only by declared answers show x.",
                [
                    new Series(
                        "Learners meeting",
                        Purple,
                        benchmarks
                            .Select(
                                (b, i) =>
                                    new Datum(
                                        b,
                                        EvidenceCoverage.Of(
                                            gatsby.Institutions.Select(x => x.Result.Benchmarks[i])
                                        )
                                    )
                            )
                            .ToArray()
                    ),
                ],
                100,
                "%"
            )
        );
        var references = new List<Reference>
        {
            new("Area average", (double)gatsby.Summary.AverageBenchmarksFullyAchieved, Orange),
        };
        if (national.Average?.AverageBenchmarksFullyAchieved is { } england)
        {
            references.Add(new($"England {national.Average.Year}", (double)england, Grey));
        }

        html.Append(
            Bars(
                "benchmarks-institutions",
                "Benchmarks fully achieved by each institution",
                "Benchmarks fully achieved (0 to 8) by each secondary school and the college, with the area's average and England's. Select a bar to open the institution's dashboard.",
                [
                    new Series(
                        "Benchmarks fully achieved",
                        Blue,
                        gatsby
                            .Institutions.Select(i => new Datum(
                                i.Institution.Name,
                                i.Result.BenchmarksFullyAchieved,
                                Link(i.Institution.Id)
                            ))
                            .ToArray()
                    ),
                ],
                8,
                "",
                references
            )
        );
        html.Append("</section>");

        Entitlement(html, entitlement);
        html.Append("<section><h2>Key performance indicators against targets</h2>");
        html.Append(
            "<p>Headline KPIs of the Derby careers strategy (Careers.Kpi) at the end of each academic year, against illustrative targets for the synthetic area; each marker is coloured by its RAG status.</p>"
        );
        foreach (var trend in trends)
        {
            html.Append(Trend(trend));
        }

        html.Append(RagList(trends));
        html.Append("</section>");

        html.Append("<section><h2>Funding against deprivation</h2>");
        html.Append(FundingScatter(funding, null));
        html.Append("</section>");

        html.Append("<section><h2>Institutions</h2><ul class=\"institutions\">");
        foreach (var i in await analytics.InstitutionsAsync(ct))
        {
            html.Append($"<li><a href=\"{E(Link(i.Id))}\">{E(i.Name)}</a></li>");
        }

        html.Append("</ul></section>");
        return Page(html);
    }

    private static async Task<IResult> InstitutionPage(
        string id,
        string? asAt,
        ClaimsPrincipal user,
        AreaAnalytics analytics,
        CancellationToken ct
    )
    {
        if (
            !Query.TryAsAt(
                asAt,
                await analytics.ReferenceDateAsync(ct),
                out var date,
                out var problem
            )
        )
        {
            return problem;
        }

        // A school sees its own page; another school's is answered as a missing one.
        var institution = user.MaySee(id) ? await analytics.InstitutionAsync(id, ct) : null;
        if (institution is null)
        {
            return Problems.NotFound("The institution");
        }

        var html = new StringBuilder();
        Header(html, institution.Name, date);
        html.Append("<p><a href=\"/\">Back to the area</a></p>");
        var scored = await analytics.InstitutionGatsbyAsync(id, date, null, ct);
        if (scored is { Success: true } evaluation)
        {
            var result = evaluation.Result;
            html.Append(
                $"<section><h2>Gatsby Benchmarks</h2><p>{E(result.Framework.Title)}: {result.BenchmarksFullyAchieved} of 8 benchmarks fully achieved from the activity record.</p>"
            );
            html.Append(
                Bars(
                    "benchmarks",
                    "Benchmark scores from the activity record",
                    "For each benchmark, the share of its criteria met (as Compass scores it) and the learners meeting the criteria the record can prove over learners in scope; x where the record proves no criterion of the benchmark.",
                    [
                        new Series(
                            "Criteria met",
                            Blue,
                            result
                                .Benchmarks.Select(b => new Datum(
                                    "B" + b.Benchmark.Number,
                                    (double)b.Percentage,
                                    Note: b.Status.ToString()
                                ))
                                .ToArray()
                        ),
                        new Series(
                            "Learners meeting",
                            Purple,
                            result
                                .Benchmarks.Select(b => new Datum(
                                    "B" + b.Benchmark.Number,
                                    EvidenceCoverage.Of([b])
                                ))
                                .ToArray()
                        ),
                    ],
                    100,
                    "%"
                )
            );
            html.Append("</section>");
        }
        else if (scored is { Success: false } refused)
        {
            html.Append(
                $"<section><h2>Gatsby Benchmarks</h2><p role=\"alert\">This institution's stored records cannot be scored ({E(string.Join(", ", refused.Problems.Select(p => p.Code).Distinct()))}): correct them, and its scores and the area's figures for it come back.</p></section>"
            );
        }
        else
        {
            html.Append(
                "<section><h2>Gatsby Benchmarks</h2><p>The benchmarks are set for secondary schools and colleges: a primary school has no benchmark scores here.</p></section>"
            );
        }

        var entitlement = (await analytics.EntitlementAsync(id, date, user.SuppressionFor(), ct))!;
        Entitlement(html, entitlement);

        var funding = (
            await analytics.AllocateAsync(
                DashboardScenario.Formula,
                DashboardScenario.PotPence,
                date,
                ct
            )
        ).GetResultOrThrow();
        var mine = funding[id];
        html.Append("<section><h2>Funding</h2>");
        html.Append(
            $"<p>{E(DashboardScenario.Formula.Name)}: {E(Pounds(mine.Pence))} of {E(Pounds(funding.PotPence))}{(mine.PerPupilPence is { } pp ? ", " + E(Pounds((long)pp)) + " per pupil" : "")}.</p>"
        );
        html.Append(
            Bars(
                "funding-factors",
                "What the formula gives this institution, factor by factor",
                "The institution's sum from each factor of the formula before scaling to the pot, in pounds.",
                [
                    new Series(
                        "Before scaling",
                        Blue,
                        mine.Factors.Select(f => new Datum(f.Label, (double)(f.Pence / 100m)))
                            .ToArray()
                    ),
                ],
                Math.Max(
                    1,
                    (double)mine.Factors.Select(f => f.Pence / 100m).DefaultIfEmpty(0).Max()
                ),
                ""
            )
        );
        html.Append(FundingScatter(funding, id));
        html.Append("</section>");
        return Page(html);
    }

    /// <summary>Who is left out of the area's figures, and why: said before any figure they are missing from.</summary>
    private static void Excluded(StringBuilder html, IReadOnlyList<ExcludedInstitutionDto> excluded)
    {
        if (excluded.Count == 0)
        {
            return;
        }

        html.Append(
            "<section><h2>Left out of the area's figures</h2><p role=\"alert\">The stored records of these institutions are refused by the rules, so the figures below are for the rest of the area:</p><ul>"
        );
        foreach (var e in excluded)
        {
            html.Append(
                $"<li>{E(e.Name)} ({E(e.InstitutionId)}): {E(string.Join(", ", e.Problems))}</li>"
            );
        }

        html.Append("</ul></section>");
    }

    private static void Entitlement(StringBuilder html, EntitlementSummaryDto view)
    {
        html.Append("<section><h2>The four-encounter entitlement</h2>");
        var overall = view.Overall;
        html.Append(
            $"<p>{E(view.Provenance)}: {overall.Met?.ToString(CultureInfo.InvariantCulture) ?? "c"} of {overall.InScope?.ToString(CultureInfo.InvariantCulture) ?? "c"} learners in scope have had four meaningful encounters ({E(Format((double?)overall.PercentMet, "%"))}).</p>"
        );
        var years = view.Breakdowns[Breakdowns.YearGroup]
            .Where(g => g.Value.InScope is > 0)
            .OrderBy(g =>
                int.Parse(
                    g.Key.Replace("Year ", "", StringComparison.Ordinal),
                    CultureInfo.InvariantCulture
                )
            )
            .ToArray();
        (string Name, string Colour, Func<StatusCountsDto, int?> Count)[] statuses =
        [
            ("Met", "#00703c", c => c.Met),
            ("On track", "#85994b", c => c.OnTrack),
            ("At risk", "#f47738", c => c.AtRisk),
            ("Not met", "#d4351c", c => c.NotMet),
        ];
        if (years.Length > 0)
        {
            html.Append(
                Stacked(
                    "entitlement-year-group",
                    "Entitlement status by year group",
                    $"Learners in scope of the entitlement in each year group as at {view.AsAt}, by status: met, on track, at risk (behind the milestone) and not met.",
                    statuses
                        .Select(s => new Series(
                            s.Name,
                            s.Colour,
                            years.Select(y => new Datum(y.Key, s.Count(y.Value))).ToArray()
                        ))
                        .ToArray()
                )
            );
        }

        var groups = new[]
        {
            Breakdowns.Disadvantage,
            Breakdowns.SenProvision,
            Breakdowns.EnglishAsAdditionalLanguage,
        }
            .Where(view.Breakdowns.ContainsKey)
            .SelectMany(d =>
                view.Breakdowns[d]
                    .Where(g => g.Value.InScope is > 0 || g.Value.Symbol == "c")
                    .Select(g => (Dimension: d, g.Key, g.Value))
            )
            .ToArray();
        if (groups.Length > 0)
        {
            html.Append(
                Bars(
                    "entitlement-characteristic",
                    "Learners met or on track, by characteristic",
                    "Share of learners in scope who have met the entitlement or are on track, for each group of disadvantage, SEN provision and English as an additional language, beside everybody.",
                    [
                        new Series(
                            "Met or on track",
                            Blue,
                            groups
                                .Select(g => new Datum(
                                    g.Key,
                                    (double?)g.Value.PercentMetOrOnTrack,
                                    Note: g.Value.Symbol == "c" ? "suppressed" : null
                                ))
                                .ToArray()
                        ),
                    ],
                    100,
                    "%",
                    overall.PercentMetOrOnTrack is { } all
                        ? [new Reference("Everybody", (double)all, Grey)]
                        : []
                )
            );
        }

        html.Append("</section>");
    }

    private static string Trend(KpiTrend trend)
    {
        var definition = trend.Definition;
        var percent = definition.Unit is KpiUnit.Percentage;
        var unit = percent ? "%" : "";
        var years = trend.Points.Select(p => p.Year.ToString()).ToArray();
        var series = new List<Series>
        {
            new(
                "Area",
                Blue,
                trend
                    .Points.Select(
                        (p, i) =>
                            new Datum(
                                years[i],
                                (double?)p.Value,
                                Note: p.Status == RagStatus.NotAssessed
                                    ? null
                                    : p.Status.ToString().ToLowerInvariant()
                            )
                    )
                    .ToArray()
            ),
        };
        if (trend.Target is not null)
        {
            series.Add(
                new(
                    "Target trajectory",
                    Grey,
                    trend
                        .Points.Select((p, i) => new Datum(years[i], (double?)p.Expected))
                        .ToArray()
                )
            );
        }

        if (definition.Id == KpiDefinitions.NeetOrNotKnown.Id)
        {
            series.Add(
                new(
                    "England",
                    Orange,
                    trend
                        .Points.Select(
                            (p, i) =>
                                new Datum(
                                    years[i],
                                    EnglandNeetOrNotKnown.TryGetValue(p.Year.EndYear, out var e)
                                        ? e
                                        : null
                                )
                        )
                        .ToArray()
                )
            );
        }

        var values = series
            .SelectMany(s => s.Data)
            .Select(d => d.Value ?? 0)
            .DefaultIfEmpty(0)
            .Max();
        var max = percent
            ? (
                definition.Better == BetterDirection.Higher
                    ? 100
                    : Math.Max(10, Math.Ceiling(values / 5) * 5)
            )
            : 8;
        var target = trend.Target is { } t
            ? FormattableString.Invariant(
                $" The target runs from {t.Baseline}{unit} on {Text.Date(t.BaselineDate)} to {t.Target}{unit} by {Text.Date(t.TargetDate)}."
            )
            : "";
        return Lines(
            "kpi-" + definition.Id,
            definition.Name,
            $"{definition.Name}, {(definition.Better == BetterDirection.Lower ? "lower" : "higher")} is better, at the end of each academic year (the last as at the date shown).{target}",
            series,
            max,
            unit
        );
    }

    private static string RagList(IReadOnlyList<KpiTrend> trends)
    {
        var html = new StringBuilder(
            "<table class=\"rag\"><caption>RAG status of each headline KPI in the latest year</caption><thead><tr><th scope=\"col\">KPI</th><th scope=\"col\">value</th><th scope=\"col\">expected on the trajectory</th><th scope=\"col\">status</th></tr></thead><tbody>"
        );
        foreach (var trend in trends)
        {
            var last = trend.Points.LastOrDefault();
            var unit = trend.Definition.Unit is KpiUnit.Percentage ? "%" : "";
            var status = last?.Status.ToString() ?? "NotAssessed";
            html.Append(
                $"<tr><th scope=\"row\">{E(trend.Definition.Name)}</th><td>{E(Format((double?)last?.Value, unit))}</td><td>{E(Format((double?)last?.Expected, unit))}</td><td class=\"rag-{E(status.ToLowerInvariant())}\">{E(status)}</td></tr>"
            );
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string FundingScatter(FundingAllocation funding, string? highlight)
    {
        var equity = EquityMeasures.Of(funding);
        var points = funding
            .Institutions.Where(i => i.Institution.TotalPupils > 0)
            .Select(i => new ScatterPoint(
                i.Institution.Name,
                100.0
                    * i.Institution.EligibleFor(PupilCharacteristic.Disadvantaged)
                    / i.Institution.TotalPupils,
                (double)(i.PerPupilPence ?? 0) / 100,
                Link(i.Id),
                i.Id == highlight
            ))
            .ToArray();
        return Scatter(
            "funding-deprivation",
            "Funding per pupil against deprivation",
            FormattableString.Invariant(
                $"{funding.Formula.Name}: {Pounds(funding.PotPence)} shared to the penny. Each point is an institution: the share of its pupils who are disadvantaged across, its allocation per pupil up. Concentration index {equity.ConcentrationIndex:0.000} (below 0: towards the more deprived); Gini {equity.Gini:0.000}."
            ),
            "pupils disadvantaged (%)",
            "funding per pupil (£)",
            points,
            x => x.ToString("0", CultureInfo.InvariantCulture) + "%",
            y => "£" + y.ToString("0.00", CultureInfo.InvariantCulture),
            y => "£" + y.ToString("#,##0", CultureInfo.InvariantCulture)
        );
    }

    /// <summary>England's 16–17 NEET or not known rate (%), by the year of the February (DfE; domain reference §8).</summary>
    private static readonly Dictionary<int, double> EnglandNeetOrNotKnown = new()
    {
        [2023] = 5.2,
        [2024] = 5.4,
        [2025] = 5.6,
    };

    private static string Link(string id) =>
        "/institutions/" + Uri.EscapeDataString(id) + "/dashboard";

    private static string Pounds(long pence) =>
        "£" + (pence / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static void Header(StringBuilder html, string title, LocalDate asAt)
    {
        html.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append($"<title>{E(title)}</title><style>{Style}</style></head><body>");
        html.Append(
            $"<header><p class=\"label\">Careers SDK sample host · synthetic data</p><h1>{E(title)}</h1><p>As at {E(Text.Date(asAt))} · <a href=\"/scalar\">API reference</a></p></header><main>"
        );
    }

    private static IResult Page(StringBuilder html) =>
        Results.Content(
            html.Append("</main></body></html>").ToString(),
            "text/html; charset=utf-8"
        );

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:0;color:#0b0c0c;background:#f3f2f1}
        header{background:#0b0c0c;color:#fff;padding:16px 32px}header a{color:#fff}
        header h1{margin:4px 0}.label{text-transform:uppercase;font-size:12px;letter-spacing:.05em;margin:0}
        main{padding:16px 32px;max-width:1600px}
        section{background:#fff;padding:8px 24px 16px;margin:16px 0;display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
        section>h2,section>p,section>table,section>ul{flex-basis:100%;margin:8px 0}
        figure.chart{margin:0;flex:1 1 560px;max-width:760px}
        figure.chart svg{width:100%;height:auto;font-family:inherit}
        figcaption{font-size:14px;color:#505a5f;margin-top:4px}
        details{font-size:13px;margin-top:4px}table{border-collapse:collapse;font-size:13px}
        th,td{border-bottom:1px solid #b1b4b6;padding:2px 8px;text-align:left}
        .rag-green{color:#00703c;font-weight:bold}.rag-amber{color:#b35c00;font-weight:bold}.rag-red{color:#d4351c;font-weight:bold}
        ul.institutions{columns:3;font-size:14px}a:focus{outline:3px solid #fd0}
        """;
}
