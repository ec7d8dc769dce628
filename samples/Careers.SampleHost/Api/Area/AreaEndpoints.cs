using System;
using System.Linq;
using System.Security.Claims;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Careers.Kpi;
using Careers.SampleHost.Analytics;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Careers.SampleHost.Api;

/// <summary>
/// Every <c>/area</c> route: what the area holds, and its figures (entitlement, Gatsby Benchmarks, the KPI report),
/// for analysts. Every figure is read through <see cref="AreaAnalytics"/>.
/// </summary>
internal static class AreaEndpoints
{
    public static IEndpointRouteBuilder MapAreaApi(this IEndpointRouteBuilder app)
    {
        var area = app.MapGroup("/area").WithTags("Area").RequireAuthorization(Access.AreaFigures);
        area.MapGet("/", GetArea)
            .WithName("GetArea")
            .WithSummary("The area: a synthetic, Derby-like area, and what it holds.")
            .Describe(
                "The area's name, the generator's seed and learners per year group, the reference date (the as-at date of "
                    + "every answer that takes none), and how many institutions, learners, activities and participations it holds.",
                "an analyst or administrator key.",
                "`403` for a school key, which sees its own institution's figures only, never the area's."
            )
            .Produces<AreaDto>();
        area.MapGet("/entitlement", GetAreaEntitlement)
            .WithName("GetAreaEntitlement")
            .WithSummary(
                "The four-encounter entitlement across the area as at a date, broken down by characteristic."
            )
            .Describe(
                "The Derby Opportunity Area policy's four encounters, as at `asAt` (the reference date without it), for "
                    + "every learner in the area, by year group, disadvantage, SEND and EAL. An institution whose stored "
                    + "records the SDK refuses is left out and listed under `excluded`.",
                "an analyst or administrator key: the area's figures are aggregates, with small numbers suppressed.",
                "`400` when `asAt` is not an ISO date (yyyy-MM-dd) from 1901-09-01 to 9998-08-31 (`query.as-at` at `/query/asAt`).",
                "`403` for a school key, which sees its own institution's figures only, never the area's."
            )
            .Produces<EntitlementSummaryDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        area.MapGet("/gatsby", GetAreaGatsby)
            .WithName("GetAreaGatsby")
            .WithSummary(
                "Gatsby Benchmark results of every secondary school and college as at a date, in an edition, and the area summary against the national figures; an institution whose stored records are refused is left out and listed under excluded."
            )
            .Describe(
                "Each secondary school and the college scored from its activity record and declared answers, as "
                    + "`/institutions/{id}/gatsby` scores it, and the area summary beside the latest national figures. "
                    + "Without `edition`, the edition in force on the as-at date.",
                "an analyst or administrator key.",
                "`400` when `asAt` is not an ISO date (yyyy-MM-dd) from 1901-09-01 to 9998-08-31, or `edition` is not 2014 or 2024 (`query.as-at`, `query.edition`).",
                "`403` for a school key, which sees its own institution's figures only, never the area's."
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
            .Describe(
                "The report of `KpiCatalogue.DerbyStrategy` (NEET and not known, sustained destinations, Gatsby, the "
                    + "entitlement, encounters delivered) against illustrative targets, each KPI with its own suppression rule.",
                "an analyst or administrator key: the area's figures are aggregates, with small numbers suppressed.",
                "`400` when `asAt` is not an ISO date (yyyy-MM-dd) from 1901-09-01 to 9998-08-31, or `format` is not json or csv (`query.as-at`, `query.format`).",
                "`403` for a school key, which sees its own institution's figures only, never the area's.",
                "`422` when the report cannot be built from the area's figures: every problem is listed."
            )
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static async Task<IResult> GetArea(CareersDbContext db, CancellationToken ct)
    {
        var row = await db.Area.AsNoTracking().SingleAsync(ct);
        return Results.Ok(
            new AreaDto(
                row.Name,
                row.Synthetic,
                row.Seed,
                row.LearnersPerYearGroup,
                Text.Date(LocalDate.FromDateOnly(row.ReferenceDate)),
                await db.Institutions.CountAsync(ct),
                await db.Learners.CountAsync(ct),
                await db.Activities.CountAsync(ct),
                await db.Participations.CountAsync(ct)
            )
        );
    }

    private static async Task<IResult> GetAreaEntitlement(
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

        var summary = await analytics.EntitlementAsync(null, date, null, ct);
        return Results.Ok(summary!.For(user));
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
}
