using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Claims;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Careers.Encounters;
using Careers.Encounters.Log;
using Careers.Gatsby;
using Careers.SampleHost.Analytics;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Careers.SampleHost.Api;

/// <summary>The host's minimal API endpoints.</summary>
internal static class Endpoints
{
    public static IEndpointRouteBuilder MapCareersApi(this IEndpointRouteBuilder app)
    {
        var area = app.MapGroup("/area").WithTags("Area").RequireAuthorization(Access.AreaFigures);
        area.MapGet("/", GetArea)
            .WithName("GetArea")
            .WithSummary("The area: a synthetic, Derby-like area, and what it holds.")
            .Produces<AreaDto>();
        area.MapGet("/entitlement", GetAreaEntitlement)
            .WithName("GetAreaEntitlement")
            .WithSummary(
                "The four-encounter entitlement across the area as at a date, broken down by characteristic."
            )
            .Produces<EntitlementSummaryDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        var institutions = app.MapGroup("/institutions").WithTags("Institutions");
        institutions
            .MapGet("/", ListInstitutions)
            .WithName("ListInstitutions")
            .WithSummary("The schools and the college.")
            .Produces<InstitutionDto[]>();
        institutions
            .MapGet("/{id}", GetInstitution)
            .WithName("GetInstitution")
            .WithSummary("One institution.")
            .Produces<InstitutionDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        institutions
            .MapGet("/{id}/learners", ListLearners)
            .WithName("ListLearners")
            .WithSummary("An institution's learners, a page at a time (its own school key only).")
            .RequireAuthorization(Access.LearnerRecords)
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
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        // Learner records: school keys only, and only their own school's learners (see Access).
        var learners = app.MapGroup("/learners")
            .WithTags("Learners")
            .RequireAuthorization(Access.LearnerRecords);
        learners
            .MapGet("/{id}", GetLearner)
            .WithName("GetLearner")
            .WithSummary("One learner.")
            .Produces<LearnerDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        learners
            .MapGet("/{id}/entitlement", GetLearnerEntitlement)
            .WithName("GetLearnerEntitlement")
            .WithSummary(
                "A learner's four-encounter entitlement as at a date, with what counted and what did not."
            )
            .Produces<LearnerEntitlementDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        learners
            .MapGet("/{id}/careers-log", GetCareersLog)
            .WithName("GetCareersLog")
            .WithSummary("A learner's careers and skills log, with its ETag.")
            .WithTags("Careers log")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        learners
            .MapPut("/{id}/careers-log", PutCareersLog)
            .WithName("PutCareersLog")
            .WithSummary(
                "Creates or replaces a learner's careers and skills log; replacing needs If-Match with the current ETag (not *)."
            )
            .WithDescription(
                "The document is validated against the published careers-log schema and must be about the learner "
                    + "in the URL (the same UPN, or pseudonymous id, and date of birth)."
            )
            .WithTags("Careers log")
            .Accepts<object>("application/json")
            .Produces(StatusCodes.Status201Created)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        app.MapAnalyticsApi();
        app.MapImportApi();
        app.MapTransferApi();
        app.MapProviderAccessApi();
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

    private static async Task<IResult> GetLearner(
        string id,
        ClaimsPrincipal user,
        CareersDbContext db,
        LearnerAudit audit,
        CancellationToken ct
    )
    {
        var row = await OwnLearner(db, user, id).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return Problems.NotFound("The learner");
        }

        await audit.RecordAsync(user, "learner.read", row.InstitutionId, row.Id, ct);
        return Results.Ok(LearnerDto.From(row));
    }

    /// <summary>
    /// The learner, if the caller's school holds them. Another school's learner and a missing one give the same empty
    /// query, so the answer cannot tell them apart.
    /// </summary>
    #region own-learner
    private static IQueryable<LearnerRow> OwnLearner(
        CareersDbContext db,
        ClaimsPrincipal user,
        string id
    )
    {
        var school = user.School();
        return db.Learners.AsNoTracking().Where(l => l.Id == id && l.InstitutionId == school);
    }
    #endregion

    private static async Task<IResult> GetLearnerEntitlement(
        string id,
        string? asAt,
        ClaimsPrincipal user,
        CareersDbContext db,
        LearnerAudit audit,
        CancellationToken ct
    )
    {
        if (
            !Query.TryAsAt(
                asAt,
                await CareersDatabase.ReferenceDateAsync(db, ct),
                out var date,
                out var problem
            )
        )
        {
            return problem;
        }

        var row = await OwnLearner(db, user, id).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return Problems.NotFound("The learner");
        }

        var participations = await db
            .Participations.AsNoTracking()
            .Where(p => p.LearnerId == id)
            .ToListAsync(ct);
        var activityIds = participations.Select(p => p.ActivityId).ToList();
        var activities = await db
            .Activities.AsNoTracking()
            .Where(a => activityIds.Contains(a.Id))
            .ToListAsync(ct);
        var evaluation = AreaAnalytics.Evaluate(
            [Mapping.ToLearner(row)],
            activities,
            participations,
            date
        );
        await audit.RecordAsync(user, "learner.entitlement.read", row.InstitutionId, row.Id, ct);
        if (!evaluation.Success)
        {
            return Problems.Invalid(
                "The learner's stored records cannot be evaluated.",
                evaluation.Problems,
                StatusCodes.Status422UnprocessableEntity
            );
        }

        var result = evaluation.Result;
        return Results.Ok(LearnerEntitlementDto.From(result, result.Learners[0], date));
    }

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

    private static async Task<IResult> GetCareersLog(
        string id,
        HttpContext http,
        CareersDbContext db,
        LearnerAudit audit,
        CancellationToken ct
    )
    {
        var learner = await OwnLearner(db, http.User, id).SingleOrDefaultAsync(ct);
        if (learner is null)
        {
            return Problems.NotFound("The learner");
        }

        var log = await db
            .CareersLogs.AsNoTracking()
            .SingleOrDefaultAsync(l => l.LearnerId == id, ct);
        if (log is null)
        {
            return Problems.NotFound("The learner's careers log");
        }

        await audit.RecordAsync(http.User, "careers-log.read", learner.InstitutionId, id, ct);
        http.Response.Headers.ETag = ETags.For(log.Version);
        return Results.Text(log.Document, "application/json", Encoding.UTF8);
    }

    private static async Task<IResult> PutCareersLog(
        string id,
        HttpContext http,
        CareersDbContext db,
        CancellationToken ct
    )
    {
        var learner = await OwnLearner(db, http.User, id).SingleOrDefaultAsync(ct);
        if (learner is null)
        {
            return Problems.NotFound("The learner");
        }

        #region validate-log
        var validator = CareersLogValidator.Default;
        var document = await ReadTextAsync(http.Request, validator.MaxDocumentBytes, ct);
        if (document is null)
        {
            return Problems.TooLarge(validator.MaxDocumentBytes, "The careers log");
        }

        var errors = validator.Validate(document);
        if (errors.Count > 0)
        {
            return Problems.Invalid("The careers log is not valid.", errors);
        }

        // The document must be about the learner in the URL: the same UPN (or pseudonymous id) and date of birth.
        var read = CareersLogSerializer.Deserialize(document);
        if (!read.Success)
        {
            return Problems.Invalid("The careers log is not valid.", read.Problems);
        }

        var identity = TransferEndpoints.IdentityProblems(learner, read.Result!);
        if (identity.Count > 0)
        {
            return Problems.Invalid(
                "The careers log is about another learner.",
                identity,
                StatusCodes.Status422UnprocessableEntity
            );
        }
        #endregion

        var ifMatch = http.Request.Headers.IfMatch.ToString();
        var log = await db.CareersLogs.SingleOrDefaultAsync(l => l.LearnerId == id, ct);
        if (log is null)
        {
            // If-Match, even *, asks for a log that exists (RFC 9110 §13.1.1): a new log is created without it.
            if (ifMatch.Length > 0)
            {
                return PreconditionFailed(
                    "The learner has no careers log, so If-Match cannot match: send no If-Match to create it."
                );
            }

            log = new CareersLogRow
            {
                LearnerId = id,
                Document = document,
                Version = 1,
            };
            db.CareersLogs.Add(log);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                return PreconditionFailed("Another request created the careers log first.");
            }

            http.Response.Headers.ETag = ETags.For(log.Version);
            return Results.Created($"/learners/{Uri.EscapeDataString(id)}/careers-log", null);
        }

        if (ifMatch.Length == 0)
        {
            return Results.Problem(
                title: "Replacing a careers log needs If-Match with the ETag of the version it replaces.",
                statusCode: StatusCodes.Status428PreconditionRequired
            );
        }

        // "*" would replace whatever version is there: a writer must name the version it read.
        if (ETags.IsWildcard(ifMatch))
        {
            return Results.Problem(
                title: "Replacing a careers log needs If-Match with the ETag of the version it replaces.",
                detail: "If-Match: * is not accepted here: send the ETag that GET returned, so that a change made since is not overwritten.",
                statusCode: StatusCodes.Status428PreconditionRequired
            );
        }

        if (!ETags.Matches(ifMatch, log.Version))
        {
            return PreconditionFailed(
                "If-Match does not match the current version of the careers log."
            );
        }

        log.Document = document;
        log.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return PreconditionFailed("Another request changed the careers log first.");
        }

        http.Response.Headers.ETag = ETags.For(log.Version);
        return Results.NoContent();
    }

    /// <summary>The body as UTF-8 text, or null when it is longer than <paramref name="maxBytes"/>, chunked or not.</summary>
    private static async Task<string?> ReadTextAsync(
        HttpRequest request,
        int maxBytes,
        CancellationToken ct
    )
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        using var reader = new StreamReader(buffer, Encoding.UTF8);
        return await reader.ReadToEndAsync(ct);
    }

    private static IResult PreconditionFailed(string detail) =>
        Results.Problem(
            title: "The precondition failed.",
            detail: detail,
            statusCode: StatusCodes.Status412PreconditionFailed
        );
}
