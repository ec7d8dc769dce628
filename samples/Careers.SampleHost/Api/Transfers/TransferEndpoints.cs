using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Claims;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Careers.CareersLog;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace Careers.SampleHost.Api;

// Careers.CareersLog is also a namespace, and inside namespace Careers.* the compiler finds the namespace before the
// type; this alias names the type (code outside namespace Careers needs only `using Careers.CareersLog;`).

/// <summary>
/// Moves a learner and their careers and skills log to another school, as the Derby strategy asks of the log: "easily
/// transferred for continuity to secondary schools/academies" (docs/articles/domain.md §7). A transfer is asked for by
/// the sending school and happens only when the receiving school accepts it: until then the learner stays where they
/// are, and the sending school may cancel it or the receiving school decline it. On acceptance the sending school's
/// copy is exported with <see cref="CareersLogTransfer.ExportForTransfer"/> and merged into the receiving school's
/// with <see cref="CareersLogTransfer.Merge"/>.
/// </summary>
internal static class TransferEndpoints
{
    // The day in England, for "a transfer cannot be dated in the future".
    private static readonly DateTimeZone England = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static IEndpointRouteBuilder MapTransferApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/learners")
            .WithTags("Careers log")
            .MapPost("/{id}/careers-log/transfer", RequestTransfer)
            .WithName("TransferCareersLog")
            .RequireAuthorization(Access.LearnerRecords)
            .WithSummary(
                "Asks another school to take a learner and their careers log; the learner moves when that school accepts."
            )
            .Describe(
                "The sending school names the receiving school and the learner's first day there, which cannot be in "
                    + "the future (in England) nor on or before the day the learner started at the sending school. The "
                    + "transfer waits, pending, for the receiving school to accept or decline it; the sending school "
                    + "may cancel it meanwhile; a learner has at most one pending transfer. Nothing moves until it is "
                    + "accepted. If-Match, when sent, must carry the log's current ETag.",
                "a school key, for its own learner: the sending school.",
                "`400` when the body cannot be read, names the receiving school by both or neither of `institutionId` and `laEstab`, or has an id, LAESTAB or `date` that is not valid or a date in the future.",
                "`403` for an analyst or administrator key: they never read or write a learner record.",
                "`404` when there is no such learner, the learner is at another school (answered alike), or the learner has no careers log.",
                "`409` when the learner already has a pending transfer: cancel it first.",
                "`412` when `If-Match` is sent and is not the log's current `ETag`.",
                "`413` when the body is over the host's limit (`Careers:Limits:MaxRequestBodyBytes`).",
                "`415` when the body is not `application/json`, or has no `Content-Type`.",
                "`422` when the host holds no such school, it is the learner's own school or has no LAESTAB, the date is not after the learner's first day at the sending school, or the stored log cannot be read."
            )
            .Produces<TransferDto>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        var transfers = app.MapGroup("/institutions/{id}/transfers")
            .WithTags("Careers log")
            .RequireAuthorization(Access.LearnerRecords);
        transfers
            .MapGet("", ListTransfers)
            .WithName("ListTransfers")
            .WithSummary("The transfers to and from a school, pending ones first.")
            .Describe(
                "Each transfer the school asked for or was asked to accept, newest first within its status: the "
                    + "learner, the two schools, the first day at the receiving school and where it stands.",
                "a school key, for its own institution only.",
                "`403` for an analyst or administrator key: they never read a learner record.",
                "`404` when the institution is not the key's own."
            )
            .Produces<IReadOnlyList<TransferDto>>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);
        transfers
            .MapPost("/{transferId}/accept", Accept)
            .WithName("AcceptTransfer")
            .WithSummary(
                "The receiving school accepts a transfer: the learner moves and the log is merged with its own."
            )
            .Describe(
                "Records the last day at the sending school and the first at the receiving school in the log, exports "
                    + "the log for transfer (no staff names), merges it by entry id into the log the receiving school "
                    + "already keeps (receivingLog, optional), moves the learner, and returns the merged log with its "
                    + "new ETag. An entry edited on both sides is a conflict: the receiving school's version is kept "
                    + "and the conflict is listed. Only a pending transfer to this school can be accepted.",
                "a school key, for its own institution: the receiving school.",
                "`400` when the body cannot be read, or `receivingLog` is not valid against the careers-log schema (errors under `/receivingLog`).",
                "`403` for an analyst or administrator key: they never read or write a learner record.",
                "`404` when there is no such transfer, it is not to this school, or the institution is not the key's own: all answered alike.",
                "`409` when the transfer is no longer pending, or the learner has left the sending school meanwhile.",
                "`412` when another request changed the careers log first; nothing was transferred.",
                "`413` when the body is over the host's limit (`Careers:Limits:MaxRequestBodyBytes`).",
                "`415` when a body is sent that is not `application/json`.",
                "`422` when `receivingLog` is about another learner, the two logs cannot be merged, or the stored log cannot be read."
            )
            .Produces<TransferResultDto>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        transfers
            .MapPost("/{transferId}/decline", Decline)
            .WithName("DeclineTransfer")
            .WithSummary("The receiving school declines a pending transfer; nothing moves.")
            .Describe(
                "Marks the pending transfer declined, with the time; the learner and their log stay at the sending "
                    + "school. The decision is audited under the key's id.",
                "a school key, for its own institution: the receiving school.",
                "`403` for an analyst or administrator key: they never read or write a learner record.",
                "`404` when there is no such transfer, it is not to this school, or the institution is not the key's own: all answered alike.",
                "`409` when the transfer is no longer pending."
            )
            .Produces<TransferDto>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        transfers
            .MapPost("/{transferId}/cancel", Cancel)
            .WithName("CancelTransfer")
            .WithSummary("The sending school cancels a pending transfer; nothing moves.")
            .Describe(
                "Marks the pending transfer cancelled, with the time; the learner and their log stay at the sending "
                    + "school, which may then ask again. The decision is audited under the key's id.",
                "a school key, for its own institution: the sending school.",
                "`403` for an analyst or administrator key: they never read or write a learner record.",
                "`404` when there is no such transfer, it is not from this school, or the institution is not the key's own: all answered alike.",
                "`409` when the transfer is no longer pending."
            )
            .Produces<TransferDto>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<IResult> RequestTransfer(
        string id,
        TransferRequestBody request,
        HttpContext http,
        CareersDbContext db,
        LearnerAudit audit,
        TimeProvider time,
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
        else if (hasId && !Ids.IsValid(request.InstitutionId))
        {
            errors.Add(new("transfer.institution", "/institutionId", Ids.Rule("institutionId")));
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

        var today = Instant.FromDateTimeOffset(time.GetUtcNow()).InZone(England).Date;
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
        else if (parsedDate.Value > today)
        {
            errors.Add(
                new(
                    "transfer.date",
                    "/date",
                    $"date {Text.Date(parsedDate.Value)} is in the future: a transfer is asked for once the learner has moved, on or after their first day at the receiving school (today is {Text.Date(today)})."
                )
            );
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
        var at = hasId ? "/institutionId" : "/laEstab";
        if (target is null)
        {
            return Unprocessable(at, "transfer.institution", "The host holds no such school.");
        }

        if (target.Id == learner.InstitutionId)
        {
            return Unprocessable(
                at,
                "transfer.institution",
                $"The learner is already on roll at '{target.Id}'."
            );
        }

        if (target.LaEstab is null)
        {
            return Unprocessable(
                at,
                "transfer.institution",
                $"'{target.Id}' has no LAESTAB, which a careers log needs to name a school."
            );
        }

        var source = await db
            .Institutions.AsNoTracking()
            .SingleAsync(i => i.Id == learner.InstitutionId, ct);
        var stored = CareersLogSerializer.Deserialize(row.Document);
        if (!stored.Success)
        {
            return StoredLogRefused(stored.Problems);
        }

        var current = CurrentSchool(stored.Result, source);
        if (current is not null && date <= current.From)
        {
            return Unprocessable(
                "/date",
                "transfer.date",
                $"The learner started at '{source.Id}' on {Text.Date(current.From)}: the transfer must be after that."
            );
        }

        if (
            await db.Transfers.AnyAsync(
                t => t.LearnerId == id && t.Status == (int)TransferStatus.Pending,
                ct
            )
        )
        {
            return Results.Problem(
                title: "A transfer is already pending.",
                detail: "The learner already has a transfer waiting for the receiving school: cancel it first.",
                statusCode: StatusCodes.Status409Conflict
            );
        }

        var transfer = new TransferRow
        {
            Id = Guid.NewGuid().ToString("N"),
            LearnerId = id,
            FromInstitutionId = source.Id,
            ToInstitutionId = target.Id,
            Date = date.ToDateOnly(),
            Status = (int)TransferStatus.Pending,
            RequestedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Transfers.Add(transfer);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(http.User, "careers-log.transfer-request", target.Id, id, ct);
        return Results.Accepted($"/institutions/{source.Id}/transfers", TransferDto.Of(transfer));
    }

    private static async Task<IResult> ListTransfers(
        string id,
        ClaimsPrincipal user,
        CareersDbContext db,
        CancellationToken ct
    )
    {
        if (!user.MaySee(id))
        {
            return Problems.NotFound("The institution");
        }

        var rows = await db
            .Transfers.AsNoTracking()
            .Where(t => t.FromInstitutionId == id || t.ToInstitutionId == id)
            .ToListAsync(ct);
        return Results.Ok(
            rows.OrderBy(t => t.Status)
                .ThenByDescending(t => t.RequestedAt)
                .ThenBy(t => t.Id, StringComparer.Ordinal)
                .Select(TransferDto.Of)
                .ToArray()
        );
    }

    private static async Task<IResult> Accept(
        string id,
        string transferId,
        AcceptTransferBody? request,
        HttpContext http,
        CareersDbContext db,
        LearnerAudit audit,
        TimeProvider time,
        CancellationToken ct
    )
    {
        CareersLogDocument? receivingLog = null;
        if (request?.ReceivingLog is { ValueKind: not JsonValueKind.Null } document)
        {
            var problems = CareersLogValidator.Default.Validate(document);
            if (problems.Count > 0)
            {
                return Problems.Invalid(
                    "The transfer cannot be accepted.",
                    problems.Select(p => p.At("/receivingLog"))
                );
            }

            receivingLog = CareersLogSerializer
                .Deserialize(document.GetRawText())
                .GetResultOrThrow();
        }

        // Only the receiving school decides; a transfer to another school is answered as a missing one.
        var transfer = await db.Transfers.SingleOrDefaultAsync(
            t => t.Id == transferId && t.ToInstitutionId == id,
            ct
        );
        if (transfer is null || !http.User.MaySee(id))
        {
            return Problems.NotFound("The transfer");
        }

        if (transfer.Status != (int)TransferStatus.Pending)
        {
            return NotPending(transfer);
        }

        var learner = await db.Learners.SingleAsync(l => l.Id == transfer.LearnerId, ct);
        if (learner.InstitutionId != transfer.FromInstitutionId)
        {
            return Results.Problem(
                title: "The transfer can no longer be made.",
                detail: "The learner is no longer on roll at the school that asked for the transfer.",
                statusCode: StatusCodes.Status409Conflict
            );
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

        var row = await db.CareersLogs.SingleAsync(l => l.LearnerId == learner.Id, ct);
        var source = await db
            .Institutions.AsNoTracking()
            .SingleAsync(i => i.Id == transfer.FromInstitutionId, ct);
        var target = await db
            .Institutions.AsNoTracking()
            .SingleAsync(i => i.Id == transfer.ToInstitutionId, ct);
        var date = LocalDate.FromDateOnly(transfer.Date);
        var stored = CareersLogSerializer.Deserialize(row.Document);
        if (!stored.Success)
        {
            return StoredLogRefused(stored.Problems);
        }

        var sending = stored.Result;
        var current = CurrentSchool(sending, source);
        // The sending school's last day is the day before the first at the receiving school.
        if (current is not null)
        {
            sending = new CareersLogDocument(
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
        var exported = CareersLogTransfer.ExportForTransfer(sending);
        var receiving = receivingLog ?? CareersLogDocument.Start(exported.Learner, arriving);
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
        transfer.Status = (int)TransferStatus.Accepted;
        transfer.DecidedAt = time.GetUtcNow().UtcDateTime;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            // The learner has moved school: both schools' figures change, so the cached ones are kept no longer.
            await AreaVersions.BumpAsync(db, ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Results.Problem(
                title: "The precondition failed.",
                detail: "Another request changed the careers log first; nothing was transferred.",
                statusCode: StatusCodes.Status412PreconditionFailed
            );
        }

        await audit.RecordAsync(http.User, "careers-log.transfer", target.Id, learner.Id, ct);
        http.Response.Headers.ETag = ETags.For(row.Version);
        var entries = result
            .Log.Entries.Select((e, i) => (e.Id, i))
            .ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        using var json = JsonDocument.Parse(mergedDocument);
        return Results.Ok(
            new TransferResultDto(
                learner.Id,
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

    private static Task<IResult> Decline(
        string id,
        string transferId,
        HttpContext http,
        CareersDbContext db,
        LearnerAudit audit,
        TimeProvider time,
        CancellationToken ct
    ) =>
        Decide(
            t => t.Id == transferId && t.ToInstitutionId == id,
            TransferStatus.Declined,
            id,
            http,
            db,
            audit,
            time,
            ct
        );

    private static Task<IResult> Cancel(
        string id,
        string transferId,
        HttpContext http,
        CareersDbContext db,
        LearnerAudit audit,
        TimeProvider time,
        CancellationToken ct
    ) =>
        Decide(
            t => t.Id == transferId && t.FromInstitutionId == id,
            TransferStatus.Cancelled,
            id,
            http,
            db,
            audit,
            time,
            ct
        );

    private static async Task<IResult> Decide(
        System.Linq.Expressions.Expression<Func<TransferRow, bool>> which,
        TransferStatus decision,
        string school,
        HttpContext http,
        CareersDbContext db,
        LearnerAudit audit,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var transfer = await db.Transfers.SingleOrDefaultAsync(which, ct);
        if (transfer is null || !http.User.MaySee(school))
        {
            return Problems.NotFound("The transfer");
        }

        if (transfer.Status != (int)TransferStatus.Pending)
        {
            return NotPending(transfer);
        }

        transfer.Status = (int)decision;
        transfer.DecidedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(
            http.User,
            decision == TransferStatus.Declined
                ? "careers-log.transfer-decline"
                : "careers-log.transfer-cancel",
            school,
            transfer.LearnerId,
            ct
        );
        return Results.Ok(TransferDto.Of(transfer));
    }

    private static IResult NotPending(TransferRow transfer) =>
        Results.Problem(
            title: "The transfer is not pending.",
            detail: $"The transfer was {((TransferStatus)transfer.Status).ToString().ToLowerInvariant()} on {Text.Instant(transfer.DecidedAt!.Value)}; only a pending transfer can be accepted, declined or cancelled.",
            statusCode: StatusCodes.Status409Conflict
        );

    // The school the log says the learner is at now: the sending school's open entry.
    private static LogSchool? CurrentSchool(CareersLogDocument log, InstitutionRow source)
    {
        var sourceEstab = ToLaEstab(source.LaEstab);
        return log.Schools.LastOrDefault(s =>
            s.To is null && sourceEstab is not null && sourceEstab.Equals(s.LaEstab)
        );
    }

    /// <summary>
    /// Where a log's learner is not the learner it is stored for: the UPN when the log has one (else the pseudonymous
    /// id, which in this host is the learner's id), and the date of birth when the log records it.
    /// </summary>
    public static List<ValidationError> IdentityProblems(
        LearnerRow learner,
        CareersLogDocument log,
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

    /// <summary>
    /// A stored log that no longer reads (written round the host's checks): the transfer waits until it is mended,
    /// with the reader's problems, rather than failing with a 500.
    /// </summary>
    private static IResult StoredLogRefused(IEnumerable<ValidationError> problems) =>
        Problems.Invalid(
            "The learner's stored careers log cannot be read.",
            problems.Select(p => p.At("/storedLog")),
            StatusCodes.Status422UnprocessableEntity
        );

    private static IResult Unprocessable(string path, string code, string message) =>
        Problems.Invalid(
            "The transfer cannot be made.",
            [new ValidationError(code, path, message)],
            StatusCodes.Status422UnprocessableEntity
        );
}

/// <summary>A transfer to another school: the receiving school by id or LAESTAB, and the first day there.</summary>
/// <param name="InstitutionId">The receiving school's id in this host; or give <paramref name="LaEstab"/>.</param>
/// <param name="LaEstab">The receiving school's LA and establishment number, 7 digits.</param>
/// <param name="Date">The first day at the receiving school, <c>yyyy-MM-dd</c>: not in the future.</param>
internal sealed record TransferRequestBody(string? InstitutionId, string? LaEstab, string? Date);

/// <summary>The receiving school's acceptance, with the careers log it already keeps for the learner, if any.</summary>
/// <param name="ReceivingLog">The careers log the receiving school already keeps for the learner, if any.</param>
internal sealed record AcceptTransferBody(JsonElement? ReceivingLog);

/// <summary>A transfer between schools and where it stands.</summary>
/// <param name="Id">The transfer's id.</param>
/// <param name="LearnerId">The learner.</param>
/// <param name="From">The sending school.</param>
/// <param name="To">The receiving school.</param>
/// <param name="Date">The learner's first day at the receiving school.</param>
/// <param name="Status">Pending, Accepted, Declined or Cancelled.</param>
/// <param name="RequestedAt">When the sending school asked for it (UTC).</param>
/// <param name="DecidedAt">When it was accepted, declined or cancelled (UTC), or null while pending.</param>
internal sealed record TransferDto(
    string Id,
    string LearnerId,
    string From,
    string To,
    string Date,
    string Status,
    string RequestedAt,
    string? DecidedAt
)
{
    public static TransferDto Of(TransferRow row) =>
        new(
            row.Id,
            row.LearnerId,
            row.FromInstitutionId,
            row.ToInstitutionId,
            Text.Date(LocalDate.FromDateOnly(row.Date)),
            ((TransferStatus)row.Status).ToString(),
            Text.Instant(row.RequestedAt),
            row.DecidedAt is { } decided ? Text.Instant(decided) : null
        );
}
