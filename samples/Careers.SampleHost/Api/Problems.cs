using System.Collections.Generic;
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
}
