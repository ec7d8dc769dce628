using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Careers.SampleHost.Api;
using Careers.SampleHost.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Careers.SampleHost.Security;

/// <summary>A key as the key list shows it: never the secret, which exists only in the response that made it.</summary>
/// <param name="Id">The key's public id.</param>
/// <param name="Name">Whose key it is.</param>
/// <param name="Role"><c>School</c>, <c>Analyst</c> or <c>Admin</c>.</param>
/// <param name="InstitutionId">The institution of a school key.</param>
/// <param name="CreatedAt">When it was made: an instant in UTC, ISO 8601 with its <c>Z</c>, such as <c>2025-03-01T10:00:00Z</c>.</param>
/// <param name="RevokedAt">When it was revoked, written the same way; null while it is live.</param>
internal sealed record ApiKeyDto(
    string Id,
    string Name,
    string Role,
    string? InstitutionId,
    string CreatedAt,
    string? RevokedAt
)
{
    public static ApiKeyDto From(ApiKeyRow row) =>
        new(
            row.Id,
            row.Name,
            ((ApiRole)row.Role).ToString(),
            row.InstitutionId,
            Text.Instant(row.CreatedAt),
            row.RevokedAt is { } revoked ? Text.Instant(revoked) : null
        );
}

/// <summary>A new key: its details and, this once, the secret.</summary>
internal sealed record CreatedApiKeyDto(ApiKeyDto Key, string Secret);

/// <summary>What an administrator posts to make a key.</summary>
/// <param name="Name">A unique name saying whose key it is, such as "Derby Moor Academy MIS".</param>
/// <param name="Role"><c>School</c>, <c>Analyst</c> or <c>Admin</c>.</param>
/// <param name="InstitutionId">The institution of a school key; absent for the other roles.</param>
internal sealed record CreateApiKeyRequest(string? Name, string? Role, string? InstitutionId);

/// <summary>Key management, for administrators; and the sign-in page that lets a browser read the dashboard.</summary>
internal static class KeyEndpoints
{
    public static IEndpointRouteBuilder MapCareersKeys(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/admin/api-keys")
            .WithTags("Administration")
            .RequireAuthorization(Access.ManageKeys);
        keys.MapGet("/", ListKeys)
            .WithName("ListApiKeys")
            .WithSummary("Every API key, live and revoked, without secrets.")
            .Describe(
                "Each key's public id, name, role, institution (for a school key), when it was made and when it was "
                    + "revoked. Only a key's SHA-256 is stored, so no secret can be listed.",
                "an administrator key.",
                "`403` for a school or analyst key: only administrators manage keys."
            )
            .Produces<ApiKeyDto[]>();
        keys.MapPost("/", CreateKey)
            .WithName("CreateApiKey")
            .WithSummary("Makes an API key; the response holds its secret, shown this once.")
            .Describe(
                "A `School` key is for one institution (`institutionId`) and reads only its learners and figures; an "
                    + "`Analyst` key reads the area's and every institution's figures, small numbers suppressed; an "
                    + "`Admin` key also manages keys. The secret is in this response only: the host keeps its SHA-256.",
                "an administrator key.",
                "`400` when the name is not 1 to 64 printable characters or another key has it, the role is not School, Analyst or Admin, a School key has no institution or one the host does not hold, or another role names one.",
                "`403` for a school or analyst key: only administrators manage keys.",
                "`413` when the body is over the host's limit (`Careers:Limits:MaxRequestBodyBytes`).",
                "`415` when the body is not `application/json`, or has no `Content-Type`."
            )
            .Produces<CreatedApiKeyDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        keys.MapDelete("/{id}", RevokeKey)
            .WithName("RevokeApiKey")
            .WithSummary("Revokes an API key: it stops working at once.")
            .Describe(
                "The key, and every dashboard session signed in with it, stops working with the next request. Revoking "
                    + "a revoked key answers `204` again and keeps the first date.",
                "an administrator key.",
                "`403` for a school or analyst key: only administrators manage keys.",
                "`404` when there is no key with this id."
            )
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/signin", SignInPage).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/signin", SignIn).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/signout", SignOut).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ListKeys(CareersDbContext db, CancellationToken ct)
    {
        var rows = await db.ApiKeys.AsNoTracking().OrderBy(k => k.Name).ToListAsync(ct);
        return Results.Ok(rows.Select(ApiKeyDto.From).ToArray());
    }

    private static async Task<IResult> CreateKey(
        CreateApiKeyRequest request,
        CareersDbContext db,
        ApiKeyStore store,
        CancellationToken ct
    )
    {
        var errors = new List<ValidationError>();
        var name = request.Name?.Trim() ?? "";
        if (!Ids.IsValid(name))
        {
            errors.Add(new("api-key.name", "/name", Ids.Rule("name")));
        }
        else if (await db.ApiKeys.AnyAsync(k => k.Name == name, ct))
        {
            errors.Add(new("api-key.name-taken", "/name", "Another key has this name."));
        }

        ApiRole? role =
            Enum.TryParse<ApiRole>(request.Role, ignoreCase: true, out var r)
            && Enum.IsDefined(r)
            && request.Role.All(char.IsLetter)
                ? r
                : null;
        if (role is null)
        {
            errors.Add(new("api-key.role", "/role", "role must be School, Analyst or Admin."));
        }
        else if (role == ApiRole.School)
        {
            if (string.IsNullOrEmpty(request.InstitutionId))
            {
                errors.Add(
                    new(
                        "api-key.institution-required",
                        "/institutionId",
                        "A School key needs the institution it is for."
                    )
                );
            }
            else if (!Ids.IsValid(request.InstitutionId))
            {
                errors.Add(
                    new("api-key.institution-id", "/institutionId", Ids.Rule("institutionId"))
                );
            }
            else if (!await db.Institutions.AnyAsync(i => i.Id == request.InstitutionId, ct))
            {
                errors.Add(
                    new(
                        "api-key.institution-unknown",
                        "/institutionId",
                        "There is no institution with this id."
                    )
                );
            }
        }
        else if (!string.IsNullOrEmpty(request.InstitutionId))
        {
            errors.Add(
                new(
                    "api-key.institution-not-allowed",
                    "/institutionId",
                    "Only a School key is for one institution."
                )
            );
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid("The key cannot be made.", errors);
        }

        var (row, secret) = await store.CreateAsync(
            name,
            role!.Value,
            role == ApiRole.School ? request.InstitutionId : null,
            ct
        );
        return Results.Created(
            $"/admin/api-keys/{row.Id}",
            new CreatedApiKeyDto(ApiKeyDto.From(row), secret)
        );
    }

    private static async Task<IResult> RevokeKey(
        string id,
        ApiKeyStore store,
        CancellationToken ct
    ) => await store.RevokeAsync(id, ct) ? Results.NoContent() : Problems.NotFound("The API key");

    /// <summary>
    /// The first screen a browser meets (the dashboard sends it here without a key): the form, and which key shows
    /// what, naming the school of a live development key when there is one.
    /// </summary>
    private static async Task<IResult> SignInPage(
        string? failed,
        CareersDbContext db,
        CancellationToken ct
    )
    {
        var school = await db
            .ApiKeys.AsNoTracking()
            .Where(k =>
                k.RevokedAt == null
                && k.Role == (int)ApiRole.School
                && k.Name.StartsWith(DevelopmentKeys.Prefix)
            )
            .Join(db.Institutions, k => k.InstitutionId, i => i.Id, (_, i) => i)
            .OrderBy(i => i.Id)
            .FirstOrDefaultAsync(ct);
        var development = school is null
            ? ""
            : $" The development school key printed on first start is for "
                + $"{WebUtility.HtmlEncode(DevelopmentKeys.Shows(ApiRole.School, school.Id, school.Name))}.";
        return Results.Content(
            $$"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Sign in: Careers SDK sample host</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head>
            <body>
            <main>
            <h1>Sign in</h1>
            <p>The dashboard shows figures about children. Sign in with an API key: an analyst or administrator key for
            the area, a school key for its own school. The development keys were printed when the host first started.</p>
            <h2>Which key shows what</h2>
            <ul>
            <li>A <strong>school</strong> key: its own school only: its learners, their careers logs and entitlement,
            its Gatsby results and provider access, and its dashboard.{{development}}</li>
            <li>An <strong>analyst</strong> key: {{WebUtility.HtmlEncode(DevelopmentKeys.Shows(ApiRole.Analyst, null, null))}}.</li>
            <li>An <strong>administrator</strong> key: {{WebUtility.HtmlEncode(DevelopmentKeys.Shows(ApiRole.Admin, null, null))}}.</li>
            </ul>
            {{(
                failed is null
                    ? ""
                    : "<p role=\"alert\">That key is not valid or has been revoked.</p>"
            )}}
            <form method="post" action="/signin">
            <label for="key">API key</label>
            <input id="key" name="key" type="password" autocomplete="off" required>
            <button type="submit">Sign in</button>
            </form>
            </main>
            </body>
            </html>
            """,
            "text/html; charset=utf-8"
        );
    }

    private static async Task<IResult> SignIn(
        HttpContext http,
        ApiKeyStore store,
        Sessions sessions,
        CancellationToken ct
    )
    {
        // Read by hand rather than bound, so the form needs no antiforgery token: signing in changes nothing stored,
        // and the cookie it sets is SameSite=Strict and only ever read for GET and HEAD.
        if (!http.Request.HasFormContentType)
        {
            return Results.Redirect("/signin?failed=1");
        }

        var form = await http.Request.ReadFormAsync(ct);
        var key = form["key"].ToString().Trim();
        var row = key.Length == 0 ? null : await store.FindAsync(key, ct);
        if (row is null)
        {
            return Results.Redirect("/signin?failed=1");
        }

        // The cookie holds an opaque session naming the key's row, never the key itself.
        var (session, expires) = sessions.Issue(row);
        http.Response.Cookies.Append(
            Sessions.Cookie,
            session,
            Sessions.Options(http.Request, expires)
        );
        var home =
            (ApiRole)row.Role == ApiRole.School && row.InstitutionId is not null
                ? "/institutions/" + WebUtility.UrlEncode(row.InstitutionId) + "/dashboard"
                : "/";
        return Results.Redirect(home);
    }

    private static IResult SignOut(HttpContext http)
    {
        http.Response.Cookies.Delete(Sessions.Cookie, Sessions.Options(http.Request, null));
        return Results.Redirect("/signin");
    }
}
