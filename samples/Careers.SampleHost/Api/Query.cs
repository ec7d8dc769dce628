using System.Diagnostics.CodeAnalysis;
using Careers.Gatsby;
using Microsoft.AspNetCore.Http;
using NodaTime;
using NodaTime.Text;

namespace Careers.SampleHost.Api;

/// <summary>Reads query parameters, or says what is wrong with them as problem details.</summary>
internal static class Query
{
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

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            asAt = parsed.Value;
            return true;
        }

        problem = Problems.Invalid(
            "The query is not valid.",
            "query.as-at",
            "/query/asAt",
            "asAt must be a date in the ISO form yyyy-MM-dd, such as 2025-03-01."
        );
        return false;
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
