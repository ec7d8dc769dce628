using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Careers.CareersLog;
using Careers.Interchange;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Net.Http.Headers;
using NodaTime;
using NodaTime.Text;

namespace Careers.SampleHost.Api;

/// <summary>
/// The careers logs that arrive with a Common Transfer File from a school outside the host (docs/articles/interchange.md):
/// the receiving school posts the file and the logs the sending school exported with it
/// (<see cref="CtfLogTransfer.Export"/>); the logs are matched to the file's pupils by UPN
/// (<see cref="CtfLogTransfer.Match"/>) and merged into each learner's log (<see cref="CareersLogTransfer.Merge"/>),
/// all or nothing, under an <c>Idempotency-Key</c>. The learners come first, from the same file
/// (<see cref="LearnerImportEndpoints"/>).
/// </summary>
internal static class CtfTransferEndpoints
{
    // The day in England, for "a first day cannot be in the future".
    private static readonly DateTimeZone England = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static readonly JsonSerializerOptions Web = JsonPolicy.Options;

    public static IEndpointRouteBuilder MapCtfTransferApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/institutions/{id}/transfers")
            .WithTags("Careers log")
            .MapPost("/ctf", Receive)
            .WithName("ReceiveCtfTransfer")
            .StreamsItsBody()
            .RequireAuthorization(Access.LearnerRecords)
            .WithSummary(
                "The receiving school takes the careers logs that came with a Common Transfer File: all of them, or none."
            )
            .Describe(
                "The body is multipart/form-data with two parts: `ctf`, the Common Transfer File addressed to this "
                    + "school, and `logs`, a JSON array of the careers logs the sending school exported with it. Each "
                    + "log is matched to a pupil of the file by UPN (or former UPN), and merged by entry id into the "
                    + "log this school keeps for that learner (a new log when it keeps none), with this school added "
                    + "from `date`, the pupils' first day here. Staff names are dropped from what arrives. The pupils "
                    + "must be on roll here already: import them from the same file first "
                    + "(`POST /institutions/{id}/learners/import`). The answer lists each learner's merge, the pupils "
                    + "with no log and the logs with no pupil. An entry edited on both sides is a conflict: this "
                    + "school's version is kept. The Idempotency-Key works as for the imports.",
                "a school key, for its own institution: the receiving school.",
                "`400` when `Idempotency-Key` or `date` is missing or not valid, `date` is in the future or outside the supported range, the body is not multipart with exactly the parts `ctf` and `logs`, the file is not a CTF that can be read (errors under `/ctf`), or a log is not valid against the careers-log schema (errors under `/logs/N`).",
                "`403` for an analyst or administrator key: they never read or write a learner record.",
                "`404` when there is no such institution or it is another school's: both are answered alike.",
                "`409` when another request changed one of these careers logs first; nothing of this one was written.",
                "`413` when the body is over `Careers:Import:MaxCtfBytes` (64 MiB by default), before or while it is read.",
                "`415` when the body is not `multipart/form-data`.",
                "`422` when the file is not addressed to this school (`transfer.ctf.school`), two logs are for one pupil (`ctf-log.duplicate`), a pupil with a log is not on roll here (`transfer.ctf.not-on-roll`), a log's date of birth is not the learner's, a learner's stored log cannot be read or the logs cannot be merged, or the `Idempotency-Key` already names a request with another body."
            )
            .Accepts<CtfTransferForm>("multipart/form-data")
            .Produces<CtfTransferResultDto>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        app.MapGroup("/institutions/{id}/transfers")
            .WithTags("Careers log")
            .MapPost("/ctf/export", Export)
            .WithName("ExportCtfTransfer")
            .StreamsItsBody()
            .RequireAuthorization(Access.LearnerRecords)
            .WithSummary(
                "The sending school's side: the careers logs to send with a Common Transfer File it made."
            )
            .Describe(
                "The body is the Common Transfer File (XML) that the school's MIS made for the pupils leaving it. For "
                    + "each pupil of the file on roll here with a careers log, the answer holds the log as it should "
                    + "travel (exported with the transfer policy: no staff names), in `logs`, with the pupil it "
                    + "belongs to in `pupils` at the same index: send `logs` with the file, and the receiving school's "
                    + "host takes both (`POST /institutions/{id}/transfers/ctf`). Pupils not on roll here and pupils "
                    + "with no log are listed. Nothing is written: the learners stay on roll until the school says "
                    + "otherwise. Each log exported is audited.",
                "a school key, for its own institution: the sending school.",
                "`400` when the body is not a CTF that can be read (`ctf.*`, each with the path of its element).",
                "`403` for an analyst or administrator key: they never read a learner record.",
                "`404` when there is no such institution or it is another school's: both are answered alike.",
                "`413` when the body is over `Careers:Import:MaxCtfBytes` (64 MiB by default).",
                "`415` when the body is not `application/xml` or `text/xml`.",
                "`422` when the file is not from this school (`transfer.ctf.school`), a learner's stored log cannot be read, or two stored logs name one pupil (`ctf-log.duplicate`)."
            )
            .Accepts<string>("application/xml", "text/xml")
            .Produces<CtfExportResultDto>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static async Task<IResult> Export(
        string id,
        HttpContext http,
        CareersDbContext db,
        IConfiguration configuration,
        UploadFolder uploads,
        LearnerAudit audit,
        CancellationToken ct
    )
    {
        var maxBytes = LearnerImportEndpoints.MaxBytes(configuration);
        // Nothing is written, so no Idempotency-Key: a retry answers the same.
        var (institution, refusal) = await IdempotentImport.BeginAsync(
            http,
            db,
            id,
            key: null,
            ["application/xml", "text/xml"],
            maxBytes,
            ct,
            keyed: false
        );
        if (institution is null)
        {
            return refusal!;
        }

        await using var body = await IdempotentImport.ReadBodyAsync(
            http,
            uploads,
            "application/xml",
            maxBytes,
            ct
        );
        if (body is null)
        {
            return IdempotentImport.TooLarge(maxBytes);
        }

        var read = CtfFile.Read(body.Stream);
        if (read.Result is not { } file)
        {
            return Problems.Invalid(
                "The file is not a Common Transfer File that can be read.",
                read.Problems
            );
        }

        if (institution.LaEstab is not { } laEstab || file.Header.Source.LaEstab.Value != laEstab)
        {
            return Problems.Invalid(
                "The logs cannot be exported.",
                [
                    new ValidationError(
                        "transfer.ctf.school",
                        "/CTfile/Header/SourceSchool",
                        $"The file is from {file.Header.Source.LaEstab}, not from '{institution.Id}'."
                    ),
                ],
                StatusCodes.Status422UnprocessableEntity
            );
        }

        var upns = file.Pupils.Select(p => p.Upn.ToString()).ToList();
        var learners = new Dictionary<string, LearnerRow>(StringComparer.Ordinal);
        foreach (var chunk in upns.Chunk(500))
        {
            foreach (
                var row in await db
                    .Learners.AsNoTracking()
                    .Where(l => l.InstitutionId == id && chunk.Contains(l.Upn!))
                    .ToListAsync(ct)
            )
            {
                learners[row.Upn!] = row;
            }
        }

        var ids = learners.Values.Select(l => l.Id).ToList();
        var logs = new List<CareersLogDocument>();
        var problems = new List<ValidationError>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (
                var row in await db
                    .CareersLogs.AsNoTracking()
                    .Where(l => chunk.Contains(l.LearnerId))
                    .ToListAsync(ct)
            )
            {
                var stored = CareersLogSerializer.Deserialize(row.Document);
                if (stored.Result is { } log)
                {
                    logs.Add(log);
                }
                else
                {
                    problems.AddRange(
                        stored.Problems.Select(p => p.At("/storedLog/" + row.LearnerId))
                    );
                }
            }
        }

        if (problems.Count > 0)
        {
            return Problems.Invalid(
                "A learner's stored careers log cannot be read.",
                problems,
                StatusCodes.Status422UnprocessableEntity
            );
        }

        // The SDK's own bridge: matched by UPN, exported with the transfer policy.
        var onRoll = file.Pupils.Where(p => learners.ContainsKey(p.Upn.ToString())).ToList();
        // Two stored logs naming one UPN (a log written round the host's checks) cannot both travel: say which.
        var export = CtfLogTransfer.Export(onRoll, logs);
        if (export.Result is not { } exported)
        {
            return Problems.Invalid(
                "Two stored careers logs name one pupil: the logs cannot be exported.",
                export.Problems.Select(p => p.At("/storedLogs")),
                StatusCodes.Status422UnprocessableEntity
            );
        }

        var index = new Dictionary<Upn, int>();
        for (var i = 0; i < file.Pupils.Count; i++)
        {
            index[file.Pupils[i].Upn] = i;
        }

        string PathOf(CtfPupil pupil) => JsonPointer.Append(CtfReader.PupilsPath, index[pupil.Upn]);
        foreach (var pair in exported.Pairs)
        {
            await audit.RecordAsync(
                http.User,
                "careers-log.export-ctf",
                id,
                learners[pair.Pupil.Upn.ToString()].Id,
                ct
            );
        }

        var json =
            "["
            + string.Join(",", exported.Pairs.Select(p => CareersLogSerializer.Serialize(p.Log)))
            + "]";
        using var document = JsonDocument.Parse(json);
        return Results.Ok(
            new CtfExportResultDto(
                id,
                document.RootElement.Clone(),
                exported.Pairs.Select(p => PathOf(p.Pupil)).ToArray(),
                exported.PupilsWithoutLog.Select(PathOf).ToArray(),
                file.Pupils.Where(p => !learners.ContainsKey(p.Upn.ToString()))
                    .Select(PathOf)
                    .ToArray()
            )
        );
    }

    private static async Task<IResult> Receive(
        string id,
        string? date,
        [FromHeader(Name = IdempotentImport.KeyHeader)] string? idempotencyKey,
        HttpContext http,
        CareersDbContext db,
        IConfiguration configuration,
        UploadFolder uploads,
        LearnerAudit audit,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var maxBytes = LearnerImportEndpoints.MaxBytes(configuration);
        var (institution, refusal) = await IdempotentImport.BeginAsync(
            http,
            db,
            id,
            idempotencyKey,
            ["multipart/form-data"],
            maxBytes,
            ct
        );
        if (institution is null)
        {
            return refusal!;
        }

        var key = idempotencyKey!;
        var today = Instant.FromDateTimeOffset(time.GetUtcNow()).InZone(England).Date;
        var parsedDate = LocalDatePattern.Iso.Parse(date ?? "");
        if (
            !parsedDate.Success
            || parsedDate.Value > today
            || !AcademicYear.IsSupported(parsedDate.Value)
        )
        {
            return Problems.Invalid(
                "The transfer is not valid.",
                "transfer.date",
                "/query/date",
                !parsedDate.Success
                        ? "date must be the pupils' first day at this school, written yyyy-MM-dd."
                    : parsedDate.Value > today
                        ? $"date {Text.Date(parsedDate.Value)} is in the future: the logs are taken once the pupils have arrived (today is {Text.Date(today)})."
                    : $"date {Text.Date(parsedDate.Value)} is outside the supported range, {Text.Date(AcademicYear.MinDate)} to {Text.Date(AcademicYear.MaxDate)}."
            );
        }

        var mediaType = MediaTypeHeaderValue.Parse(http.Request.ContentType);
        var parts = await ReadPartsAsync(http, uploads, mediaType, maxBytes, ct);
        await using var ctf = parts.Ctf;
        await using var logsPart = parts.Logs;
        if (parts.Problem is { } partProblem)
        {
            return partProblem;
        }

        // The hash names the two parts' content, not the multipart framing (its boundary differs on each retry).
        var hash = Convert.ToHexStringLower(
            SHA256.HashData(
                Encoding.UTF8.GetBytes(
                    $"ctf {ctf!.Hash}\nlogs {logsPart!.Hash}\n{Text.Date(parsedDate.Value)}"
                )
            )
        );
        if (await IdempotentImport.ReplayAsync(http, db, id, key, hash, ct) is { } replay)
        {
            return replay;
        }

        var read = CtfFile.Read(ctf.Stream);
        var logs = ReadLogs(logsPart.Stream, out var logProblems);
        if (read.Result is not { } file || logProblems.Count > 0)
        {
            return Problems.Invalid(
                "The file or the logs cannot be read: nothing was written.",
                read.Problems.Select(p => p.At("/ctf")).Concat(logProblems)
            );
        }

        var arrival = parsedDate.Value;
        var plan = await PlanAsync(db, institution, file, logs, arrival, ct);
        if (plan.Problems.Count > 0)
        {
            if (await IdempotentImport.ReplayAsync(http, db, id, key, hash, ct) is { } written)
            {
                return written;
            }

            return Problems.Invalid(
                "The logs cannot be taken: nothing was written.",
                plan.Problems,
                StatusCodes.Status422UnprocessableEntity
            );
        }

        var response = JsonSerializer.Serialize(plan.Result, Web);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.ImportRequests.Add(IdempotentImport.Record(id, key, hash, response));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same request under the same key got there first (answer as it was answered), or another request
            // changed one of these logs (their versions are checked): nothing of this one was written.
            db.ChangeTracker.Clear();
            if (await IdempotentImport.ReplayAsync(http, db, id, key, hash, ct) is { } replayed)
            {
                return replayed;
            }

            return Results.Problem(
                title: "Another request changed some of these careers logs first.",
                detail: "Nothing of this request was written. Send it again under a new Idempotency-Key.",
                statusCode: StatusCodes.Status409Conflict
            );
        }

        foreach (var learner in plan.Result.Learners)
        {
            await audit.RecordAsync(
                http.User,
                "careers-log.transfer-ctf",
                id,
                learner.LearnerId,
                ct
            );
        }

        return IdempotentImport.Written(response);
    }

    /// <summary>The two parts, each kept in a temporary file; or the problem with the body.</summary>
    private static async Task<(ImportBody? Ctf, ImportBody? Logs, IResult? Problem)> ReadPartsAsync(
        HttpContext http,
        UploadFolder uploads,
        MediaTypeHeaderValue mediaType,
        long maxBytes,
        CancellationToken ct
    )
    {
        ImportBody? ctf = null;
        ImportBody? logs = null;
        IResult Refuse(string message) =>
            Problems.Invalid(
                "The body is not the two parts of a CTF transfer.",
                "transfer.ctf.parts",
                "",
                message
            );

        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            return (null, null, Refuse("The multipart body has no boundary."));
        }

        IdempotentImport.LiftBodyLimit(http, maxBytes);
        var reader = new MultipartReader(boundary, http.Request.Body)
        {
            BodyLengthLimit = maxBytes,
        };
        try
        {
            long used = 0;
            MultipartSection? section;
            while ((section = await reader.ReadNextSectionAsync(ct)) is not null)
            {
                var name = ContentDispositionHeaderValue.TryParse(
                    section.ContentDisposition,
                    out var disposition
                )
                    ? HeaderUtilities.RemoveQuotes(disposition.Name).Value
                    : null;
                if (name is not ("ctf" or "logs") || (name == "ctf" ? ctf : logs) is not null)
                {
                    return (
                        ctf,
                        logs,
                        Refuse(
                            $"The parts are `ctf` and `logs`, once each; a part named '{name}' was sent."
                        )
                    );
                }

                var part = await ImportBody.ReadAsync(
                    uploads,
                    section.Body,
                    name,
                    maxBytes - used,
                    ct
                );
                if (part is null)
                {
                    return (ctf, logs, IdempotentImport.TooLarge(maxBytes));
                }

                used += part.Stream.Length;
                if (name == "ctf")
                {
                    ctf = part;
                }
                else
                {
                    logs = part;
                }
            }
        }
        catch (IOException e)
        {
            return (ctf, logs, Refuse("The multipart body cannot be read: " + e.Message));
        }
        catch (InvalidDataException e)
        {
            return (ctf, logs, Refuse("The multipart body cannot be read: " + e.Message));
        }

        return ctf is null || logs is null
            ? (
                ctf,
                logs,
                Refuse(
                    "Both parts are needed: `ctf` (the file) and `logs` (a JSON array of careers logs)."
                )
            )
            : (ctf, logs, null);
    }

    /// <summary>The logs of the <c>logs</c> part: a JSON array, each read with the careers-log package's rules.</summary>
    private static List<CareersLogDocument> ReadLogs(
        Stream stream,
        out List<ValidationError> problems
    )
    {
        problems = [];
        var logs = new List<CareersLogDocument>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            problems.Add(
                new ValidationError(
                    "transfer.ctf.logs",
                    "/logs",
                    $"The logs part must be a JSON array of careers logs; it cannot be read at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}."
                )
            );
            return logs;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                problems.Add(
                    new ValidationError(
                        "transfer.ctf.logs",
                        "/logs",
                        "The logs part must be a JSON array of careers logs."
                    )
                );
                return logs;
            }

            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var at = JsonPointer.Append("/logs", index++);
                var before = problems.Count;
                JsonPolicy.FindDuplicates(element, at, problems);
                var log = CareersLogSerializer.Deserialize(element.GetRawText());
                if (log.Result is { } result && problems.Count == before)
                {
                    logs.Add(result);
                }
                else
                {
                    problems.AddRange(log.Problems.Select(p => p.At(at)));
                }
            }
        }

        return logs;
    }

    /// <summary>
    /// Matches the logs to the file's pupils and merges each into its learner's log, tracked but not saved; or the
    /// problems that stop it.
    /// </summary>
    private static async Task<(
        CtfTransferResultDto Result,
        List<ValidationError> Problems
    )> PlanAsync(
        CareersDbContext db,
        InstitutionRow institution,
        CtfFile file,
        List<CareersLogDocument> logs,
        LocalDate arrival,
        CancellationToken ct
    )
    {
        var problems = new List<ValidationError>();
        var empty = new CtfTransferResultDto(institution.Id, Text.Date(arrival), [], [], []);
        if (
            institution.LaEstab is not { } laEstab
            || file.Header.Destination?.LaEstab.Value != laEstab
        )
        {
            problems.Add(
                new ValidationError(
                    "transfer.ctf.school",
                    "/ctf/CTfile/Header/DestSchool",
                    $"The file is addressed to {file.Header.Destination?.LaEstab.ToString() ?? "no school"}, not to '{institution.Id}'"
                        + (
                            institution.LaEstab is { } own
                                ? $" ({own.ToString("D7", CultureInfo.InvariantCulture)})."
                                : ", which has no LAESTAB."
                        )
                )
            );
            return (empty, problems);
        }

        var match = CtfLogTransfer.Match(file.Pupils, logs);
        if (match.Result is not { } matched)
        {
            return (empty, [.. match.Problems]);
        }

        var pupilIndex = new Dictionary<Upn, int>();
        for (var i = 0; i < file.Pupils.Count; i++)
        {
            pupilIndex[file.Pupils[i].Upn] = i;
        }

        var logIndex = new Dictionary<CareersLogDocument, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < logs.Count; i++)
        {
            logIndex[logs[i]] = i;
        }

        var upns = matched.Pairs.Select(p => p.Pupil.Upn.ToString()).ToList();
        var learners = new Dictionary<string, LearnerRow>(StringComparer.Ordinal);
        foreach (var chunk in upns.Chunk(500))
        {
            foreach (
                var row in await db
                    .Learners.AsNoTracking()
                    .Where(l => l.InstitutionId == institution.Id && chunk.Contains(l.Upn!))
                    .ToListAsync(ct)
            )
            {
                learners[row.Upn!] = row;
            }
        }

        var ids = learners.Values.Select(l => l.Id).ToList();
        var stored = new Dictionary<string, CareersLogRow>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (
                var row in await db
                    .CareersLogs.Where(l => chunk.Contains(l.LearnerId))
                    .ToListAsync(ct)
            )
            {
                stored[row.LearnerId] = row;
            }
        }

        var arriving = new LogSchool(
            null,
            LaEstab.Create(laEstab / 10_000, laEstab % 10_000),
            arrival
        )
        {
            Name = institution.Name,
        };
        var merges = new List<CtfTransferLearnerDto>();
        foreach (var pair in matched.Pairs)
        {
            var pupilPath = JsonPointer.Append(
                "/ctf" + CtfReader.PupilsPath,
                pupilIndex[pair.Pupil.Upn]
            );
            var logPath = JsonPointer.Append("/logs", logIndex[pair.Log]);
            if (!learners.TryGetValue(pair.Pupil.Upn.ToString(), out var learner))
            {
                problems.Add(
                    new ValidationError(
                        "transfer.ctf.not-on-roll",
                        pupilPath + "/UPN",
                        $"The pupil with UPN {pair.Pupil.Upn} has a log but is not on roll at '{institution.Id}': import the file's learners first (POST /institutions/{institution.Id}/learners/import)."
                    )
                );
                continue;
            }

            if (
                pair.Log.Learner.DateOfBirth is { } born
                && born != LocalDate.FromDateOnly(learner.DateOfBirth)
            )
            {
                problems.Add(
                    new ValidationError(
                        "log.learner-mismatch",
                        logPath + "/learner/dateOfBirth",
                        "The log's date of birth is not the learner's."
                    )
                );
                continue;
            }

            CareersLogDocument receiving;
            if (stored.TryGetValue(learner.Id, out var row))
            {
                var own = CareersLogSerializer.Deserialize(row.Document);
                if (own.Result is not { } ownLog)
                {
                    problems.AddRange(own.Problems.Select(p => p.At("/storedLog/" + learner.Id)));
                    continue;
                }

                receiving = ownLog;
            }
            else
            {
                // The learner's log starts here with what the sending school knew of them (UPN, date of birth).
                receiving = CareersLogDocument.Start(pair.Log.Learner, arriving);
            }

            if (!receiving.Schools.Any(s => s.IsSameSchoolAs(arriving) && s.From == arriving.From))
            {
                receiving = receiving.AddSchool(arriving);
            }

            // What arrives is taken as the transfer policy lets it travel, whatever the sender did (no staff names).
            var merged = CareersLogTransfer.Merge(
                receiving,
                CareersLogTransfer.ExportForTransfer(pair.Log)
            );
            if (merged.Result is not { } result)
            {
                problems.AddRange(merged.Problems.Select(p => p.At(logPath)));
                continue;
            }

            var document = CareersLogSerializer.Serialize(result.Log);
            if (row is null)
            {
                db.CareersLogs.Add(
                    new CareersLogRow
                    {
                        LearnerId = learner.Id,
                        Document = document,
                        Version = 1,
                    }
                );
            }
            else
            {
                row.Document = document;
                row.Version++;
            }

            merges.Add(
                new CtfTransferLearnerDto(
                    learner.Id,
                    logPath,
                    result.Added,
                    result.Unchanged,
                    result.Conflicts.Select(c => c.Id).ToArray(),
                    result.SchoolsAdded
                )
            );
        }

        return (
            new CtfTransferResultDto(
                institution.Id,
                Text.Date(arrival),
                merges,
                matched
                    .PupilsWithoutLog.Select(p =>
                        JsonPointer.Append("/ctf" + CtfReader.PupilsPath, pupilIndex[p.Upn])
                    )
                    .ToArray(),
                matched
                    .LogsWithoutPupil.Select(l => JsonPointer.Append("/logs", logIndex[l]))
                    .ToArray()
            ),
            problems
        );
    }
}

/// <summary>The two parts of a CTF transfer, as OpenAPI shows them.</summary>
/// <param name="Ctf">The Common Transfer File addressed to this school (XML).</param>
/// <param name="Logs">A JSON array of the careers logs the sending school exported with the file.</param>
internal sealed record CtfTransferForm(IFormFile Ctf, IFormFile Logs);

/// <summary>The logs to send with a CTF, and the pupils of the file that have none.</summary>
/// <param name="InstitutionId">The sending school.</param>
/// <param name="Logs">The logs as they should travel, a JSON array: the receiving host's <c>logs</c> part.</param>
/// <param name="Pupils">For each log, at the same index, the pupil of the file it belongs to (<c>/CTfile/CTFpupilData/Pupil/N</c>).</param>
/// <param name="PupilsWithoutLog">The pupils on roll here that have no careers log.</param>
/// <param name="PupilsNotOnRoll">The pupils of the file that are not on roll at this school.</param>
internal sealed record CtfExportResultDto(
    string InstitutionId,
    JsonElement Logs,
    IReadOnlyList<string> Pupils,
    IReadOnlyList<string> PupilsWithoutLog,
    IReadOnlyList<string> PupilsNotOnRoll
);

/// <summary>What the logs that came with a CTF did.</summary>
/// <param name="InstitutionId">The receiving school.</param>
/// <param name="Date">The pupils' first day at the receiving school.</param>
/// <param name="Learners">Each learner whose log was merged.</param>
/// <param name="PupilsWithoutLog">The pupils of the file no log came for, as paths into the file (<c>/ctf/CTfile/CTFpupilData/Pupil/N</c>).</param>
/// <param name="LogsWithoutPupil">The logs that belong to no pupil of the file (no UPN, or one not in it), as <c>/logs/N</c>; nothing was done with them.</param>
internal sealed record CtfTransferResultDto(
    string InstitutionId,
    string Date,
    IReadOnlyList<CtfTransferLearnerDto> Learners,
    IReadOnlyList<string> PupilsWithoutLog,
    IReadOnlyList<string> LogsWithoutPupil
);

/// <summary>One learner's merge.</summary>
/// <param name="LearnerId">The learner, on roll at the receiving school.</param>
/// <param name="Log">The log that came for them (<c>/logs/N</c>).</param>
/// <param name="Added">The ids of the entries added to the learner's log.</param>
/// <param name="Unchanged">The ids of the entries the log already held as they came.</param>
/// <param name="Conflicts">The ids of the entries edited on both sides: the receiving school's version is kept.</param>
/// <param name="SchoolsAdded">How many schools the learner's log gained.</param>
internal sealed record CtfTransferLearnerDto(
    string LearnerId,
    string Log,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> Conflicts,
    int SchoolsAdded
);
