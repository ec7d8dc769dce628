using System;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Threading.Tasks;
using Careers.SampleHost.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Careers.SampleHost.Security;

/// <summary>
/// Authenticates a request by its API key: the <c>X-Api-Key</c> header, or, for reading pages in a browser (GET and
/// HEAD only, so a forged form post cannot use it), the session cookie the sign-in page sets (<see cref="Sessions"/>:
/// the key's row id, never the key). The key is looked up on every request, so a revoked key, and every session
/// signed in with it, stops working at once. The key is never logged.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder
) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string InstitutionClaim = "careers:institution";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var store = Context.RequestServices.GetRequiredService<ApiKeyStore>();
        ApiKeyRow? row;
        string? key = Request.Headers[Header];
        if (!string.IsNullOrEmpty(key))
        {
            row = await store.FindAsync(key, Context.RequestAborted);
            if (row is null)
            {
                return AuthenticateResult.Fail("The API key is not valid or has been revoked.");
            }
        }
        else if (
            (HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method))
            && Request.Cookies[Sessions.Cookie] is { Length: > 0 } cookie
        )
        {
            // The session names the key by its row id; the key must still be live, with the same secret.
            var session = Context.RequestServices.GetRequiredService<Sessions>().Read(cookie);
            row = session is { } s
                ? await store.FindByIdAsync(s.KeyId, Context.RequestAborted)
                : null;
            if (row is null || !Sessions.Matches(session!.Value.Fingerprint, row))
            {
                return AuthenticateResult.Fail(
                    "The session has expired, or its key has been revoked: sign in again."
                );
            }
        }
        else
        {
            return AuthenticateResult.NoResult();
        }

        var identity = new ClaimsIdentity(SchemeName);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, row.Id));
        identity.AddClaim(new Claim(ClaimTypes.Name, row.Name));
        identity.AddClaim(new Claim(ClaimTypes.Role, ((ApiRole)row.Role).ToString()));
        if (row.InstitutionId is not null)
        {
            identity.AddClaim(new Claim(InstitutionClaim, row.InstitutionId));
        }

        return AuthenticateResult.Success(
            new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)
        );
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        // A person at a browser asking for a page is sent to sign in; an API client gets problem details.
        if (
            HttpMethods.IsGet(Request.Method)
            && Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal)
        )
        {
            Response.Redirect("/signin");
            return;
        }

        Response.Headers.WWWAuthenticate = SchemeName + " header=\"" + Header + "\"";
        await Problem(
            StatusCodes.Status401Unauthorized,
            "An API key is needed.",
            $"Send a valid key in the {Header} header."
        );
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problem(
            StatusCodes.Status403Forbidden,
            "The API key's role may not do this.",
            "School keys read their own learners; analyst and admin keys read aggregates only; admin keys manage keys."
        );

    private Task Problem(int status, string title, string detail)
    {
        Response.StatusCode = status;
        return Context
            .RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(
                new ProblemDetailsContext
                {
                    HttpContext = Context,
                    ProblemDetails =
                    {
                        Status = status,
                        Title = title,
                        Detail = detail,
                    },
                }
            )
            .AsTask();
    }
}
