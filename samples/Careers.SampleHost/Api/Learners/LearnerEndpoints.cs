using System;
using System.IO;
using System.Linq;
using System.Security.Claims;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Careers.CareersLog;
using Careers.SampleHost.Analytics;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Careers.SampleHost.Api;

/// <summary>
/// The <c>/learners</c> routes: one learner, their entitlement and their careers and skills log, for the school that
/// holds them (see <see cref="Access"/>).
/// </summary>
internal static class LearnerEndpoints
{
    public static IEndpointRouteBuilder MapLearnerApi(this IEndpointRouteBuilder app)
    {
        // Learner records: school keys only, and only their own school's learners (see Access).
        var learners = app.MapGroup("/learners")
            .WithTags("Learners")
            .RequireAuthorization(Access.LearnerRecords);
        learners
            .MapGet("/{id}", GetLearner)
            .WithName("GetLearner")
            .WithSummary("One learner.")
            .Describe(
                "The learner's record: institution, UPN, date of birth, year group and characteristics. The read is audited under the key's id.",
                "a school key, for its own learners only.",
                "`403` for an analyst or administrator key: they never read a learner record.",
                "`404` when there is no such learner or the learner is at another school: both are answered alike."
            )
            .Produces<LearnerDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        learners
            .MapGet("/{id}/entitlement", GetLearnerEntitlement)
            .WithName("GetLearnerEntitlement")
            .WithSummary(
                "A learner's four-encounter entitlement as at a date, with what counted and what did not."
            )
            .Describe(
                "The learner's status, count, shortfall and next milestone under the Derby Opportunity Area policy, as at "
                    + "`asAt` (the reference date without it), with each activity that counted and why the others did not. "
                    + "The read is audited under the key's id.",
                "a school key, for its own learners only.",
                "`400` when `asAt` is not an ISO date (yyyy-MM-dd) from 1901-09-01 to 9998-08-31 (`query.as-at` at `/query/asAt`).",
                "`403` for an analyst or administrator key: they never read a learner record.",
                "`404` when there is no such learner or the learner is at another school: both are answered alike.",
                "`422` when the learner's stored records cannot be evaluated: every problem is listed."
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
            .Describe(
                "The stored careers and skills log, as the published schema describes it, with its version in `ETag`: "
                    + "send it back in `If-Match` to replace the log. The read is audited under the key's id.",
                "a school key, for its own learners only.",
                "`403` for an analyst or administrator key: they never read a learner record.",
                "`404` when there is no such learner, the learner is at another school (answered alike), or the learner has no careers log yet."
            )
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        learners
            .MapPut("/{id}/careers-log", PutCareersLog)
            .WithName("PutCareersLog")
            .WithSummary(
                "Creates or replaces a learner's careers and skills log; replacing needs If-Match with the current ETag (not *)."
            )
            .Describe(
                "The document is validated against the published careers-log schema and must be about the learner "
                    + "in the URL (the same UPN, or pseudonymous id, and date of birth). A new log is created without "
                    + "`If-Match` (`201`); a log is replaced only with `If-Match` carrying its current `ETag` (`204`), and "
                    + "the answer carries the new one.",
                "a school key, for its own learners only.",
                "`400` when the body is not a careers log valid against the schema: an error at each field.",
                "`403` for an analyst or administrator key: they never read or write a learner record.",
                "`404` when there is no such learner or the learner is at another school: both are answered alike.",
                "`412` when `If-Match` does not match the current version, is sent for a learner who has no log yet, or another request changed or created the log first.",
                "`413` when the log is over 1 MiB (`CareersLogValidator.MaxDocumentBytes`), with a `Content-Length` or chunked.",
                "`415` when the body is not `application/json`, or has no `Content-Type`.",
                "`422` when the log is about another learner (`log.learner-mismatch`).",
                "`428` when a log exists and `If-Match` is missing, or is `*`: a writer must name the version it read."
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
        return app;
    }

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
