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
using Careers.SampleHost.Data;
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
        app.MapGet(SchoolsCsvPath, SchoolsCsv)
            .ExcludeFromDescription()
            .RequireAuthorization(Access.AreaFigures);
        // The page's script holds no data: anyone may fetch it, as they may the sign-in page.
        app.MapGet(
                DashboardScript.Path,
                () => Results.Text(DashboardScript.Text, "text/javascript; charset=utf-8")
            )
            .ExcludeFromDescription()
            .AllowAnonymous();
        return app;
    }

    /// <summary>The schools table as CSV: the same cells as the area page's table, suppression applied.</summary>
    private const string SchoolsCsvPath = "/dashboard/schools.csv";

    private static async Task<IResult> SchoolsCsv(
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
        var funding = (
            await analytics.AllocateAsync(
                DashboardScenario.Formula,
                DashboardScenario.PotPence,
                date,
                ct
            )
        ).GetResultOrThrow();
        var rows = SchoolsTable.Rows(
            await analytics.InstitutionsAsync(ct),
            gatsby,
            (await analytics.EntitlementResultAsync(null, date, ct))!,
            (await analytics.ProviderAccessAsync(null, date, ct))!,
            funding,
            user.SuppressionFor()
        );
        return Results.File(
            Encoding.UTF8.GetBytes(SchoolsTable.Csv(rows)),
            "text/csv; charset=utf-8",
            $"schools-{date:yyyy-MM-dd}.csv"
        );
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
        var learners = (await analytics.EntitlementResultAsync(null, date, ct))!;
        var access = (await analytics.ProviderAccessAsync(null, date, ct))!;
        var institutions = await analytics.InstitutionsAsync(ct);
        var rule = user.SuppressionFor();

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
                Percent
            )
        );
        html.Append(
            Bars(
                "benchmarks-coverage",
                "Learners meeting what the record can prove, by benchmark",
                "Across the area, learners meeting the criteria that the activity record can prove (B3 records in the 2014 editions, B5, B6, B7, B8) over learners in scope; benchmarks proved only by declared answers are not measured from the record (hatched).",
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
                Percent
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
                Whole,
                references
            )
        );
        html.Append("</section>");

        Entitlement(html, entitlement);
        Equity(html, EquityGaps.Of(learners, rule));
        AreaProviderAccess(html, access);
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
        html.Append(
            "<section data-section=\"schools\"><h2>Schools</h2><p>Every institution with its benchmarks, entitlement, provider access duty to each cohort and funding per pupil. Type in the box to find a school, select a heading to sort; <strong>c</strong> marks a figure suppressed to protect children, <strong>z</strong> one that does not apply, <strong>x</strong> one that cannot be worked out from the records.</p>"
        );
        html.Append(
            SchoolsTable.Html(
                SchoolsTable.Rows(institutions, gatsby, learners, access, funding, rule),
                SchoolsCsvPath
                    + "?asAt="
                    + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            )
        );
        html.Append("</section>");

        return Page(html);
    }

    private static async Task<IResult> InstitutionPage(
        string id,
        string? asAt,
        ClaimsPrincipal user,
        AreaAnalytics analytics,
        LearnerAudit audit,
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
                    "For each benchmark, the share of its criteria met (as Compass scores it) and the learners meeting the criteria the record can prove over learners in scope; not measured (hatched) where the record proves no criterion of the benchmark.",
                    [
                        new Series(
                            "Criteria met",
                            Blue,
                            result
                                .Benchmarks.Select(b => new Datum(
                                    "B" + b.Benchmark.Number,
                                    (double)b.Percentage,
                                    Note: Labels.Of(b.Status)
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
                    Percent
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
            $"<p>{E(DashboardScenario.Formula.Name)}: {E(PoundsText(mine.Pence))} of {E(PoundsText(funding.PotPence))}{(mine.PerPupilPence is { } pp ? ", " + E(PoundsText(pp)) + " per pupil" : "")}.</p>"
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
                Svg.Pounds
            )
        );
        html.Append(FundingScatter(funding, id));
        html.Append("</section>");

        var access = (await analytics.ProviderAccessAsync(id, date, ct))?.GetValueOrDefault(id);
        // Who was missed is learner-level: only the school's own key sees it; the read is audited as the API's is.
        var school = user.School() == id;
        if (school && access is { Success: true })
        {
            await audit.RecordAsync(user, "provider-access.read", id, null, ct);
        }

        InstitutionProviderAccess(
            html,
            access,
            school ? null : user.SuppressionFor() ?? SuppressionRule.Pupils
        );
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
            $"<p>{E(view.Provenance)}: {overall.Met?.ToString("#,##0", CultureInfo.InvariantCulture) ?? "c"} of {overall.InScope?.ToString("#,##0", CultureInfo.InvariantCulture) ?? "c"} learners in scope have had four meaningful encounters ({E(overall.PercentMet is { } pm ? PercentText(pm) : "c")}).</p>"
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
                                    Note: g.Value.Symbol == "c" ? "suppressed" : null,
                                    Symbol: g.Value.Symbol == "c" ? GssSymbol.Suppressed : null
                                ))
                                .ToArray()
                        ),
                    ],
                    100,
                    Percent,
                    overall.PercentMetOrOnTrack is { } all
                        ? [new Reference("Everybody", (double)all, Grey)]
                        : []
                )
            );
        }

        html.Append("</section>");
    }

    /// <summary>
    /// Equity: for each measure, each group's gap to the rest of the learners in scope with its 95% Newcombe
    /// interval as an error bar and a plain verdict, and the same figures as a table underneath.
    /// </summary>
    private static void Equity(StringBuilder html, IReadOnlyList<EquityGap> gaps)
    {
        html.Append(
            "<section data-section=\"equity\"><h2>Equity: gaps between groups</h2><p>For each group of learners, the gap between the share of the group meeting the measure and the share of everybody else in scope, in percentage points, with its 95% confidence interval (Newcombe's method, Careers.Kpi). A gap is <strong>significant</strong> only when its interval leaves out 0; a gap whose interval crosses the line at 0 may be chance. <strong>c</strong>: suppressed, the group or the rest too small to show.</p>"
        );
        foreach (var measure in gaps.Select(g => g.Measure).Distinct(StringComparer.Ordinal))
        {
            var rows = gaps.Where(g => g.Measure == measure)
                .Select(g => new GapRow(
                    $"{Labels.Breakdown(g.Breakdown)}: {g.Group}",
                    g.Gap is null ? null : (double)g.Gap.PercentagePoints,
                    g.Gap is null ? null : (double)g.Gap.IntervalInPercentagePoints.Lower,
                    g.Gap is null ? null : (double)g.Gap.IntervalInPercentagePoints.Upper,
                    g.Gap?.IsSignificant ?? false,
                    g.Symbol
                ))
                .ToArray();
            if (rows.Length == 0)
            {
                continue;
            }

            html.Append(
                Gaps(
                    "equity-" + measure.ToLowerInvariant().Replace(' ', '-'),
                    $"{measure}: each group against the rest, with 95% intervals",
                    $"{measure}: the gap in percentage points between each group of disadvantage, SEN provision, English as an additional language, sex and home ward and the rest of the area's learners in scope, each with its 95% Newcombe interval as an error bar and the verdict; a filled point is a significant gap.",
                    rows,
                    "group"
                )
            );
        }

        html.Append("</section>");
    }

    /// <summary>
    /// Provider access across the area: for each key phase and cohort, how many schools have met the duty, are in
    /// progress, have not met it, or whose window has not opened; with the table underneath.
    /// </summary>
    private static void AreaProviderAccess(
        StringBuilder html,
        IReadOnlyDictionary<string, Evaluation<ProviderAccessResult>> access
    )
    {
        var inScope = access
            .Values.Where(e => e.Success && e.Result!.Scope.InScope)
            .Select(e => e.Result!)
            .ToArray();
        var refused = access.Count(e => !e.Value.Success);
        html.Append(
            $"<section data-section=\"provider-access\"><h2>Provider access</h2><p>The Provider Access Legislation (Education Act 1997 s.42B): each school must give every cohort two encounters with providers of technical education or apprenticeships in each key phase. {inScope.Length} schools are in scope; {inScope.Count(r => r.Verdict == ProviderAccessVerdict.Met)} have met the duty to every cohort whose window has opened, {inScope.Count(r => r.Verdict == ProviderAccessVerdict.NotMet)} have let a cohort's window close without it.{(refused > 0 ? $" {refused} cannot be evaluated from their records." : "")}</p>"
        );
        var cohorts = inScope
            .SelectMany(r => r.Cohorts)
            .GroupBy(c => (c.Phase, c.Cohort))
            // A cohort whose window has opened at no school has nothing to show yet.
            .Where(g => g.Any(c => c.Status != DutyStatus.NotYetOpen))
            .OrderBy(g => g.Key.Phase)
            .ThenBy(g => g.Key.Cohort, StringComparer.Ordinal)
            .ToArray();
        if (cohorts.Length > 0)
        {
            (DutyStatus Status, string Colour)[] statuses =
            [
                (DutyStatus.Met, "#00703c"),
                (DutyStatus.InProgress, "#85994b"),
                (DutyStatus.NotMet, "#d4351c"),
                (DutyStatus.NotYetOpen, "#b1b4b6"),
            ];
            html.Append(
                Stacked(
                    "provider-access-area",
                    "Schools meeting the provider access duty, by key phase and cohort",
                    "For each key phase and cohort whose window has opened, the number of schools in scope that have given the cohort its two provider encounters (met), whose window is still open (in progress), or whose window closed without them (not met).",
                    statuses
                        .Select(s => new Series(
                            Labels.Of(s.Status),
                            s.Colour,
                            cohorts
                                .Select(g => new Datum(
                                    $"{Labels.Of(g.Key.Phase)}: {g.Key.Cohort}",
                                    g.Count(c => c.Status == s.Status)
                                ))
                                .ToArray()
                        ))
                        .ToArray()
                )
            );
        }

        html.Append("</section>");
    }

    /// <summary>
    /// One school's provider access, phase by phase: each cohort's window, the occasions given, where the duty
    /// stands and who was missed. The learners missed are listed by id for the school's own key only (<paramref
    /// name="rule"/> null); anyone else sees how many, suppressed when few.
    /// </summary>
    private static void InstitutionProviderAccess(
        StringBuilder html,
        Evaluation<ProviderAccessResult>? access,
        SuppressionRule? rule
    )
    {
        html.Append("<section data-section=\"provider-access\"><h2>Provider access</h2>");
        if (access is not { Success: true } ok)
        {
            html.Append(
                $"<p role=\"alert\">This institution's records cannot be evaluated for provider access ({E(string.Join(", ", access?.Problems.Select(p => p.Code).Distinct() ?? []))}).</p></section>"
            );
            return;
        }

        var result = ok.Result;
        if (!result.Scope.InScope)
        {
            html.Append($"<p>Not in scope: {E(result.Scope.Reason)}</p></section>");
            return;
        }

        html.Append(
            $"<p>The duty to each cohort in each key phase (Education Act 1997 s.42B), as at {E(Text.Date(result.Provenance.AsAt))}: overall <strong>{E(Labels.Of(result.Verdict))}</strong>. In phases 1 and 2 every pupil must have both encounters; in phase 3 the school must put them on and attending is optional.</p>"
        );
        html.Append(
            "<div class=\"scroll\"><table class=\"provider-access\"><caption>Provider access, phase by phase</caption><thead><tr><th scope=\"col\">key phase</th><th scope=\"col\">cohort</th><th scope=\"col\">window</th><th scope=\"col\">occasions given</th><th scope=\"col\">duty</th><th scope=\"col\">pupils</th><th scope=\"col\">pupils missed</th></tr></thead><tbody>"
        );
        foreach (
            var c in result
                .Cohorts.OrderBy(c => c.Phase)
                .ThenBy(c => c.Cohort, StringComparer.Ordinal)
        )
        {
            var missed = ProviderAccessPolicy.IsMandatoryForPupils(c.Phase)
                ? c.Missed
                : c.NotAttended;
            var missedText =
                rule is not null && rule.Suppresses(missed.Count, c.Learners.Count)
                    ? GssSymbol.Suppressed.Code()
                    : missed.Count.ToString("#,##0", CultureInfo.InvariantCulture)
                        + (
                            ProviderAccessPolicy.IsMandatoryForPupils(c.Phase)
                                ? ""
                                : " did not attend (optional)"
                        );
            var pupils =
                rule is not null && rule.Suppresses(c.Learners.Count, null)
                    ? GssSymbol.Suppressed.Code()
                    : c.Learners.Count.ToString("#,##0", CultureInfo.InvariantCulture);
            var status = Labels.Of(c.Status);
            html.Append(
                $"<tr><th scope=\"row\">{E(Labels.Of(c.Phase))}</th><td>{E(c.Cohort)}</td><td>{E(Text.Date(c.WindowStart))} to {E(Text.Date(c.WindowEnd))}</td><td>{c.Occasions.Count}</td><td class=\"status-{E(status.Replace(' ', '-'))}\">{E(status)}</td><td>{E(pupils)}</td><td>{E(missedText)}"
            );
            if (rule is null && missed.Count > 0)
            {
                html.Append(
                    $"<details data-missed><summary>who</summary><ul>{string.Concat(missed.Select(id => $"<li>{E(id)}</li>"))}</ul></details>"
                );
            }

            html.Append("</td></tr>");
        }

        html.Append("</tbody></table></div>");
        if (rule is not null)
        {
            html.Append(
                "<p>Who was missed is shown to the school's own key only: this view never lists a learner.</p>"
            );
        }

        html.Append("</section>");
    }

    private static string Trend(KpiTrend trend)
    {
        var definition = trend.Definition;
        var percent = definition.Unit is KpiUnit.Percentage;
        var unit = percent ? Percent : Plain;
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
                                Note: p.Status == RagStatus.NotAssessed ? null : Labels.Of(p.Status)
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
            ? (definition.Better == BetterDirection.Higher ? 100 : Math.Max(10, values))
            : 8;
        var target = trend.Target is { } t
            ? $" The target runs from {Format((double)t.Baseline, unit)} on {Text.Date(t.BaselineDate)} to {Format((double)t.Target, unit)} by {Text.Date(t.TargetDate)}."
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
            var unit = trend.Definition.Unit is KpiUnit.Percentage ? Percent : Plain;
            var status = last?.Status ?? RagStatus.NotAssessed;
            html.Append(
                $"<tr><th scope=\"row\">{E(trend.Definition.Name)}</th><td>{E(Format((double?)last?.Value, unit))}</td><td>{E(Format((double?)last?.Expected, unit))}</td><td class=\"rag-{E(status.ToString().ToLowerInvariant())}\">{E(Labels.Of(status))}</td></tr>"
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
                $"{funding.Formula.Name}: {PoundsText(funding.PotPence)} shared to the penny. Each point is an institution: the share of its pupils who are disadvantaged across, its allocation per pupil up. Concentration index {equity.ConcentrationIndex:0.000} (below 0: towards the more deprived); Gini {equity.Gini:0.000}."
            ),
            "pupils disadvantaged (%)",
            "funding per pupil (£)",
            points,
            Percent,
            Svg.Pounds
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

    private static void Header(StringBuilder html, string title, LocalDate asAt)
    {
        html.Append("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append(
            $"<title>{E(title)}</title><style>{Style}</style><script src=\"{DashboardScript.Path}\" defer></script></head><body>"
        );
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
        a:focus,button:focus,input:focus,select:focus{outline:3px solid #fd0}
        figure.chart{min-width:0}details{overflow-x:auto}
        figure.chart[data-chart^=equity]{flex-basis:100%;max-width:900px}
        .table-tools{flex-basis:100%;font-size:14px}.table-tools input,.table-tools select{font:inherit;padding:2px 4px;max-width:100%}
        .table-tools .count{margin:4px 0;color:#505a5f}
        .scroll{flex-basis:100%;max-width:100%;overflow-x:auto}
        table.schools th button{font:inherit;font-weight:bold;background:none;border:0;padding:0;text-align:left;cursor:pointer;color:#1d70b8;text-decoration:underline}
        table.schools th[aria-sort=ascending] button::after{content:" ▲"}table.schools th[aria-sort=descending] button::after{content:" ▼"}
        table.schools td,table.schools th{vertical-align:top}
        .status-met{color:#00703c;font-weight:bold}.status-not-met{color:#d4351c;font-weight:bold}
        @media (max-width:640px){header{padding:12px 16px}main{padding:8px}section{padding:4px 12px 12px}header h1{font-size:24px}figure.chart{overflow-x:auto}figure.chart svg{min-width:560px}}
        """;
}
