using System;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Careers.Kpi;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Careers.SampleHost.Security;

/// <summary>
/// Who may see what. Every endpoint needs a key unless it says otherwise (the fallback policy), each group names the
/// roles it serves, and handlers narrow a school key to its own institution: another school's learner is answered
/// exactly as a missing one is (404), so a key cannot even learn that a learner exists elsewhere.
/// </summary>
internal static class Access
{
    /// <summary>Learner records: school keys only, narrowed to the school's own learners by the handler.</summary>
    public const string LearnerRecords = "learner-records";

    /// <summary>An institution's figures: its own school key, analysts and administrators.</summary>
    public const string InstitutionFigures = "institution-figures";

    /// <summary>The area's figures: analysts and administrators.</summary>
    public const string AreaFigures = "area-figures";

    /// <summary>Managing keys: administrators.</summary>
    public const string ManageKeys = "manage-keys";

    /// <summary>The rate limiter's policy name, per key (or per address without one).</summary>
    public const string RateLimit = "per-key";

    /// <summary>Registers authentication, the policies, the key store, the audit and the rate limiter.</summary>
    public static IServiceCollection AddCareersAccess(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ApiKeyStore>();
        services.AddScoped<LearnerAudit>();
        // Sign-in sessions are protected (encrypted and signed) with Data Protection's keys: by default kept for the
        // user the host runs as (on Linux, ~/.aspnet/DataProtection-Keys); a deployment of several hosts shares them.
        services.AddDataProtection().SetApplicationName("Careers.SampleHost");
        services.AddSingleton<Sessions>();
        services
            .AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(
                ApiKeyAuthenticationHandler.SchemeName,
                null
            );
        #region policies
        services
            .AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(LearnerRecords, p => p.RequireRole(nameof(ApiRole.School)))
            .AddPolicy(
                InstitutionFigures,
                p =>
                    p.RequireRole(
                        nameof(ApiRole.School),
                        nameof(ApiRole.Analyst),
                        nameof(ApiRole.Admin)
                    )
            )
            .AddPolicy(
                AreaFigures,
                p => p.RequireRole(nameof(ApiRole.Analyst), nameof(ApiRole.Admin))
            )
            .AddPolicy(ManageKeys, p => p.RequireRole(nameof(ApiRole.Admin)));
        #endregion

        var permits = configuration.GetValue("Careers:RateLimit:PermitsPerMinute", 600);
        if (permits < 1)
        {
            // 0 would refuse every request and a negative count would fail each one: stop the host instead.
            throw new InvalidOperationException(
                $"Careers:RateLimit:PermitsPerMinute is {permits}: it must be 1 or more."
            );
        }

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = (
                        (int)Math.Ceiling(retryAfter.TotalSeconds)
                    ).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                await context
                    .HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>()
                    .WriteAsync(
                        new ProblemDetailsContext
                        {
                            HttpContext = context.HttpContext,
                            ProblemDetails =
                            {
                                Status = StatusCodes.Status429TooManyRequests,
                                Title = "Too many requests.",
                                Detail = $"Each key may make {permits} requests a minute.",
                            },
                        }
                    );
            };
            // Partitioned by key id once authenticated, else by address: one noisy client cannot starve the others.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                RateLimitPartition.GetFixedWindowLimiter(
                    http.User.FindFirstValue(ClaimTypes.NameIdentifier)
                        ?? "ip:" + http.Connection.RemoteIpAddress,
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = permits,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    }
                )
            );
        });
        return services;
    }

    /// <summary>Authentication, then the rate limiter (which partitions by the key), then authorisation.</summary>
    public static WebApplication UseCareersAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The caller's role.</summary>
    public static ApiRole Role(this ClaimsPrincipal user) =>
        Enum.TryParse<ApiRole>(user.FindFirstValue(ClaimTypes.Role), out var role)
            ? role
            : throw new InvalidOperationException("The caller has no role: is the endpoint open?");

    /// <summary>The key's public id (for audit records), never the key.</summary>
    public static string KeyId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";

    /// <summary>Whether the caller may see an institution's figures: a school only its own; other roles any.</summary>
    public static bool MaySee(this ClaimsPrincipal user, string institutionId) =>
        user.Role() != ApiRole.School
        || string.Equals(
            user.FindFirstValue(ApiKeyAuthenticationHandler.InstitutionClaim),
            institutionId,
            StringComparison.Ordinal
        );

    /// <summary>
    /// The suppression a caller's aggregates need: none for a school (its own figures, which it may see whole), else
    /// Careers.Kpi's <see cref="SuppressionRule.Pupils"/>, since analysts and administrators see aggregates only.
    /// </summary>
    public static SuppressionRule? SuppressionFor(this ClaimsPrincipal user) =>
        user.Role() == ApiRole.School ? null : SuppressionRule.Pupils;

    /// <summary>The school a school key is for, or null for other roles.</summary>
    public static string? School(this ClaimsPrincipal user) =>
        user.Role() == ApiRole.School
            ? user.FindFirstValue(ApiKeyAuthenticationHandler.InstitutionClaim)
            : null;
}
