using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Http;

namespace Careers.SampleHost.Api;

/// <summary>One field-level error in a problem details response: the SDK's <see cref="ValidationError"/>.</summary>
/// <param name="Code">A stable code, such as <c>log.entry-date</c>.</param>
/// <param name="Path">A JSON pointer to the field, such as <c>/entries/3/date</c>.</param>
/// <param name="Message">What is wrong, in English.</param>
internal sealed record FieldError(string Code, string Path, string Message);

/// <summary>RFC 9457 problem details, with the SDK's validation errors as an <c>errors</c> list.</summary>
internal static class Problems
{
    public static IResult Invalid(
        string title,
        IEnumerable<ValidationError> errors,
        int status = StatusCodes.Status400BadRequest
    ) =>
        Results.Problem(
            title: title,
            statusCode: status,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = errors
                    .Select(e => new FieldError(e.Code, e.Path, e.Message))
                    .ToArray(),
            }
        );

    public static IResult Invalid(string title, string code, string path, string message) =>
        Invalid(title, [new ValidationError(code, path, message)]);

    public static IResult NotFound(string what) =>
        Results.Problem(title: what + " was not found.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>A body over the limit: 413, whether it came with a Content-Length or chunked.</summary>
    public static IResult TooLarge(long? maxBytes, string what = "The request body") =>
        Results.Problem(
            title: what + " is too large.",
            detail: maxBytes is { } max
                ? $"A body may be at most {max.ToString(CultureInfo.InvariantCulture)} bytes here."
                : null,
            statusCode: StatusCodes.Status413PayloadTooLarge
        );

    /// <summary>A body of a media type the endpoint does not read (or of none): 415.</summary>
    public static IResult UnsupportedMediaType(IEnumerable<string> accepted, string? contentType) =>
        Results.Problem(
            title: $"The request body must be {string.Join(" or ", accepted)}.",
            detail: string.IsNullOrEmpty(contentType)
                ? "The request had no Content-Type: say what the body is."
                : $"Content-Type was '{contentType}'.",
            statusCode: StatusCodes.Status415UnsupportedMediaType
        );

    /// <summary>
    /// The <c>errors</c> of a 400 or 422 that was written without any (a framework's own answer): one error, at the
    /// request as a whole, saying what the problem says. Every 400 and 422 of the host carries field-level errors.
    /// </summary>
    public static void EnsureErrors(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (
            problem.Status
                is StatusCodes.Status400BadRequest
                    or StatusCodes.Status422UnprocessableEntity
            && !problem.Extensions.ContainsKey("errors")
        )
        {
            problem.Extensions["errors"] = new[]
            {
                new FieldError(
                    "request.invalid",
                    "",
                    problem.Detail ?? problem.Title ?? "The request is not valid."
                ),
            };
        }
    }
}
