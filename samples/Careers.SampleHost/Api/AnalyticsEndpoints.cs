using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Careers.Funding;
using Careers.Gatsby;
using Careers.Kpi;
using Careers.SampleHost.Analytics;
using Careers.SampleHost.Dashboard;
using Careers.SampleHost.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;

namespace Careers.SampleHost.Api;

/// <summary>
/// The area's analytics: Gatsby Benchmarks across the area, the KPI report (JSON or tidy CSV) and funding scenarios.
/// Every handler reads through <see cref="AreaAnalytics"/>.
/// </summary>
internal static class AnalyticsEndpoints
{
    private static readonly JsonSerializerOptions Web = JsonPolicy.Options;

    public static IEndpointRouteBuilder MapAnalyticsApi(this IEndpointRouteBuilder app)
    {
        var area = app.MapGroup("/area").WithTags("Area").RequireAuthorization(Access.AreaFigures);
        area.MapGet("/gatsby", GetAreaGatsby)
            .WithName("GetAreaGatsby")
            .WithSummary(
                "Gatsby Benchmark results of every secondary school and college as at a date, in an edition, and the area summary against the national figures; an institution whose stored records are refused is left out and listed under excluded."
            )
            .Produces<AreaGatsbyDto>()
            .ProducesValidationProblem();
        area.MapGet("/kpi", GetKpiReport)
            .WithName("GetKpiReport")
            .WithSummary(
                "The KPI report of the Derby careers strategy for the academic year of a date: JSON (careers.kpi.report/1), or tidy CSV for explore-education-statistics with Accept: text/csv or format=csv."
            )
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var funding = app.MapGroup("/funding")
            .WithTags("Funding")
            .RequireAuthorization(Access.AreaFigures);
        funding
            .MapPost("/scenarios", PostScenario)
            .WithName("PostFundingScenario")
            .WithSummary(
                "Allocates a pot across the area's institutions with a formula: every institution to the penny, with explanations and equity measures."
            )
            .Accepts<FundingScenarioRequest>("application/json")
            .Produces<FundingScenarioDto>()
            .ProducesValidationProblem();
        funding
            .MapPost("/scenarios/compare", PostComparison)
            .WithName("CompareFundingScenarios")
            .WithSummary(
                "Allocates with two formulas and compares them: both allocations, the change for each institution and in equity."
            )
            .Accepts<FundingComparisonRequest>("application/json")
            .Produces<FundingComparisonDto>()
            .ProducesValidationProblem();
        app.MapDashboard();
        return app;
    }

    private static async Task<IResult> GetAreaGatsby(
        string? asAt,
        string? edition,
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

        if (!Query.TryEdition(edition, out var chosen, out problem))
        {
            return problem;
        }

        return Results.Ok(AreaGatsbyDto.From(await analytics.AreaGatsbyAsync(date, chosen, ct)));
    }

    private static async Task<IResult> GetKpiReport(
        string? asAt,
        string? format,
        HttpContext http,
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

        bool csv;
        switch (format)
        {
            case null or "":
                csv = http
                    .Request.GetTypedHeaders()
                    .Accept.Any(a =>
                        a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)
                    );
                break;
            case "json":
                csv = false;
                break;
            case "csv":
                csv = true;
                break;
            default:
                return Problems.Invalid(
                    "The query is not valid.",
                    "query.format",
                    "/query/format",
                    "format must be json or csv; leave it out to follow the Accept header."
                );
        }

        var evaluation = await analytics.KpiReportAsync(date, ct);
        if (!evaluation.Success)
        {
            return Problems.Invalid(
                "The KPI report cannot be built from the area's figures.",
                evaluation.Problems,
                StatusCodes.Status422UnprocessableEntity
            );
        }

        var report = evaluation.Result;
        if (csv)
        {
            return Results.File(
                Encoding.UTF8.GetBytes(KpiCsv.ToCsv(report)),
                "text/csv",
                $"careers-kpi-{report.Period.Code}-synthetic.csv"
            );
        }

        return Results.Text(KpiReportJson.Serialize(report), "application/json", Encoding.UTF8);
    }

    private static async Task<IResult> PostScenario(
        HttpContext http,
        AreaAnalytics analytics,
        CancellationToken ct
    )
    {
        var (request, problem) = await ReadAsync<FundingScenarioRequest>(http, ct);
        if (request is null)
        {
            return problem!;
        }

        var errors = new List<ValidationError>();
        var reference = await analytics.ReferenceDateAsync(ct);
        var formula = FormulaReader.Read(request, "", errors);
        var asAt = AsAt(request, "", reference, errors);
        if (formula is null || errors.Count > 0)
        {
            return Problems.Invalid("The funding scenario is not valid.", errors);
        }

        var funded = await analytics.FundedInstitutionsAsync(asAt, ct);
        var allocation = AreaAnalytics.Allocate(formula, funded, request.PotPence!.Value, asAt);
        if (!allocation.Success)
        {
            return Invalid(allocation.Problems, "", formula);
        }

        return Results.Ok(FundingScenarioDto.From(allocation.Result, asAt));
    }

    private static async Task<IResult> PostComparison(
        HttpContext http,
        AreaAnalytics analytics,
        CancellationToken ct
    )
    {
        var (request, problem) = await ReadAsync<FundingComparisonRequest>(http, ct);
        if (request is null)
        {
            return problem!;
        }

        var errors = new List<ValidationError>();
        var reference = await analytics.ReferenceDateAsync(ct);
        if (request.Before is null)
        {
            errors.Add(new("funding.scenario.required", "/before", "before is required."));
        }

        if (request.After is null)
        {
            errors.Add(new("funding.scenario.required", "/after", "after is required."));
        }

        var before = request.Before is null
            ? null
            : FormulaReader.Read(request.Before, "/before", errors);
        var after = request.After is null
            ? null
            : FormulaReader.Read(request.After, "/after", errors);
        var beforeAsAt = request.Before is null
            ? reference
            : AsAt(request.Before, "/before", reference, errors);
        var afterAsAt = request.After is null
            ? reference
            : AsAt(request.After, "/after", reference, errors);
        if (before is null || after is null || errors.Count > 0)
        {
            return Problems.Invalid("The funding scenarios are not valid.", errors);
        }

        var funded = await analytics.FundedInstitutionsAsync(beforeAsAt, ct);
        var fundedAfter =
            afterAsAt == beforeAsAt
                ? funded
                : await analytics.FundedInstitutionsAsync(afterAsAt, ct);
        var first = AreaAnalytics.Allocate(
            before,
            funded,
            request.Before!.PotPence!.Value,
            beforeAsAt
        );
        var second = AreaAnalytics.Allocate(
            after,
            fundedAfter,
            request.After!.PotPence!.Value,
            afterAsAt
        );
        var problems = new List<ValidationError>();
        if (!first.Success)
        {
            problems.AddRange(Relocate(first.Problems, "/before", before));
        }

        if (!second.Success)
        {
            problems.AddRange(Relocate(second.Problems, "/after", after));
        }

        if (problems.Count > 0)
        {
            return Problems.Invalid("The funding scenarios cannot be allocated.", problems);
        }

        return Results.Ok(
            FundingComparisonDto.From(
                FundingScenario.Compare(first.Result!, second.Result!),
                beforeAsAt,
                afterAsAt
            )
        );
    }

    private static LocalDate AsAt(
        FundingScenarioRequest request,
        string prefix,
        LocalDate reference,
        List<ValidationError> errors
    )
    {
        if (string.IsNullOrEmpty(request.AsAt))
        {
            return reference;
        }

        if (
            Query.TryDate(
                request.AsAt,
                "funding.as-at",
                prefix + "/asAt",
                "asAt",
                out var asAt,
                out var error
            )
        )
        {
            return asAt;
        }

        errors.Add(error);
        return reference;
    }

    private static IResult Invalid(
        IEnumerable<ValidationError> problems,
        string prefix,
        FundingFormula formula
    ) =>
        Problems.Invalid(
            "The funding scenario cannot be allocated.",
            Relocate(problems, prefix, formula)
        );

    private static IEnumerable<ValidationError> Relocate(
        IEnumerable<ValidationError> problems,
        string prefix,
        FundingFormula formula
    )
    {
        var ids = formula.Factors.Select(f => f.Id).ToArray();
        return problems.Select(p => FormulaReader.Relocate(p, prefix, ids, ofFormula: false));
    }

    /// <summary>Reads a JSON body; a body that is not JSON of the right shape is a 400 with the place it went wrong.</summary>
    private static async Task<(T?, IResult?)> ReadAsync<T>(HttpContext http, CancellationToken ct)
        where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(http.Request.Body, Web, ct);
            if (value is not null)
            {
                return (value, null);
            }
        }
        catch (JsonException e)
        {
            return (
                null,
                Problems.Invalid(
                    "The request body is not valid.",
                    "body.json",
                    Pointer(e.Path),
                    "The body must be a JSON object of the documented shape: " + e.Message
                )
            );
        }

        return (
            null,
            Problems.Invalid(
                "The request body is not valid.",
                "body.json",
                "",
                "The body must be a JSON object."
            )
        );
    }

    // System.Text.Json paths ($.formula.factors[0].ratePence) as JSON pointers (/formula/factors/0/ratePence).
    private static string Pointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "";
        }

        var builder = new StringBuilder();
        foreach (var part in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length > 0)
            {
                builder.Append('/').Append(name);
            }

            if (bracket >= 0)
            {
                builder
                    .Append('/')
                    .Append(
                        part[(bracket + 1)..]
                            .Replace("]", "", StringComparison.Ordinal)
                            .Replace("[", "/", StringComparison.Ordinal)
                    );
            }
        }

        return builder.ToString();
    }
}

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
