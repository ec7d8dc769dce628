using System.Collections.Generic;
using System.Linq;
using System.Security.Claims;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Careers.Gatsby;
using Careers.SampleHost.Analytics;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Careers.SampleHost.Api;

/// <summary>
/// The <c>/institutions</c> routes: the schools and the college, a school's learners (its own key only), and an
/// institution's entitlement and Gatsby Benchmark results.
/// </summary>
internal static class InstitutionEndpoints
{
    public static IEndpointRouteBuilder MapInstitutionApi(this IEndpointRouteBuilder app)
    {
        var institutions = app.MapGroup("/institutions").WithTags("Institutions");
        institutions
            .MapGet("/", ListInstitutions)
            .WithName("ListInstitutions")
            .WithSummary("The schools and the college.")
            .Describe(
                "Every institution of the area, primary and secondary schools and the college, with its id, name, type, "
                    + "LAESTAB and ward: the ids the other operations take.",
                "any key: a school (every institution is listed, but only its own figures and learners can be read), an analyst or an administrator."
            )
            .Produces<InstitutionDto[]>();
        institutions
            .MapGet("/{id}", GetInstitution)
            .WithName("GetInstitution")
            .WithSummary("One institution.")
            .Describe(
                "An institution's id, name, type, LAESTAB and ward.",
                "any key: a school, an analyst or an administrator.",
                "`404` when there is no institution with this id."
            )
            .Produces<InstitutionDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        institutions
            .MapGet("/{id}/learners", ListLearners)
            .WithName("ListLearners")
            .WithSummary("An institution's learners, a page at a time (its own school key only).")
            .RequireAuthorization(Access.LearnerRecords)
            .Describe(
                "The institution's learners on roll, ordered by id, `take` (1 to 500, default 100) after `skip` (default "
                    + "0), with the total. Each read is audited under the key's id.",
                "a school key, for its own institution only.",
                "`400` when `skip` is not a whole number of 0 or more, or `take` not one from 1 to 500 (`query.skip`, `query.take`).",
                "`403` for an analyst or administrator key: they never read a learner record.",
                "`404` when there is no such institution or it is another school's: both are answered alike."
            )
            .Produces<PageDto<LearnerDto>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        institutions
            .MapGet("/{id}/entitlement", GetInstitutionEntitlement)
            .WithName("GetInstitutionEntitlement")
            .WithSummary(
                "An institution's four-encounter entitlement as at a date, broken down by characteristic."
            )
            .RequireAuthorization(Access.InstitutionFigures)
            .Describe(
                "The Derby Opportunity Area policy's four encounters for the institution's learners, as at `asAt` (the "
                    + "reference date without it), by year group, disadvantage, SEND and EAL.",
                "the institution's own school key (its figures whole), or an analyst or administrator key (small numbers suppressed).",
                "`400` when `asAt` is not an ISO date (yyyy-MM-dd) from 1901-09-01 to 9998-08-31 (`query.as-at` at `/query/asAt`).",
                "`404` when there is no such institution or, for a school key, it is another school: both are answered alike."
            )
            .Produces<EntitlementSummaryDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        institutions
            .MapGet("/{id}/gatsby", GetGatsby)
            .WithName("GetGatsby")
            .WithSummary(
                "An institution's Gatsby Benchmark results from its activity record, as at a date, in an edition."
            )
            .RequireAuthorization(Access.InstitutionFigures)
            .Describe(
                "The eight benchmarks scored from the institution's activity record and declared answers, as `GatsbyJson` "
                    + "writes them. Without `edition`, the edition in force on the as-at date.",
                "the institution's own school key, or an analyst or administrator key.",
                "`400` when `asAt` is not an ISO date (yyyy-MM-dd) from 1901-09-01 to 9998-08-31, or `edition` is not 2014 or 2024 (`query.as-at`, `query.edition`).",
                "`404` when there is no such institution or, for a school key, it is another school: both are answered alike.",
                "`422` when the institution's stored records cannot be scored: every problem is listed."
            )
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static async Task<IResult> ListInstitutions(CareersDbContext db, CancellationToken ct)
    {
        var rows = await db.Institutions.AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);
        return Results.Ok(rows.Select(InstitutionDto.From).ToArray());
    }

    private static async Task<IResult> GetInstitution(
        string id,
        CareersDbContext db,
        CancellationToken ct
    )
    {
        var row = await db.Institutions.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);
        return row is null
            ? Problems.NotFound("The institution")
            : Results.Ok(InstitutionDto.From(row));
    }

    /// <summary>The largest page of learners.</summary>
    public const int MaxTake = 500;

    private static async Task<IResult> ListLearners(
        string id,
        string? skip,
        string? take,
        ClaimsPrincipal user,
        CareersDbContext db,
        LearnerAudit audit,
        CancellationToken ct
    )
    {
        // Read as text and parsed here, so that "abc" is a field error like "-3", not a bare 400 from binding.
        var errors = new List<ValidationError>();
        var s = WholeNumber(skip, "skip", 0, 0, int.MaxValue, errors);
        var t = WholeNumber(take, "take", 100, 1, MaxTake, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid("The query is not valid.", errors);
        }

        if (!user.MaySee(id) || !await db.Institutions.AnyAsync(i => i.Id == id, ct))
        {
            return Problems.NotFound("The institution");
        }

        var query = db
            .Learners.AsNoTracking()
            .WithSpecification(LearnerCohorts.Rows.AtInstitution(id));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(l => l.Id).Skip(s).Take(t).ToListAsync(ct);
        await audit.RecordAsync(user, "learners.list", id, null, ct);
        return Results.Ok(
            new PageDto<LearnerDto>(total, s, t, rows.Select(LearnerDto.From).ToArray())
        );
    }

    /// <summary>A whole number from a query parameter, in a range; a problem at <c>/query/name</c> otherwise.</summary>
    private static int WholeNumber(
        string? text,
        string name,
        int fallback,
        int min,
        int max,
        List<ValidationError> errors
    )
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        var range =
            max == int.MaxValue
                ? $"{name} must be a whole number, {min} or more"
                : $"{name} must be a whole number from {min} to {max}";
        if (
            !int.TryParse(
                text,
                System.Globalization.NumberStyles.AllowLeadingSign,
                System.Globalization.CultureInfo.InvariantCulture,
                out var value
            )
        )
        {
            errors.Add(
                new ValidationError(
                    "query." + name,
                    "/query/" + name,
                    $"{range}; '{Shorten(text)}' is not a whole number."
                )
            );
            return fallback;
        }

        if (value < min || value > max)
        {
            errors.Add(
                new ValidationError(
                    "query." + name,
                    "/query/" + name,
                    $"{range}; {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside that range."
                )
            );
            return fallback;
        }

        return value;
    }

    // A value quoted back in a message, cut to a readable length.
    private static string Shorten(string text) => text.Length <= 32 ? text : text[..32] + "…";

    private static async Task<IResult> GetInstitutionEntitlement(
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

        var summary = user.MaySee(id) ? await analytics.EntitlementAsync(id, date, null, ct) : null;
        return summary is null
            ? Problems.NotFound("The institution")
            : Results.Ok(summary.For(user));
    }

    private static async Task<IResult> GetGatsby(
        string id,
        string? asAt,
        string? edition,
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

        if (!Query.TryEdition(edition, out var chosen, out problem))
        {
            return problem;
        }

        var evaluation = user.MaySee(id)
            ? await analytics.InstitutionGatsbyAsync(id, date, chosen, ct)
            : null;
        if (evaluation is null)
        {
            return Problems.NotFound("The institution");
        }

        if (!evaluation.Success)
        {
            return Problems.Invalid(
                "The institution's records cannot be scored.",
                evaluation.Problems,
                StatusCodes.Status422UnprocessableEntity
            );
        }

        return Results.Text(
            GatsbyJson.Serialize(evaluation.Result),
            "application/json",
            Encoding.UTF8
        );
    }
}
