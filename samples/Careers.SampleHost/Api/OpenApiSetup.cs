using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Careers.SampleHost.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Careers.SampleHost.Api;

/// <summary>
/// The OpenAPI document's description of the host as a whole: title, contact, licence, servers and tags; and
/// <see cref="Describe"/>, which writes each operation's description. The tests lint the document with
/// <c>@redocly/cli</c> and its <c>recommended</c> rules (redocly.yaml) and with <c>@stoplight/spectral-cli</c> and
/// <c>spectral:oas</c> (.spectral.yaml), both at the repository root.
/// </summary>
internal static class OpenApiSetup
{
    /// <summary>Where the project lives: the document's contact.</summary>
    public static readonly Uri Repository = new("https://github.com/careers-sdk/careers-sdk");

    /// <summary>What every operation that needs a key refuses, besides its own refusals.</summary>
    private static readonly string[] KeyRefusals =
    [
        "`401` without an API key in `X-Api-Key`, or with one that is not valid or has been revoked.",
        "`429` when the key has made more requests this minute than `Careers:RateLimit:PermitsPerMinute` allows (600 by default), with `Retry-After`.",
    ];

    /// <summary>
    /// Sets an operation's description: what it does, who may call it (which key, and whose records), and every
    /// answer by which it refuses a request, each starting with its status code in backticks, such as
    /// <c>`404` when …</c>; the refusals every keyed operation shares (<c>401</c>, <c>429</c>) are added.
    /// </summary>
    public static RouteHandlerBuilder Describe(
        this RouteHandlerBuilder builder,
        string what,
        string who,
        params string[] refused
    ) =>
        builder.WithDescription(
            what
                + "\n\n**Who may call it:** "
                + who
                + "\n\n**Refused** (problem details):\n\n"
                + string.Join(
                    "\n",
                    refused
                        .Concat(KeyRefusals)
                        .OrderBy(r => r, StringComparer.Ordinal)
                        .Select(r => "- " + r)
                )
        );

    private static readonly (string Name, string Description)[] Tags =
    [
        ("Area", "The synthetic area as a whole: what it holds and its entitlement figures."),
        (
            "Institutions",
            "The schools and the college, their learners, entitlement and Gatsby results."
        ),
        ("Learners", "One learner: their record and their entitlement."),
        (
            "Careers log",
            "The careers and skills log: read, write with ETags, transfer between schools."
        ),
        (
            "Imports",
            "Bulk import of activities from an MIS and of learners from a DfE Common Transfer File, all or nothing, with an idempotency key."
        ),
        ("Provider access", "Compliance with the Provider Access Legislation."),
        ("Funding", "Funding scenarios: a formula's allocation to the penny, and two compared."),
        ("Administration", "API keys, for administrators."),
    ];

    public static void Configure(OpenApiOptions options)
    {
        // Every operation that takes a body may get the body policy's answers (RequestBodies): a body that is not
        // valid (400), too large (413), or of another media type or none (415).
        options.AddOperationTransformer(
            (operation, _, _) =>
            {
                if (operation.RequestBody is null)
                {
                    return Task.CompletedTask;
                }

                operation.Responses ??= new OpenApiResponses();
                operation.Responses.TryAdd(
                    "400",
                    new OpenApiResponse
                    {
                        Description =
                            "The body is not valid: problem details with an error at each field.",
                    }
                );
                operation.Responses.TryAdd(
                    "413",
                    new OpenApiResponse
                    {
                        Description =
                            "The body is over the limit, with a Content-Length or chunked.",
                    }
                );
                operation.Responses.TryAdd(
                    "415",
                    new OpenApiResponse
                    {
                        Description =
                            "The body is not of a media type the operation accepts, or has none.",
                    }
                );
                return Task.CompletedTask;
            }
        );
        // Every operation that needs a key says so, with the answers a missing or unsuitable key gets: 403 only where
        // the operation's policy leaves out a role (any key may list the institutions, for example).
        options.AddOperationTransformer(
            async (operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (metadata.OfType<IAllowAnonymous>().Any())
                {
                    return;
                }

                operation.Responses ??= new OpenApiResponses();
                operation.Responses.TryAdd(
                    "401",
                    new OpenApiResponse { Description = "No API key, or one that is not valid." }
                );
                var policy = await AuthorizationPolicy.CombineAsync(
                    context.ApplicationServices.GetRequiredService<IAuthorizationPolicyProvider>(),
                    metadata.OfType<IAuthorizeData>()
                );
                var roles = policy
                    ?.Requirements.OfType<RolesAuthorizationRequirement>()
                    .Select(r => r.AllowedRoles)
                    .ToArray();
                if (
                    roles is { Length: > 0 }
                    && !Enum.GetNames<ApiRole>()
                        .All(role => roles.All(allowed => allowed.Contains(role)))
                )
                {
                    operation.Responses.TryAdd(
                        "403",
                        new OpenApiResponse { Description = "The key's role may not do this." }
                    );
                }

                operation.Responses.TryAdd(
                    "429",
                    new OpenApiResponse { Description = "Too many requests for this key." }
                );
            }
        );
        options.AddDocumentTransformer(
            (document, _, _) =>
            {
                document.Info.Title = "Careers SDK sample host";
                document.Info.Description =
                    "A sample ASP.NET Core host over the Careers SDK. Every record it holds is synthetic. Errors are "
                    + "RFC 9457 problem details with field-level errors.";
                document.Info.Contact = new OpenApiContact
                {
                    Name = "Careers SDK contributors",
                    Url = Repository,
                };
                document.Info.License = new OpenApiLicense
                {
                    Name = "MIT",
                    Url = new Uri("https://opensource.org/license/mit"),
                };
                foreach (var server in document.Servers ?? [])
                {
                    server.Url = server.Url?.TrimEnd('/');
                }

                document.Tags = new HashSet<OpenApiTag>(
                    Tags.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description })
                );

                // The API key (see Security/Access.cs), required by default; the document itself is open.
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??=
                    new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] =
                    new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.ApiKey,
                        In = ParameterLocation.Header,
                        Name = ApiKeyAuthenticationHandler.Header,
                        Description =
                            "An API key: a school's (its own learners), an analyst's (aggregates) or an administrator's.",
                    };
                document.Security =
                [
                    new OpenApiSecurityRequirement
                    {
                        [
                            new OpenApiSecuritySchemeReference(
                                ApiKeyAuthenticationHandler.SchemeName,
                                document
                            )
                        ] = [],
                    },
                ];
                return Task.CompletedTask;
            }
        );
    }
}
