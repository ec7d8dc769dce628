using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Careers.Encounters.Log;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace Careers.SampleHost.Api;

/// <summary>
/// Moves a learner and their careers and skills log to another school, as the Derby strategy asks of the log: "easily
/// transferred for continuity to secondary schools/academies" (docs/articles/domain.md §7). The sending school's copy
/// is exported with <see cref="CareersLogTransfer.ExportForTransfer"/> and merged into the receiving school's with
/// <see cref="CareersLogTransfer.Merge"/>.
/// </summary>
internal static class TransferEndpoints
{
    public static IEndpointRouteBuilder MapTransferApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/learners")
            .WithTags("Careers log")
            .MapPost("/{id}/careers-log/transfer", Transfer)
            .WithName("TransferCareersLog")
            .RequireAuthorization(Access.LearnerRecords)
            .WithSummary(
                "Moves a learner to another school and transfers their careers log, merged with the receiving school's."
            )
            .WithDescription(
                "Records the last day at the sending school and the first at the receiving school in the log, exports "
                    + "the log for transfer (no staff names), merges it by entry id into the log the receiving school "
                    + "already keeps (receivingLog, optional), moves the learner, and returns the merged log with its "
                    + "new ETag. An entry edited on both sides is a conflict: the receiving school's version is kept "
                    + "and the conflict is listed. If-Match, when sent, must carry the log's current ETag."
            )
            .Produces<TransferResultDto>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static async Task<IResult> Transfer(
        string id,
        TransferRequestDto request,
        HttpContext http,
        CareersDbContext db,
        LearnerAudit audit,
        CancellationToken ct
    )
    {
        var errors = new List<ValidationError>();
        var hasId = !string.IsNullOrEmpty(request.InstitutionId);
        var hasLaEstab = !string.IsNullOrEmpty(request.LaEstab);
        LaEstab? laEstab = null;
        if (hasId == hasLaEstab)
        {
            errors.Add(
                new(
                    "transfer.institution",
                    "/institutionId",
                    "Name the receiving school by institutionId or by laEstab: one of them."
                )
            );
        }
        else if (hasLaEstab && !LaEstab.TryParse(request.LaEstab, out laEstab))
        {
            errors.Add(
                new(
                    "transfer.la-estab",
                    "/laEstab",
                    "laEstab must be a 7-digit LA and establishment number, such as 8314005."
                )
            );
        }

        var parsedDate = LocalDatePattern.Iso.Parse(request.Date ?? "");
        if (!parsedDate.Success)
        {
            errors.Add(
                new(
                    "transfer.date",
                    "/date",
                    "date must be the first day at the receiving school, written yyyy-MM-dd."
                )
            );
        }

        CareersLog? receivingLog = null;
        if (request.ReceivingLog is { ValueKind: not JsonValueKind.Null } document)
        {
            var problems = CareersLogValidator.Default.Validate(document);
            if (problems.Count > 0)
            {
                errors.AddRange(problems.Select(p => p.At("/receivingLog")));
            }
            else
            {
                receivingLog = CareersLogSerializer
                    .Deserialize(document.GetRawText())
                    .GetResultOrThrow();
            }
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid("The transfer is not valid.", errors);
        }

        var date = parsedDate.Value;
        // The sending school transfers its own learner; another school's learner is answered as a missing one.
        var school = http.User.School();
        var learner = await db.Learners.SingleOrDefaultAsync(
            l => l.Id == id && l.InstitutionId == school,
            ct
        );
        if (learner is null)
        {
            return Problems.NotFound("The learner");
        }

        var row = await db.CareersLogs.SingleOrDefaultAsync(l => l.LearnerId == id, ct);
        if (row is null)
        {
            return Problems.NotFound("The learner's careers log");
        }

        if (
            receivingLog is not null
            && IdentityProblems(learner, receivingLog, "/receivingLog") is { Count: > 0 } identity
        )
        {
            return Problems.Invalid(
                "The receiving school's log is about another learner.",
                identity,
                StatusCodes.Status422UnprocessableEntity
            );
        }

        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (ifMatch.Length > 0 && !ETags.Matches(ifMatch, row.Version))
        {
            return Results.Problem(
                title: "The precondition failed.",
                detail: "If-Match does not match the current version of the careers log.",
                statusCode: StatusCodes.Status412PreconditionFailed
            );
        }

        var target = hasId
            ? await db
                .Institutions.AsNoTracking()
                .SingleOrDefaultAsync(i => i.Id == request.InstitutionId, ct)
            : await db
                .Institutions.AsNoTracking()
                .SingleOrDefaultAsync(i => i.LaEstab == laEstab!.Value, ct);
        if (target is null)
        {
            return Unprocessable(
                hasId ? "/institutionId" : "/laEstab",
                "transfer.institution",
                "The host holds no such school."
            );
        }

        if (target.Id == learner.InstitutionId)
        {
            return Unprocessable(
                hasId ? "/institutionId" : "/laEstab",
                "transfer.institution",
                $"The learner is already on roll at '{target.Id}'."
            );
        }

        var source = await db
            .Institutions.AsNoTracking()
            .SingleAsync(i => i.Id == learner.InstitutionId, ct);
        var sending = CareersLogSerializer.Deserialize(row.Document).GetResultOrThrow();
        var sourceEstab = ToLaEstab(source.LaEstab);
        var current = sending.Schools.LastOrDefault(s =>
            s.To is null && sourceEstab is not null && sourceEstab.Equals(s.LaEstab)
        );
        if (current is not null && date <= current.From)
        {
            return Unprocessable(
                "/date",
                "transfer.date",
                $"The learner started at '{source.Id}' on {Text.Date(current.From)}: the transfer must be after that."
            );
        }

        // The sending school's last day is the day before the first at the receiving school.
        if (current is not null)
        {
            sending = new CareersLog(
                sending.Learner,
                [
                    .. sending.Schools.Select(s =>
                        s == current ? s with { To = date.PlusDays(-1) } : s
                    ),
                ],
                sending.Entries
            );
        }

        var arriving = new LogSchool(null, ToLaEstab(target.LaEstab), date) { Name = target.Name };
        if (arriving.LaEstab is null)
        {
            return Unprocessable(
                hasId ? "/institutionId" : "/laEstab",
                "transfer.institution",
                $"'{target.Id}' has no LAESTAB, which a careers log needs to name a school."
            );
        }

        var exported = CareersLogTransfer.ExportForTransfer(sending);
        var receiving = receivingLog ?? CareersLog.Start(exported.Learner, arriving);
        if (!receiving.Schools.Any(s => s.IsSameSchoolAs(arriving) && s.From == arriving.From))
        {
            receiving = receiving.AddSchool(arriving);
        }

        var merged = CareersLogTransfer.Merge(receiving, exported);
        if (!merged.Success)
        {
            return Problems.Invalid(
                "The logs cannot be merged.",
                merged.Problems,
                StatusCodes.Status422UnprocessableEntity
            );
        }

        var result = merged.Result!;
        var mergedDocument = CareersLogSerializer.Serialize(result.Log);

        learner.InstitutionId = target.Id;
        row.Document = mergedDocument;
        row.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Results.Problem(
                title: "The precondition failed.",
                detail: "Another request changed the careers log first; nothing was transferred.",
                statusCode: StatusCodes.Status412PreconditionFailed
            );
        }

        await audit.RecordAsync(http.User, "careers-log.transfer", target.Id, id, ct);
        http.Response.Headers.ETag = ETags.For(row.Version);
        var entries = result
            .Log.Entries.Select((e, i) => (e.Id, i))
            .ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        using var json = JsonDocument.Parse(mergedDocument);
        return Results.Ok(
            new TransferResultDto(
                id,
                source.Id,
                target.Id,
                Text.Date(date),
                result.Added,
                result.Unchanged,
                result
                    .Conflicts.Select(c => new TransferConflictDto(
                        c.Id,
                        JsonPointer.Append("/log/entries", entries[c.Id]),
                        "The entry differs between the two schools' logs; the receiving school's version is kept."
                    ))
                    .ToArray(),
                result.SchoolsAdded,
                json.RootElement.Clone()
            )
        );
    }

    /// <summary>
    /// Where a log's learner is not the learner it is stored for: the UPN when the log has one (else the pseudonymous
    /// id, which in this host is the learner's id), and the date of birth when the log records it.
    /// </summary>
    public static List<ValidationError> IdentityProblems(
        LearnerRow learner,
        CareersLog log,
        string prefix = ""
    )
    {
        var problems = new List<ValidationError>();
        if (log.Learner.Upn is { } upn)
        {
            if (!string.Equals(upn.ToString(), learner.Upn, StringComparison.Ordinal))
            {
                problems.Add(
                    new(
                        "log.learner-mismatch",
                        prefix + "/learner/upn",
                        "The log's UPN is not the UPN of the learner it is stored for."
                    )
                );
            }
        }
        else if (!string.Equals(log.Learner.PseudonymousId, learner.Id, StringComparison.Ordinal))
        {
            problems.Add(
                new(
                    "log.learner-mismatch",
                    prefix + "/learner/pseudonymousId",
                    "The log's pseudonymous id is not the id of the learner it is stored for."
                )
            );
        }

        if (
            log.Learner.DateOfBirth is { } born
            && born != LocalDate.FromDateOnly(learner.DateOfBirth)
        )
        {
            problems.Add(
                new(
                    "log.learner-mismatch",
                    prefix + "/learner/dateOfBirth",
                    "The log's date of birth is not the learner's."
                )
            );
        }

        return problems;
    }

    private static LaEstab? ToLaEstab(int? value) =>
        value is { } v ? LaEstab.Parse(v.ToString("D7", CultureInfo.InvariantCulture)) : null;

    private static IResult Unprocessable(string path, string code, string message) =>
        Problems.Invalid(
            "The transfer cannot be made.",
            [new ValidationError(code, path, message)],
            StatusCodes.Status422UnprocessableEntity
        );
}
