using System.Diagnostics.CodeAnalysis;
using Careers.Gatsby;
using Microsoft.AspNetCore.Http;
using NodaTime;
using NodaTime.Text;

namespace Careers.SampleHost.Api;

/// <summary>Reads query parameters, or says what is wrong with them as problem details.</summary>
internal static class Query
{
    /// <summary>
    /// The earliest as-at date the host accepts: 1 September 1901, one academic year inside the SDK's supported range
    /// (<see cref="AcademicYear.MinStartYear"/>), because reports also look at the year before.
    /// </summary>
    public static readonly LocalDate EarliestAsAt = new AcademicYear(
        AcademicYear.MinStartYear + 1
    ).Start;

    /// <summary>
    /// The latest as-at date the host accepts: 31 August 9998, one academic year inside the SDK's supported range
    /// (<see cref="AcademicYear.MaxStartYear"/>).
    /// </summary>
    public static readonly LocalDate LatestAsAt = new AcademicYear(
        AcademicYear.MaxStartYear - 1
    ).End;

    public static bool TryAsAt(
        string? text,
        LocalDate fallback,
        out LocalDate asAt,
        [NotNullWhen(false)] out IResult? problem
    )
    {
        problem = null;
        asAt = fallback;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (TryDate(text, "query.as-at", "/query/asAt", "asAt", out asAt, out var error))
        {
            return true;
        }

        asAt = fallback;
        problem = Problems.Invalid("The query is not valid.", [error]);
        return false;
    }

    /// <summary>
    /// Reads an as-at date from a query or a body: the ISO form yyyy-MM-dd, between <see cref="EarliestAsAt"/> and
    /// <see cref="LatestAsAt"/>. The one place that says what dates the host takes.
    /// </summary>
    public static bool TryDate(
        string text,
        string code,
        string path,
        string name,
        out LocalDate date,
        [NotNullWhen(false)] out ValidationError? error
    )
    {
        error = null;
        var parsed = LocalDatePattern.Iso.Parse(text);
        date = parsed.Success ? parsed.Value : default;
        if (!parsed.Success)
        {
            error = new ValidationError(
                code,
                path,
                $"{name} must be a date in the ISO form yyyy-MM-dd, such as 2025-03-01."
            );
            return false;
        }

        if (date < EarliestAsAt || date > LatestAsAt)
        {
            error = new ValidationError(
                code,
                path,
                $"{name} must be between {Text.Date(EarliestAsAt)} and {Text.Date(LatestAsAt)}; {text} is outside the academic years the host can report."
            );
            return false;
        }

        return true;
    }

    public static bool TryEdition(
        string? text,
        out GatsbyEdition? edition,
        [NotNullWhen(false)] out IResult? problem
    )
    {
        problem = null;
        edition = text switch
        {
            null or "" => null,
            "2014" => GatsbyEdition.Edition2014,
            "2024" => GatsbyEdition.Edition2024,
            _ => (GatsbyEdition)(-1),
        };
        if (edition is null || edition is GatsbyEdition.Edition2014 or GatsbyEdition.Edition2024)
        {
            return true;
        }

        edition = null;
        problem = Problems.Invalid(
            "The query is not valid.",
            "query.edition",
            "/query/edition",
            "edition must be 2014 or 2024; leave it out for the edition in force on the as-at date."
        );
        return false;
    }
}
