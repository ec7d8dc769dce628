using System;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Careers.SampleHost.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Careers.SampleHost.Security;

/// <summary>
/// The headers every response carries, errors included: no MIME sniffing, never framed, no referrer, a content
/// security policy, and <c>Cache-Control: no-store</c> (the responses are about children: no browser or proxy keeps
/// a copy) unless a response says otherwise.
/// </summary>
/// <remarks>
/// The policy allows exactly what the host's own pages need: the dashboard's one inline style sheet by its SHA-256,
/// its one script from the host's own origin (<c>/dashboard.js</c>: nothing inline, no style attribute, nothing from
/// another origin), forms posting to the host, images from the host.
/// The API reference (<c>/scalar</c>) is a script application (Scalar) served by the host from its own assets, and
/// holds no data: it gets its own policy, of the host's origin only, with the inline configuration script, the
/// <c>eval</c> and the inline styles it uses.
/// </remarks>
internal static class SecurityHeaders
{
    /// <summary>The policy of every response but the API reference's.</summary>
    public static string ContentSecurityPolicy { get; } =
        "default-src 'none'; "
        + "script-src 'self'; "
        + (DashboardStyleHash() is { } hash ? $"style-src '{hash}'; " : "")
        + "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>The API reference's policy: its scripts, styles, fonts and requests, from the host only.</summary>
    public const string ScalarContentSecurityPolicy =
        "default-src 'none'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>Sets the headers on every response, when it starts (so that error pages have them too).</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.Use(
            (http, next) =>
            {
                http.Response.OnStarting(
                    static state =>
                    {
                        var context = (HttpContext)state;
                        var headers = context.Response.Headers;
                        headers.XContentTypeOptions = "nosniff";
                        headers.XFrameOptions = "DENY";
                        headers["Referrer-Policy"] = "no-referrer";
                        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(
                            "/scalar"
                        )
                            ? ScalarContentSecurityPolicy
                            : ContentSecurityPolicy;
                        if (!headers.ContainsKey("Cache-Control"))
                        {
                            headers.CacheControl = "no-store";
                        }

                        return Task.CompletedTask;
                    },
                    http
                );
                return next(http);
            }
        );
        return app;
    }

    /// <summary>
    /// The CSP source of the dashboard's style sheet (<c>'sha256-…'</c>): the SHA-256 of the text of its one
    /// <c>&lt;style&gt;</c> element, the constant <c>DashboardPages.Style</c>. A test holds it to the page served.
    /// </summary>
    internal static string? DashboardStyleHash()
    {
        var style =
            typeof(DashboardPages)
                .GetField(
                    "Style",
                    BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public
                )
                ?.GetRawConstantValue() as string;
        return style is null
            ? null
            : "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)));
    }
}
