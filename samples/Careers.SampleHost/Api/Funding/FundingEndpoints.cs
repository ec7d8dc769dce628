using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Careers.Funding;
using Careers.SampleHost.Analytics;
using Careers.SampleHost.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;

namespace Careers.SampleHost.Api;

/// <summary>
/// The <c>/funding</c> routes: funding scenarios allocated with a formula, and two compared. Every handler reads
/// through <see cref="AreaAnalytics"/>.
/// </summary>
internal static class FundingEndpoints
{
    private static readonly JsonSerializerOptions Web = JsonPolicy.Options;

    public static IEndpointRouteBuilder MapFundingApi(this IEndpointRouteBuilder app)
    {
        var funding = app.MapGroup("/funding")
            .WithTags("Funding")
            .RequireAuthorization(Access.AreaFigures);
        funding
            .MapPost("/scenarios", PostScenario)
            .WithName("PostFundingScenario")
            .WithSummary(
                "Allocates a pot across the area's institutions with a formula: every institution to the penny, with explanations and equity measures."
            )
            .Describe(
                "The pot, in pence, is shared out with the formula across every institution, counted as at `asAt` (the "
                    + "reference date without it): pupils by phase and characteristic, benchmarks not achieved, learners "
                    + "behind the entitlement. The pence add up to the pot, by largest remainder.",
                "an analyst or administrator key.",
                "`400` when the body is not JSON of the documented shape, a field is missing or out of range, the formula builder refuses the formula, or the pot cannot be allocated with it (such as a pot too small for the floors): an error at each field.",
                "`403` for a school key: funding is about the whole area.",
                "`413` when the body is over the host's limit (`Careers:Limits:MaxRequestBodyBytes`).",
                "`415` when the body is not `application/json`, or has no `Content-Type`."
            )
            .Accepts<FundingScenarioRequest>("application/json")
            .Produces<FundingScenarioDto>()
            .ProducesValidationProblem();
        funding
            .MapPost("/scenarios/compare", PostComparison)
            .WithName("CompareFundingScenarios")
            .WithSummary(
                "Allocates with two formulas and compares them: both allocations, the change for each institution and in equity."
            )
            .Describe(
                "`before` and `after` are two scenarios of the shape `/funding/scenarios` takes; each is allocated as it "
                    + "would be there, and the answer holds both, each institution's change and the change in each equity measure.",
                "an analyst or administrator key.",
                "`400` when the body is not JSON of the documented shape, `before` or `after` is missing, a field is out of range, a formula is refused, or a pot cannot be allocated: an error at each field, under `/before` or `/after`.",
                "`403` for a school key: funding is about the whole area.",
                "`413` when the body is over the host's limit (`Careers:Limits:MaxRequestBodyBytes`).",
                "`415` when the body is not `application/json`, or has no `Content-Type`."
            )
            .Accepts<FundingComparisonRequest>("application/json")
            .Produces<FundingComparisonDto>()
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<IResult> PostScenario(
        HttpContext http,
        AreaAnalytics analytics,
        CancellationToken ct
    )
    {
        var (request, problem) = await ReadAsync<FundingScenarioRequest>(http, ct);
        if (request is null)
        {
            return problem!;
        }

        var errors = new List<ValidationError>();
        var reference = await analytics.ReferenceDateAsync(ct);
        var formula = FormulaReader.Read(request, "", errors);
        var asAt = AsAt(request, "", reference, errors);
        if (formula is null || errors.Count > 0)
        {
            return Problems.Invalid("The funding scenario is not valid.", errors);
        }

        var funded = await analytics.FundedInstitutionsAsync(asAt, ct);
        var allocation = AreaAnalytics.Allocate(formula, funded, request.PotPence!.Value, asAt);
        if (!allocation.Success)
        {
            return Invalid(allocation.Problems, "", formula);
        }

        return Results.Ok(FundingScenarioDto.From(allocation.Result, asAt));
    }

    private static async Task<IResult> PostComparison(
        HttpContext http,
        AreaAnalytics analytics,
        CancellationToken ct
    )
    {
        var (request, problem) = await ReadAsync<FundingComparisonRequest>(http, ct);
        if (request is null)
        {
            return problem!;
        }

        var errors = new List<ValidationError>();
        var reference = await analytics.ReferenceDateAsync(ct);
        if (request.Before is null)
        {
            errors.Add(new("funding.scenario.required", "/before", "before is required."));
        }

        if (request.After is null)
        {
            errors.Add(new("funding.scenario.required", "/after", "after is required."));
        }

        var before = request.Before is null
            ? null
            : FormulaReader.Read(request.Before, "/before", errors);
        var after = request.After is null
            ? null
            : FormulaReader.Read(request.After, "/after", errors);
        var beforeAsAt = request.Before is null
            ? reference
            : AsAt(request.Before, "/before", reference, errors);
        var afterAsAt = request.After is null
            ? reference
            : AsAt(request.After, "/after", reference, errors);
        if (before is null || after is null || errors.Count > 0)
        {
            return Problems.Invalid("The funding scenarios are not valid.", errors);
        }

        var funded = await analytics.FundedInstitutionsAsync(beforeAsAt, ct);
        var fundedAfter =
            afterAsAt == beforeAsAt
                ? funded
                : await analytics.FundedInstitutionsAsync(afterAsAt, ct);
        var first = AreaAnalytics.Allocate(
            before,
            funded,
            request.Before!.PotPence!.Value,
            beforeAsAt
        );
        var second = AreaAnalytics.Allocate(
            after,
            fundedAfter,
            request.After!.PotPence!.Value,
            afterAsAt
        );
        var problems = new List<ValidationError>();
        if (!first.Success)
        {
            problems.AddRange(Relocate(first.Problems, "/before", before));
        }

        if (!second.Success)
        {
            problems.AddRange(Relocate(second.Problems, "/after", after));
        }

        if (problems.Count > 0)
        {
            return Problems.Invalid("The funding scenarios cannot be allocated.", problems);
        }

        return Results.Ok(
            FundingComparisonDto.From(
                FundingScenario.Compare(first.Result!, second.Result!),
                beforeAsAt,
                afterAsAt
            )
        );
    }

    private static LocalDate AsAt(
        FundingScenarioRequest request,
        string prefix,
        LocalDate reference,
        List<ValidationError> errors
    )
    {
        if (string.IsNullOrEmpty(request.AsAt))
        {
            return reference;
        }

        if (
            Query.TryDate(
                request.AsAt,
                "funding.as-at",
                prefix + "/asAt",
                "asAt",
                out var asAt,
                out var error
            )
        )
        {
            return asAt;
        }

        errors.Add(error);
        return reference;
    }

    private static IResult Invalid(
        IEnumerable<ValidationError> problems,
        string prefix,
        FundingFormula formula
    ) =>
        Problems.Invalid(
            "The funding scenario cannot be allocated.",
            Relocate(problems, prefix, formula)
        );

    private static IEnumerable<ValidationError> Relocate(
        IEnumerable<ValidationError> problems,
        string prefix,
        FundingFormula formula
    )
    {
        var ids = formula.Factors.Select(f => f.Id).ToArray();
        return problems.Select(p => FormulaReader.Relocate(p, prefix, ids, ofFormula: false));
    }

    /// <summary>Reads a JSON body; a body that is not JSON of the right shape is a 400 with the place it went wrong.</summary>
    private static async Task<(T?, IResult?)> ReadAsync<T>(HttpContext http, CancellationToken ct)
        where T : class
    {
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(http.Request.Body, Web, ct);
            if (value is not null)
            {
                return (value, null);
            }
        }
        catch (JsonException e)
        {
            return (
                null,
                Problems.Invalid(
                    "The request body is not valid.",
                    "body.json",
                    Pointer(e.Path),
                    "The body must be a JSON object of the documented shape: " + e.Message
                )
            );
        }

        return (
            null,
            Problems.Invalid(
                "The request body is not valid.",
                "body.json",
                "",
                "The body must be a JSON object."
            )
        );
    }

    // System.Text.Json paths ($.formula.factors[0].ratePence) as JSON pointers (/formula/factors/0/ratePence).
    private static string Pointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "";
        }

        var builder = new StringBuilder();
        foreach (var part in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            if (name.Length > 0)
            {
                builder.Append('/').Append(name);
            }

            if (bracket >= 0)
            {
                builder
                    .Append('/')
                    .Append(
                        part[(bracket + 1)..]
                            .Replace("]", "", StringComparison.Ordinal)
                            .Replace("[", "/", StringComparison.Ordinal)
                    );
            }
        }

        return builder.ToString();
    }
}
