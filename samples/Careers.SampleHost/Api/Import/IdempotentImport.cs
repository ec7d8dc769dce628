using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Careers.SampleHost.Api;

/// <summary>
/// What every all-or-nothing import of the host shares (<see cref="ImportEndpoints"/> for activities,
/// <see cref="LearnerImportEndpoints"/> for a Common Transfer File): the <c>Idempotency-Key</c> that makes a retry
/// safe, the size limit, the body kept in a temporary file while it is checked, and the answer replayed to a retry.
/// An import's key is the institution's: the same key names one import, whichever endpoint it went to.
/// </summary>
internal static class IdempotentImport
{
    /// <summary>The request header that names an import, so that a retry is answered and not written twice.</summary>
    public const string KeyHeader = "Idempotency-Key";

    /// <summary>The header set on a response replayed from an earlier import under the same key.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    private const int MaxKeyLength = 200;

    /// <summary>
    /// The checks an import makes before it reads a byte of its body, in this order: the key (<c>400</c>; not when
    /// <paramref name="keyed"/> is false, for a request that writes nothing), the media type (<c>415</c>), the
    /// declared length (<c>413</c>) and the institution, which must be the caller's own (<c>404</c>, another school's
    /// answered alike). The institution, or the refusal.
    /// </summary>
    public static async Task<(InstitutionRow? Institution, IResult? Refusal)> BeginAsync(
        HttpContext http,
        CareersDbContext db,
        string institutionId,
        string? key,
        string[] mediaTypes,
        long maxBytes,
        CancellationToken ct,
        bool keyed = true
    )
    {
        if (keyed && KeyProblem(key) is { } badKey)
        {
            return (null, badKey);
        }

        if (!IsMediaType(http.Request.ContentType, mediaTypes))
        {
            // The body policy (RequestBodies) answers first; this holds if an endpoint is mapped without it.
            return (null, Problems.UnsupportedMediaType(mediaTypes, http.Request.ContentType));
        }

        if (http.Request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        // A school imports for itself only; another school's institution is answered as a missing one.
        var institution = http.User.MaySee(institutionId)
            ? await db
                .Institutions.AsNoTracking()
                .SingleOrDefaultAsync(i => i.Id == institutionId, ct)
            : null;
        return institution is null
            ? (null, Problems.NotFound("The institution"))
            : (institution, null);
    }

    /// <summary>The problem for a missing or malformed key, or null when the key is good.</summary>
    public static IResult? KeyProblem(string? key)
    {
        key ??= "";
        if (key.Length is > 0 and <= MaxKeyLength && key.All(c => c is >= '!' and <= '~'))
        {
            return null;
        }

        return Problems.Invalid(
            "The import needs an Idempotency-Key header.",
            "import.idempotency-key",
            "/headers/Idempotency-Key",
            $"Idempotency-Key must be 1 to {MaxKeyLength} visible ASCII characters, such as a UUID, and the same "
                + "for every retry of one import."
        );
    }

    /// <summary>Whether the request's <c>Content-Type</c> is one of <paramref name="mediaTypes"/>, parameters aside.</summary>
    public static bool IsMediaType(string? contentType, params string[] mediaTypes) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && mediaTypes.Any(m =>
            string.Equals(parsed.MediaType.Value, m, StringComparison.OrdinalIgnoreCase)
        );

    /// <summary>The 413 answer, before or while the body is read.</summary>
    public static IResult TooLarge(long maxBytes) =>
        Results.Problem(
            title: "The import is too large.",
            detail: $"An import may be at most {maxBytes.ToString(CultureInfo.InvariantCulture)} bytes; split it into several imports.",
            statusCode: StatusCodes.Status413PayloadTooLarge
        );

    /// <summary>
    /// Lifts the server's body limit to <paramref name="maxBytes"/> for this request and copies the body to a
    /// temporary file, hashed with the media type: bounded memory, whatever its size. Null when the body is longer.
    /// </summary>
    public static Task<ImportBody?> ReadBodyAsync(
        HttpContext http,
        UploadFolder uploads,
        string mediaType,
        long maxBytes,
        CancellationToken ct
    )
    {
        LiftBodyLimit(http, maxBytes);
        return ImportBody.ReadAsync(uploads, http.Request.Body, mediaType, maxBytes, ct);
    }

    /// <summary>
    /// Sets the server's body limit for this request to the import's own (the host's general limit is far lower), so
    /// that the server counts the body against it too, chunked or not.
    /// </summary>
    public static void LiftBodyLimit(HttpContext http, long maxBytes)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }
    }

    /// <summary>
    /// The answer to a retry: the first response again (with <see cref="ReplayedHeader"/>) when an import under this
    /// key was written with the same body, a 422 when it was written with another body, null when none was written.
    /// </summary>
    public static async Task<IResult?> ReplayAsync(
        HttpContext http,
        CareersDbContext db,
        string institutionId,
        string key,
        string hash,
        CancellationToken ct
    )
    {
        var earlier = await db
            .ImportRequests.AsNoTracking()
            .SingleOrDefaultAsync(
                r => r.InstitutionId == institutionId && r.IdempotencyKey == key,
                ct
            );
        if (earlier is null)
        {
            return null;
        }

        if (!string.Equals(earlier.RequestHash, hash, StringComparison.Ordinal))
        {
            return Problems.Invalid(
                "The Idempotency-Key was used for another import.",
                [
                    new ValidationError(
                        "import.idempotency-key-reused",
                        "/headers/Idempotency-Key",
                        "This key already names an import with a different body; use a new key for a new import."
                    ),
                ],
                StatusCodes.Status422UnprocessableEntity
            );
        }

        http.Response.Headers[ReplayedHeader] = "true";
        return Results.Text(earlier.Response, "application/json", Encoding.UTF8, earlier.Status);
    }

    /// <summary>The row that records an import's answer under its key, written in the import's transaction.</summary>
    public static ImportRequestRow Record(
        string institutionId,
        string key,
        string hash,
        string response
    ) =>
        new()
        {
            InstitutionId = institutionId,
            IdempotencyKey = key,
            RequestHash = hash,
            Status = StatusCodes.Status200OK,
            Response = response,
        };

    /// <summary>The 200 answer of a written import: its recorded response.</summary>
    public static IResult Written(string response) =>
        Results.Text(response, "application/json", Encoding.UTF8, StatusCodes.Status200OK);
}

/// <summary>
/// An import's body copied to a temporary file of <see cref="UploadFolder"/> as it arrives, hashed and counted:
/// bounded memory, whatever its size, and nothing left on disk after it.
/// </summary>
internal sealed class ImportBody(FileStream stream, string hash) : IAsyncDisposable
{
    public Stream Stream => stream;

    /// <summary>SHA-256 of the media type and the body, lower-case hex.</summary>
    public string Hash => hash;

    public ValueTask DisposeAsync() => stream.DisposeAsync();

    /// <summary>Reads the body, or returns null when it is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<ImportBody?> ReadAsync(
        UploadFolder uploads,
        Stream body,
        string mediaType,
        long maxBytes,
        CancellationToken ct
    )
    {
        // Owner-only, in the host's own folder, and gone from disk even if the host is killed (UploadFolder).
        var file = uploads.Create();
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            sha.AppendData(Encoding.UTF8.GetBytes(mediaType + "\n"));
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(0, 1 << 16), ct)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    await file.DisposeAsync();
                    return null;
                }

                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }

            await file.FlushAsync(ct);
            file.Position = 0;
            return new ImportBody(file, Convert.ToHexStringLower(sha.GetHashAndReset()));
        }
        catch (BadHttpRequestException e)
            when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await file.DisposeAsync();
            return null;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
