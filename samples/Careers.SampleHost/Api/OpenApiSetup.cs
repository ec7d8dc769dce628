using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Careers.SampleHost.Api;

/// <summary>
/// The OpenAPI document's description of the host as a whole: title, licence, servers and tags. The tests lint the
/// document with <c>@redocly/cli</c> and its <c>recommended</c> rules (redocly.yaml at the repository root).
/// </summary>
internal static class OpenApiSetup
{
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
            "Bulk import of activities from an MIS, all or nothing, with an idempotency key."
        ),
        ("Provider access", "Compliance with the Provider Access Legislation."),
    ];

    public static void Configure(OpenApiOptions options) =>
        options.AddDocumentTransformer(
            (document, _, _) =>
            {
                document.Info.Title = "Careers SDK sample host";
                document.Info.Description =
                    "A sample ASP.NET Core host over the Careers SDK. Every record it holds is synthetic. Errors are "
                    + "RFC 9457 problem details with field-level errors.";
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
                return Task.CompletedTask;
            }
        );
}
