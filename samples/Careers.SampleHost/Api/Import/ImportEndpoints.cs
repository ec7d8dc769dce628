using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Careers.Encounters.Streaming;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Net.Http.Headers;
using NodaTime;

namespace Careers.SampleHost.Api;

/// <summary>
/// Bulk import of an institution's careers activities, from the MIS export CSV that <see cref="EncounterCsv"/> reads
/// or from a JSON array of the same rows. All or nothing: every row is checked before anything is written, one bad row
/// writes nothing, and the answer lists every bad row. An <c>Idempotency-Key</c> makes a retry safe.
/// </summary>
internal static class ImportEndpoints
{
    /// <summary>The configuration key of the largest body accepted, in bytes.</summary>
    public const string MaxBytesKey = "Careers:Import:MaxBytes";

    /// <summary>The largest body accepted by default: 8 MiB, about 100,000 CSV rows.</summary>
    public const long DefaultMaxBytes = 8 * 1024 * 1024;

    private static readonly JsonSerializerOptions Web = JsonPolicy.Options;

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/institutions")
            .WithTags("Imports")
            .MapPost("/{id}/activities/import", Import)
            .WithName("ImportActivities")
            .StreamsItsBody()
            .RequireAuthorization(Access.LearnerRecords)
            .WithSummary(
                "Imports an institution's careers activities from CSV or JSON: all of them, or none."
            )
            .Describe(
                "The body is the MIS export CSV (text/csv, the EncounterCsv columns) or a JSON array of the same rows "
                    + "(application/json). Every row is checked first; one bad row writes nothing, and the problem "
                    + "details list every bad row. An Idempotency-Key header is required: the same key with the same "
                    + "body returns the first response again and writes nothing; the same key with another body is refused.",
                "a school key, for its own institution only.",
                "`400` when `Idempotency-Key` is missing or not 1 to 200 visible ASCII characters, or a row cannot be read (`csv.*`, `json.*`).",
                "`403` for an analyst or administrator key: they never read or write a learner record.",
                "`404` when there is no such institution or it is another school's: both are answered alike.",
                "`409` when another import wrote some of these activities first; nothing of this one was written.",
                "`413` when the body is over `Careers:Import:MaxBytes` (8 MiB by default), before or while it is read.",
                "`415` when the body is neither `text/csv` nor `application/json`, or has no `Content-Type`.",
                "`422` when every row was read but some break the rules (a learner not on roll here, a wrong year group or date, an activity the host already holds, …) or there are no rows, or the `Idempotency-Key` already names an import with another body."
            )
            .Accepts<ImportRowJson[]>("application/json", "text/csv")
            .Produces<ImportResultDto>(StatusCodes.Status200OK)
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
        CancellationToken ct
    )
    {
        var maxBytes = configuration.GetValue<long?>(MaxBytesKey) ?? DefaultMaxBytes;
        var (_, refusal) = await IdempotentImport.BeginAsync(
            http,
            db,
            id,
            idempotencyKey,
            ["text/csv", "application/json"],
            maxBytes,
            ct
        );
        if (refusal is not null)
        {
            return refusal;
        }

        var key = idempotencyKey!;
        var csv = IdempotentImport.IsMediaType(http.Request.ContentType, "text/csv");
        await using var body = await IdempotentImport.ReadBodyAsync(
            http,
            uploads,
            csv ? "text/csv" : "application/json",
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

        var format = new RowFormat(csv);
        var problems = new List<ValidationError>();
        var rows = csv
            ? ReadCsv(body.Stream, problems)
            : await ReadJsonAsync(body.Stream, problems, ct);
        var readable = problems.Count == 0;
        if (rows.Count == 0 && readable)
        {
            problems.Add(
                new ValidationError(
                    "import.empty",
                    "",
                    "The import holds no rows: nothing to write."
                )
            );
        }

        await CheckAsync(db, id, rows, format, problems, ct);
        if (problems.Count > 0)
        {
            // The same import may have been written while this one was checked (its activities then exist): its
            // activities and its key are committed together, so answer as it was answered.
            if (await IdempotentImport.ReplayAsync(http, db, id, key, body.Hash, ct) is { } written)
            {
                return written;
            }

            return Problems.Invalid(
                "The import is not valid: nothing was written.",
                problems,
                readable
                    ? StatusCodes.Status422UnprocessableEntity
                    : StatusCodes.Status400BadRequest
            );
        }

        return await WriteAsync(http, db, id, key, body.Hash, rows, ct);
    }

    /// <summary>
    /// Reads the CSV with the SDK's reader: every row it cannot read is a problem at <c>/rows/N/column</c>, and every
    /// record it reads carries its row, N (<see cref="EncounterRecord.Row"/>), for the host's own problems.
    /// </summary>
    private static List<ImportRow> ReadCsv(Stream stream, List<ValidationError> problems)
    {
        var rows = new List<ImportRow>();
        var badIds = new List<ValidationError>();
        using var reader = new StreamReader(stream, Encoding.UTF8, true, 1 << 16, leaveOpen: true);
        try
        {
            foreach (var record in EncounterCsv.Read(reader, problems))
            {
                if (CsvIds(record, badIds))
                {
                    rows.Add(new ImportRow(record.Row, record));
                }
            }
        }
        catch (FormatException e)
        {
            problems.Add(new ValidationError("csv.header", "/rows/0", e.Message));
        }

        // After the reader's own problems, as they were listed before records carried their row.
        problems.AddRange(badIds);
        return rows;
    }

    /// <summary>Whether a CSV record's ids are ids (<see cref="Ids"/>); a problem at each that is not.</summary>
    private static bool CsvIds(EncounterRecord record, List<ValidationError> problems)
    {
        var before = problems.Count;
        var number = record.Row;
        var row = JsonPointer.Append("/rows", number);
        var name =
            $"Row {number.ToString(CultureInfo.InvariantCulture)} (line {(number + 1).ToString(CultureInfo.InvariantCulture)})";
        foreach (
            var (column, value) in new[]
            {
                ("learner_id", record.LearnerId),
                ("institution_id", record.InstitutionId),
                ("activity_id", record.ActivityId),
            }
        )
        {
            if (value is not null && !Ids.IsValid(value))
            {
                problems.Add(
                    new ValidationError(
                        "csv." + column.Replace('_', '-'),
                        JsonPointer.Append(row, column),
                        $"{name}: {Ids.Rule(column)}"
                    )
                );
            }
        }

        return problems.Count == before;
    }

    /// <summary>Reads a JSON array of rows one element at a time; a bad field is a problem at <c>/N/field</c>.</summary>
    private static async Task<List<ImportRow>> ReadJsonAsync(
        Stream stream,
        List<ValidationError> problems,
        CancellationToken ct
    )
    {
        var rows = new List<ImportRow>();
        var number = 0;
        try
        {
            await foreach (
                var element in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(
                    stream,
                    cancellationToken: ct
                )
            )
            {
                number++;
                // The host's JSON policy, row by row: no property twice, in any case (the rows stream, so the
                // request body policy leaves the import to apply it).
                var before = problems.Count;
                JsonPolicy.FindDuplicates(element, JsonPointer.Append("", number - 1), problems);
                var once = problems.Count == before;
                if (
                    JsonRow.TryRead(element, number, problems, out var record, out var details)
                    && once
                )
                {
                    rows.Add(new ImportRow(number, record, details));
                }
            }
        }
        catch (JsonException e)
        {
            problems.Add(
                new ValidationError(
                    "json.syntax",
                    "",
                    "The body must be a JSON array of rows. "
                        + (
                            e.LineNumber is { } line
                                ? $"It cannot be read at line {line + 1}, byte {e.BytePositionInLine + 1}."
                                : "It cannot be read."
                        )
                )
            );
        }

        return rows;
    }

    /// <summary>Checks the readable rows against the database and each other; adds a problem for every bad row.</summary>
    private static async Task CheckAsync(
        CareersDbContext db,
        string institutionId,
        List<ImportRow> rows,
        RowFormat format,
        List<ValidationError> problems,
        CancellationToken ct
    )
    {
        if (rows.Count == 0)
        {
            return;
        }

        var referenceDate = await CareersDatabase.ReferenceDateAsync(db, ct);
        var year = AcademicYear.ForDate(referenceDate);
        var onRoll = (
            await db
                .Learners.AsNoTracking()
                .Where(l => l.InstitutionId == institutionId)
                .ToListAsync(ct)
        ).ToDictionary(
            l => l.Id,
            l =>
                (
                    YearGroup: Mapping.ToLearner(l).YearGroupIn(year),
                    Born: LocalDate.FromDateOnly(l.DateOfBirth)
                ),
            StringComparer.Ordinal
        );
        var activityIds = rows.Select(r => r.Record.ActivityId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in activityIds.Chunk(500))
        {
            existing.UnionWith(
                await db
                    .Activities.AsNoTracking()
                    .Where(a => chunk.Contains(a.Id))
                    .Select(a => a.Id)
                    .ToListAsync(ct)
            );
        }

        var firstOfActivity = new Dictionary<string, ImportRow>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string), int>();
        foreach (var row in rows)
        {
            var r = row.Record;
            var name = format.Name(row.Number);
            if (r.InstitutionId is { } given && given != institutionId)
            {
                problems.Add(
                    new(
                        "import.institution",
                        format.Path(row.Number, "institution_id"),
                        $"{name}: institution_id '{given}' is not the institution imported into, '{institutionId}'."
                    )
                );
            }

            // A learner of another institution is reported exactly as an unknown one: the import reveals nothing
            // about who is on roll elsewhere.
            if (!onRoll.TryGetValue(r.LearnerId, out var learner))
            {
                problems.Add(
                    new(
                        "import.learner",
                        format.Path(row.Number, "learner_id"),
                        $"{name}: learner '{r.LearnerId}' is not on roll at '{institutionId}'."
                    )
                );
            }
            else
            {
                if (learner.YearGroup != r.YearGroup)
                {
                    problems.Add(
                        new(
                            "import.year-group",
                            format.Path(row.Number, "year_group"),
                            $"{name}: learner '{r.LearnerId}' is in {(learner.YearGroup?.ToString() ?? "no year group")} in {year}, not {r.YearGroup}."
                        )
                    );
                }

                // A date before the learner was born is a typing error, and the floor that keeps every stored
                // date inside the range the SDK supports (AcademicYear.IsSupported).
                if (r.Date < learner.Born)
                {
                    problems.Add(
                        new(
                            "import.activity-date",
                            format.Path(row.Number, "activity_date"),
                            $"{name}: activity_date {Text.Date(r.Date)} is before learner '{r.LearnerId}' was born, {Text.Date(learner.Born)}."
                        )
                    );
                }
            }

            if (!AcademicYear.IsSupported(r.Date))
            {
                problems.Add(
                    new(
                        "import.activity-date",
                        format.Path(row.Number, "activity_date"),
                        $"{name}: activity_date {Text.Date(r.Date)} is outside the supported range, {Text.Date(AcademicYear.MinDate)} to {Text.Date(AcademicYear.MaxDate)}."
                    )
                );
            }
            else if (r.Date > referenceDate)
            {
                problems.Add(
                    new(
                        "import.activity-date",
                        format.Path(row.Number, "activity_date"),
                        $"{name}: activity_date {Text.Date(r.Date)} is after the area's reference date, {Text.Date(referenceDate)}."
                    )
                );
            }

            if (existing.Contains(r.ActivityId))
            {
                problems.Add(
                    new(
                        "import.activity-exists",
                        format.Path(row.Number, "activity_id"),
                        $"{name}: activity '{r.ActivityId}' is already held; an import adds new activities only."
                    )
                );
            }

            if (firstOfActivity.TryGetValue(r.ActivityId, out var first))
            {
                var f = first.Record;
                if (
                    f.Date != r.Date
                    || f.Kind != r.Kind
                    || f.Employers != r.Employers
                    || first.Details != row.Details
                )
                {
                    problems.Add(
                        new(
                            "import.activity-conflict",
                            format.Path(row.Number, "activity_id"),
                            $"{name}: activity '{r.ActivityId}' has a different date, kind, employers, school day or providers from {format.Name(first.Number).ToLowerInvariant()}."
                        )
                    );
                }
            }
            else
            {
                firstOfActivity.Add(r.ActivityId, row);
            }

            if (pairs.TryGetValue((r.ActivityId, r.LearnerId), out var earlier))
            {
                problems.Add(
                    new(
                        "import.duplicate",
                        format.Path(row.Number, null),
                        $"{name}: learner '{r.LearnerId}' in activity '{r.ActivityId}' repeats {format.Name(earlier).ToLowerInvariant()}."
                    )
                );
            }
            else
            {
                pairs.Add((r.ActivityId, r.LearnerId), row.Number);
            }
        }
    }

    /// <summary>Writes every activity and participation, and the response under its key, in one transaction.</summary>
    private static async Task<IResult> WriteAsync(
        HttpContext http,
        CareersDbContext db,
        string institutionId,
        string key,
        string hash,
        List<ImportRow> rows,
        CancellationToken ct
    )
    {
        // An activity's evidence is what every row of it shares; the rest is the learner's own, on the participation,
        // so that each learner's evidence (the activity's and their own) is exactly their row's.
        var activities = rows.GroupBy(r => r.Record.ActivityId, StringComparer.Ordinal)
            .Select(g => new ActivityRow
            {
                Id = g.Key,
                InstitutionId = institutionId,
                Kind = (int)g.First().Record.Kind,
                Date = g.First().Record.Date.ToDateOnly(),
                Employers = g.First().Record.Employers,
                DuringSchoolDay = g.First().Details.DuringSchoolDay,
                Providers = g.First().Details.Providers,
                Evidence = (int)
                    g.Select(r => r.Record.Evidence)
                        .Aggregate((MeaningfulEvidence)~0, (a, e) => a & e),
            })
            .ToList();
        var evidence = activities.ToDictionary(a => a.Id, a => a.Evidence, StringComparer.Ordinal);
        var participations = rows.Select(r => new ParticipationRow
            {
                ActivityId = r.Record.ActivityId,
                LearnerId = r.Record.LearnerId,
                Evidence = (int)r.Record.Evidence & ~evidence[r.Record.ActivityId],
            })
            .ToList();
        var response = JsonSerializer.Serialize(
            new ImportResultDto(
                institutionId,
                key,
                rows.Count,
                activities.Count,
                participations.Count,
                rows.Select(r => r.Record.LearnerId).Distinct(StringComparer.Ordinal).Count()
            ),
            Web
        );

        #region import-write
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Activities.AddRange(activities);
            await db.SaveChangesAsync(ct);
            db.Participations.AddRange(participations);
            db.ImportRequests.Add(IdempotentImport.Record(institutionId, key, hash, response));
            await db.SaveChangesAsync(ct);
            // The area's figures change with the activities: the cached ones are kept no longer (AreaResults).
            await AreaVersions.BumpAsync(db, ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request got there first: the same import under the same key (answer as it was answered), or
            // another import of the same activities (a conflict). Nothing of this one was written.
            db.ChangeTracker.Clear();
            if (
                await IdempotentImport.ReplayAsync(http, db, institutionId, key, hash, ct) is
                { } replay
            )
            {
                return replay;
            }

            return Results.Problem(
                title: "Another import wrote some of these activities first.",
                detail: "Nothing of this import was written. Read the institution's activities and import the rest.",
                statusCode: StatusCodes.Status409Conflict
            );
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
        #endregion

        return IdempotentImport.Written(response);
    }

    /// <summary>A row that could be read, with its number: the CSV data row (line N + 1), or the JSON item N − 1.</summary>
    private readonly record struct ImportRow(
        int Number,
        EncounterRecord Record,
        ActivityDetails Details = default
    );

    /// <summary>How a row and a field are named in the problems: <c>/rows/N/column</c> for CSV, <c>/N/field</c> for JSON.</summary>
    private sealed class RowFormat(bool csv)
    {
        public string Path(int number, string? column)
        {
            var row = csv
                ? JsonPointer.Append("/rows", number)
                : JsonPointer.Append("", number - 1);
            return column is null
                ? row
                : JsonPointer.Append(row, csv ? column : JsonRow.FieldOf(column));
        }

        public string Name(int number) =>
            csv
                ? $"Row {number.ToString(CultureInfo.InvariantCulture)} (line {(number + 1).ToString(CultureInfo.InvariantCulture)})"
                : $"Item {(number - 1).ToString(CultureInfo.InvariantCulture)}";
    }
}

/// <summary>Reads one JSON row of an import, field by field, so that every bad field of every row is reported.</summary>
internal static partial class JsonRow
{
    private static readonly string[] Fields =
    [
        "learnerId",
        "institutionId",
        "yearGroup",
        "activityId",
        "activityDate",
        "activityKind",
        "evidence",
        "employers",
    ];

    // Fields of a JSON row beyond the CSV columns, for the Provider Access Legislation.
    private static readonly string[] Extra = ["duringSchoolDay", "providers"];

    /// <summary>The JSON field of a CSV column: <c>learner_id</c> is <c>learnerId</c>.</summary>
    public static string FieldOf(string column)
    {
        for (var c = 0; c < EncounterCsv.Columns.Count; c++)
        {
            if (EncounterCsv.Columns[c] == column)
            {
                return Fields[c];
            }
        }

        throw new ArgumentOutOfRangeException(nameof(column), column, "Not a CSV column.");
    }

    public static bool TryRead(
        JsonElement element,
        int number,
        List<ValidationError> problems,
        out EncounterRecord record,
        out ActivityDetails details
    )
    {
        record = default;
        details = default;
        var at = JsonPointer.Append("", number - 1);
        var name = $"Item {(number - 1).ToString(CultureInfo.InvariantCulture)}";
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new("json.row", at, $"{name} is not an object."));
            return false;
        }

        var before = problems.Count;
        void Problem(string field, string message) =>
            problems.Add(
                new("json." + Kebab(field), JsonPointer.Append(at, field), $"{name}: {message}")
            );

        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(Fields, property.Name) < 0 && Array.IndexOf(Extra, property.Name) < 0)
            {
                problems.Add(
                    new(
                        "json.unknown-field",
                        JsonPointer.Append(at, property.Name),
                        $"{name}: '{property.Name}' is not a field of an import row; the fields are {string.Join(", ", Fields.Concat(Extra))}."
                    )
                );
            }
        }

        var learnerId = String(element, "learnerId");
        if (string.IsNullOrEmpty(learnerId))
        {
            Problem("learnerId", "learnerId must be a non-empty string.");
        }
        else if (!Ids.IsValid(learnerId))
        {
            Problem("learnerId", Ids.Rule("learnerId"));
        }

        var activityId = String(element, "activityId");
        if (string.IsNullOrEmpty(activityId))
        {
            Problem("activityId", "activityId must be a non-empty string.");
        }
        else if (!Ids.IsValid(activityId))
        {
            Problem("activityId", Ids.Rule("activityId"));
        }

        string? institutionId = null;
        if (element.TryGetProperty("institutionId", out var institution))
        {
            if (institution.ValueKind == JsonValueKind.String)
            {
                institutionId = institution.GetString() is { Length: > 0 } text ? text : null;
                if (institutionId is not null && !Ids.IsValid(institutionId))
                {
                    Problem("institutionId", Ids.Rule("institutionId"));
                }
            }
            else if (institution.ValueKind != JsonValueKind.Null)
            {
                Problem("institutionId", "institutionId must be a string, or null.");
            }
        }

        YearGroup yearGroup = default;
        var yearText = element.TryGetProperty("yearGroup", out var y)
            ? y.ValueKind switch
            {
                JsonValueKind.String => y.GetString(),
                JsonValueKind.Number => y.GetRawText(),
                _ => null,
            }
            : null;
        var parsedYear = YearGroup.Validate(yearText ?? "");
        if (yearText is null || !parsedYear.Success)
        {
            Problem(
                "yearGroup",
                "yearGroup must be the learner's year group in the reference academic year: 9, \"Y9\" or \"Year 9\"."
            );
        }
        else
        {
            yearGroup = parsedYear.Value;
        }

        // The values the CSV columns hold are read as the SDK's CSV reader reads them: the same rules, one place.
        var dateText = String(element, "activityDate");
        if (!EncounterCsv.TryParseDate(dateText, out var date))
        {
            Problem("activityDate", "activityDate must be a date written yyyy-MM-dd.");
        }

        var kindText = String(element, "activityKind");
        if (!EncounterCsv.TryParseActivityKind(kindText, out var kind))
        {
            Problem(
                "activityKind",
                $"activityKind '{kindText}' is not one of {string.Join(", ", EncounterCsv.ActivityKinds)}."
            );
        }

        var evidence = MeaningfulEvidence.None;
        if (element.TryGetProperty("evidence", out var flags))
        {
            if (flags.ValueKind == JsonValueKind.Array)
            {
                foreach (var flag in flags.EnumerateArray())
                {
                    var text = flag.ValueKind == JsonValueKind.String ? flag.GetString() : null;
                    if (EncounterCsv.TryParseEvidenceName(text, out var value))
                    {
                        evidence |= value;
                    }
                    else
                    {
                        Problem(
                            "evidence",
                            $"evidence has '{text ?? flag.GetRawText()}', which is not a MeaningfulEvidence name."
                        );
                        break;
                    }
                }
            }
            else if (flags.ValueKind != JsonValueKind.Null)
            {
                Problem("evidence", "evidence must be an array of MeaningfulEvidence names.");
            }
        }

        var employers = 0;
        if (
            element.TryGetProperty("employers", out var e)
            && e.ValueKind != JsonValueKind.Null
            && (
                e.ValueKind != JsonValueKind.Number
                || !e.TryGetInt32(out employers)
                || employers < 0
            )
        )
        {
            Problem("employers", "employers must be a whole number, 0 or more.");
        }

        bool? duringSchoolDay = null;
        if (element.TryGetProperty("duringSchoolDay", out var day))
        {
            if (day.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                duringSchoolDay = day.GetBoolean();
            }
            else if (day.ValueKind != JsonValueKind.Null)
            {
                Problem("duringSchoolDay", "duringSchoolDay must be true, false or null.");
            }
        }

        string? providers = null;
        if (
            element.TryGetProperty("providers", out var list)
            && list.ValueKind != JsonValueKind.Null
        )
        {
            var ids =
                list.ValueKind == JsonValueKind.Array
                    ? list.EnumerateArray()
                        .Select(p => p.ValueKind == JsonValueKind.String ? p.GetString() : null)
                        .ToList()
                    : null;
            if (
                ids is null
                || ids.Count > 20
                || ids.Any(i => i is null || !ProviderId().IsMatch(i))
            )
            {
                Problem(
                    "providers",
                    "providers must be an array of at most 20 provider ids, each 1 to 64 letters, digits, '.', '_', ':' or '-'."
                );
            }
            else if (ids.Count > 0)
            {
                providers = string.Join(
                    ' ',
                    ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                );
            }
        }

        if (problems.Count > before)
        {
            return false;
        }

        details = new ActivityDetails(duringSchoolDay, providers);
        record = new EncounterRecord(
            learnerId!,
            institutionId,
            yearGroup,
            activityId!,
            date,
            kind,
            evidence,
            employers
        );
        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial System.Text.RegularExpressions.Regex ProviderId();

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string Kebab(string field)
    {
        var text = new StringBuilder();
        foreach (var c in field)
        {
            if (char.IsUpper(c))
            {
                text.Append('-').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}

/// <summary>
/// What a JSON import row may say of its activity beyond the CSV columns: whether it was during the school day, and
/// the providers of approved technical education or apprenticeships it involved (space-separated ids, sorted).
/// </summary>
internal readonly record struct ActivityDetails(bool? DuringSchoolDay, string? Providers);
