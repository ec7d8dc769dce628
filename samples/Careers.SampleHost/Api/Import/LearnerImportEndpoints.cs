using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Careers.Interchange;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using NodaTime;

namespace Careers.SampleHost.Api;

/// <summary>
/// Learners from the DfE Common Transfer File a school's MIS already exports (docs/articles/interchange.md): the file
/// is read with <see cref="CtfFile.Read"/>, each pupil mapped with <see cref="CtfMapping.ToLearner"/>, and the
/// learners added to the school's roll or updated there, all or nothing, under an <c>Idempotency-Key</c>
/// (<see cref="IdempotentImport"/>). An import adds and updates learners; it never removes one.
/// </summary>
internal static class LearnerImportEndpoints
{
    /// <summary>The configuration key of the largest file accepted, in bytes.</summary>
    public const string MaxBytesKey = "Careers:Import:MaxCtfBytes";

    /// <summary>
    /// The largest file accepted by default: 64 MiB. A CTF carries much the SDK does not read (addresses, contacts,
    /// attendance, assessments), so a whole school's file is many times the size of the pupils' subset.
    /// </summary>
    public const long DefaultMaxBytes = 64 * 1024 * 1024;

    /// <summary>The largest CTF accepted, from <see cref="MaxBytesKey"/>: by this import and by the CTF transfers.</summary>
    public static long MaxBytes(IConfiguration configuration) =>
        configuration.GetValue<long?>(MaxBytesKey) ?? DefaultMaxBytes;

    /// <summary>
    /// The configuration key of the area's policy on the expanded FSM eligibility of 2026
    /// (<see cref="CtfMappingOptions.CountExpandedFreeSchoolMeals"/>): false, the SDK's default, when absent.
    /// </summary>
    public const string CountExpandedFreeSchoolMealsKey =
        "Careers:Import:CountExpandedFreeSchoolMeals";

    private static readonly string[] MediaTypes = ["application/xml", "text/xml"];

    private static readonly JsonSerializerOptions Web = JsonPolicy.Options;

    public static IEndpointRouteBuilder MapLearnerImportApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/institutions")
            .WithTags("Imports")
            .MapPost("/{id}/learners/import", Import)
            .WithName("ImportLearners")
            .StreamsItsBody()
            .RequireAuthorization(Access.LearnerRecords)
            .WithSummary(
                "Adds or updates a school's learners from a DfE Common Transfer File: all of them, or none."
            )
            .Describe(
                "The body is a Common Transfer File (CTF 20 or 21, XML) that the school's MIS exported, from the "
                    + "school or addressed to it. Each pupil becomes a learner of the school (matched by UPN: an "
                    + "existing learner is updated, a new one added with an id of the host's own); the "
                    + "characteristics are as at the file's date. Only the pupil subset the SDK uses is read; the rest "
                    + "of the file (addresses, contacts, attendance, assessments) is skipped unread, and the file is "
                    + "not kept. A DTD or entity is refused, never resolved. Every pupil is checked first; one bad "
                    + "pupil writes nothing. The Idempotency-Key works as for the activity import.",
                "a school key, for its own institution only.",
                "`400` when `Idempotency-Key` is missing or not 1 to 200 visible ASCII characters, or the body is not a CTF that can be read (`ctf.*`: not well-formed, a DTD, a wrong root, an unsupported version, a bad UPN or code; each with the path of its element).",
                "`403` for an analyst or administrator key: they never read or write a learner record.",
                "`404` when there is no such institution or it is another school's: both are answered alike.",
                "`409` when another import added one of these learners first; nothing of this one was written.",
                "`413` when the body is over `Careers:Import:MaxCtfBytes` (64 MiB by default), before or while it is read.",
                "`415` when the body is not `application/xml` or `text/xml`, or has no `Content-Type`.",
                "`422` when the file was read but cannot be imported: it is neither from nor to this school (`import.ctf.school`), is dated after the area's reference date (`import.ctf.date`), has no pupils (`import.empty`), a pupil cannot be a learner (`ctf.nc-year.*`, `ctf.dob.year-group`), is on roll at another school of the area (`import.learner.elsewhere`: it moves with a transfer), or the `Idempotency-Key` already names an import with another body."
            )
            .Accepts<string>("application/xml", "text/xml")
            .Produces<LearnerImportResultDto>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static async Task<IResult> Import(
        string id,
        [FromHeader(Name = IdempotentImport.KeyHeader)] string? idempotencyKey,
        HttpContext http,
        CareersDbContext db,
        IConfiguration configuration,
        UploadFolder uploads,
        LearnerAudit audit,
        CancellationToken ct
    )
    {
        var maxBytes = MaxBytes(configuration);
        var (institution, refusal) = await IdempotentImport.BeginAsync(
            http,
            db,
            id,
            idempotencyKey,
            MediaTypes,
            maxBytes,
            ct
        );
        if (institution is null)
        {
            return refusal!;
        }

        var key = idempotencyKey!;
        // Both XML media types are one import: the hash names the content, not the label.
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

        if (await IdempotentImport.ReplayAsync(http, db, id, key, body.Hash, ct) is { } replay)
        {
            return replay;
        }

        var read = CtfFile.Read(body.Stream);
        if (read.Result is not { } file)
        {
            return Problems.Invalid(
                "The file is not a Common Transfer File that can be read: nothing was written.",
                read.Problems
            );
        }

        var referenceDate = await CareersDatabase.ReferenceDateAsync(db, ct);
        var problems = CheckHeader(file.Header, institution, referenceDate);
        if (file.Pupils.Count == 0)
        {
            problems.Add(
                new ValidationError(
                    "import.empty",
                    CtfReader.PupilsPath,
                    "The file holds no pupils: nothing to import."
                )
            );
        }

        var options = CtfMappingOptions.ForHeader(file.Header) with
        {
            InstitutionId = id,
            CountExpandedFreeSchoolMeals = configuration.GetValue<bool>(
                CountExpandedFreeSchoolMealsKey
            ),
        };
        var learners = new List<(Learner Learner, string Path)>(file.Pupils.Count);
        for (var i = 0; i < file.Pupils.Count; i++)
        {
            var path = JsonPointer.Append(CtfReader.PupilsPath, i);
            var mapped = CtfMapping.ToLearner(file.Pupils[i], options, path);
            if (mapped.Result is { } learner)
            {
                learners.Add((learner, path));
            }
            else
            {
                problems.AddRange(mapped.Problems);
            }
        }

        var held = await HeldAsync(db, learners.Select(l => l.Learner.Upn!), ct);
        foreach (var (learner, path) in learners)
        {
            // A pupil on roll at another school of the area moves with a transfer, which takes their careers log with
            // them; an import would leave the log behind. The school holds the UPN already (it is in its own file).
            if (held.TryGetValue(learner.Upn!.ToString(), out var row) && row.InstitutionId != id)
            {
                problems.Add(
                    new ValidationError(
                        "import.learner.elsewhere",
                        path + "/UPN",
                        $"The pupil with UPN {learner.Upn} is on roll at another school of the area: a learner moves "
                            + "with a careers-log transfer (POST /learners/{id}/careers-log/transfer), not an import."
                    )
                );
            }
        }

        if (problems.Count > 0)
        {
            if (await IdempotentImport.ReplayAsync(http, db, id, key, body.Hash, ct) is { } written)
            {
                return written;
            }

            return Problems.Invalid(
                "The file cannot be imported: nothing was written.",
                problems,
                StatusCodes.Status422UnprocessableEntity
            );
        }

        var result = await WriteAsync(http, db, id, key, body.Hash, file, learners, held, ct);
        if (result.Written)
        {
            await audit.RecordAsync(http.User, "learners.import", id, null, ct);
        }

        return result.Answer;
    }

    /// <summary>The header's problems: the file must be from or to this school, and not dated after the area's day.</summary>
    private static List<ValidationError> CheckHeader(
        CtfHeader header,
        InstitutionRow institution,
        LocalDate referenceDate
    )
    {
        var problems = new List<ValidationError>();
        if (institution.LaEstab is not { } laEstab)
        {
            problems.Add(
                new ValidationError(
                    "import.ctf.school",
                    "/CTfile/Header",
                    $"'{institution.Id}' has no LAESTAB, which a CTF names its schools by."
                )
            );
        }
        else if (
            header.Source.LaEstab.Value != laEstab
            && header.Destination?.LaEstab.Value != laEstab
        )
        {
            problems.Add(
                new ValidationError(
                    "import.ctf.school",
                    "/CTfile/Header/DestSchool",
                    $"The file is from {header.Source.LaEstab}"
                        + (
                            header.Destination is { } to
                                ? $" to {to.LaEstab}"
                                : " and addressed to no school"
                        )
                        + $": neither is '{institution.Id}' ({laEstab.ToString(CultureInfo.InvariantCulture)})."
                )
            );
        }

        if (header.Created.Date > referenceDate)
        {
            problems.Add(
                new ValidationError(
                    "import.ctf.date",
                    "/CTfile/Header/DateTime",
                    $"The file was made on {Text.Date(header.Created.Date)}, after the area's reference date, {Text.Date(referenceDate)}: its learners' characteristics would be from the area's future."
                )
            );
        }

        return problems;
    }

    /// <summary>The learners the host holds with these UPNs, wherever they are on roll, by UPN.</summary>
    private static async Task<Dictionary<string, LearnerRow>> HeldAsync(
        CareersDbContext db,
        IEnumerable<Upn> upns,
        CancellationToken ct
    )
    {
        var held = new Dictionary<string, LearnerRow>(StringComparer.Ordinal);
        foreach (var chunk in upns.Select(u => u.ToString()).Distinct().Chunk(500))
        {
            foreach (
                var row in await db.Learners.Where(l => chunk.Contains(l.Upn!)).ToListAsync(ct)
            )
            {
                held[row.Upn!] = row;
            }
        }

        return held;
    }

    /// <summary>Adds and updates every learner, and the response under its key, in one transaction.</summary>
    private static async Task<(IResult Answer, bool Written)> WriteAsync(
        HttpContext http,
        CareersDbContext db,
        string institutionId,
        string key,
        string hash,
        CtfFile file,
        List<(Learner Learner, string Path)> learners,
        Dictionary<string, LearnerRow> held,
        CancellationToken ct
    )
    {
        var added = 0;
        foreach (var (learner, _) in learners)
        {
            var upn = learner.Upn!.ToString();
            if (!held.TryGetValue(upn, out var row))
            {
                // The host's own id, not the UPN: the id is in URLs and logs, and the UPN is the pupil's for life.
                row = new LearnerRow
                {
                    Id = "ctf-" + Guid.NewGuid().ToString("N"),
                    InstitutionId = institutionId,
                    Upn = upn,
                };
                db.Learners.Add(row);
                added++;
            }

            Mapping.Fill(row, learner);
        }

        var response = JsonSerializer.Serialize(
            new LearnerImportResultDto(
                institutionId,
                key,
                file.Header.Version.ToString(),
                learners.Count,
                added,
                learners.Count - added,
                file.Warnings.Select(w => new FieldError(w.Code, w.Path, w.Message)).ToArray()
            ),
            Web
        );
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.ImportRequests.Add(IdempotentImport.Record(institutionId, key, hash, response));
            await db.SaveChangesAsync(ct);
            // The area's figures change with its learners: the cached ones are kept no longer (AreaResults).
            await AreaVersions.BumpAsync(db, ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request got there first: the same import under the same key (answer as it was answered), or
            // another import that added one of these UPNs (a conflict). Nothing of this one was written.
            db.ChangeTracker.Clear();
            if (
                await IdempotentImport.ReplayAsync(http, db, institutionId, key, hash, ct) is
                { } replay
            )
            {
                return (replay, false);
            }

            return (
                Results.Problem(
                    title: "Another import added some of these learners first.",
                    detail: "Nothing of this import was written. Send the file again under a new Idempotency-Key.",
                    statusCode: StatusCodes.Status409Conflict
                ),
                false
            );
        }

        return (IdempotentImport.Written(response), true);
    }
}
