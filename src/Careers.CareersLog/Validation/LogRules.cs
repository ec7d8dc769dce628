using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime.Text;

namespace Careers.CareersLog;

/// <summary>
/// The rules of a careers log that JSON Schema cannot state. They read the document leniently, so they report
/// alongside shape problems rather than after them, and skip what the schema already reports. A date the schema
/// accepts but the SDK does not support (before 1 September 1900 or after 31 August 9999) is <c>rule.date-range</c>,
/// so that reading a log never meets a date it cannot work with.
/// </summary>
internal static class LogRules
{
    public static void Check(JsonElement document, List<ValidationError> problems)
    {
        if (document.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (
            document.TryGetProperty("learner", out var learner)
            && learner.ValueKind == JsonValueKind.Object
            && learner.TryGetProperty("upn", out var upn)
            && upn.ValueKind == JsonValueKind.String
            && upn.GetString() is { Length: Upn.Length } text
            && Upn.Validate(text) is { Success: false, Error: { Code: "upn.check-letter" } error }
        )
        {
            problems.Add(
                new ValidationError("rule.upn-check-letter", "/learner/upn", error.Message)
            );
        }

        if (learner.ValueKind == JsonValueKind.Object)
        {
            CheckRange(learner, "dateOfBirth", "/learner/dateOfBirth", problems);
        }

        if (
            document.TryGetProperty("schools", out var schools)
            && schools.ValueKind == JsonValueKind.Array
        )
        {
            var index = 0;
            foreach (var school in schools.EnumerateArray())
            {
                var path = JsonPointer.Append("/schools", index);
                CheckRange(school, "from", JsonPointer.Append(path, "from"), problems);
                CheckRange(school, "to", JsonPointer.Append(path, "to"), problems);
                CheckSchoolDates(Text(school, "from"), Text(school, "to"), index, problems);

                index++;
            }
        }

        if (
            document.TryGetProperty("entries", out var entries)
            && entries.ValueKind == JsonValueKind.Array
        )
        {
            CheckEntries(entries, problems);
        }
    }

    private static void CheckEntries(JsonElement entries, List<ValidationError> problems)
    {
        var firstIndexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            CheckRange(
                entry,
                "date",
                JsonPointer.Append(JsonPointer.Append("/entries", index), "date"),
                problems
            );
            if (Text(entry, "id") is { } id)
            {
                if (firstIndexOf.TryGetValue(id, out var first))
                {
                    problems.Add(
                        new ValidationError(
                            "rule.duplicate-entry-id",
                            $"/entries/{index}/id",
                            $"Entry {first} already has the id '{id}'; ids are unique in a log."
                        )
                    );
                }
                else
                {
                    firstIndexOf[id] = index;
                }
            }

            index++;
        }

        index = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            if (
                Text(entry, "type") == "reflection"
                && Text(entry, "about") is { } about
                && !firstIndexOf.ContainsKey(about)
            )
            {
                problems.Add(
                    new ValidationError(
                        "rule.reflection-about",
                        $"/entries/{index}/about",
                        $"The reflection is about entry '{about}', which is not in the log."
                    )
                );
            }

            index++;
        }
    }

    private static string? Text(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Object
        && value.TryGetProperty(name, out var property)
        && property.ValueKind == JsonValueKind.String
            ? property.GetString()
            : null;

    /// <summary>A school's last day before its first: <c>rule.school-dates</c> (when both are dates).</summary>
    public static void CheckSchoolDates(
        string? fromText,
        string? toText,
        int index,
        List<ValidationError> problems
    )
    {
        if (Date(fromText) is { } from && Date(toText) is { } to && to < from)
        {
            problems.Add(
                new ValidationError(
                    "rule.school-dates",
                    $"/schools/{index}/to",
                    $"The last day, {to:yyyy-MM-dd}, is before the first, {from:yyyy-MM-dd}."
                )
            );
        }
    }

    private static void CheckRange(
        JsonElement value,
        string name,
        string path,
        List<ValidationError> problems
    )
    {
        if (Text(value, name) is { } text)
        {
            CheckRange(text, path, problems);
        }
    }

    /// <summary>A date the schema accepts (yyyy-MM-dd, a real day) outside the supported range: <c>rule.date-range</c>.</summary>
    public static void CheckRange(string text, string path, List<ValidationError> problems)
    {
        if (!SchemaNode.IsDate(text))
        {
            return;
        }

        if (LocalDatePattern.Iso.Parse(text) is not { Success: true } parsed)
        {
            // Year 0000 is a date to JSON Schema but not one a log can hold.
            problems.Add(
                new ValidationError(
                    "rule.date-range",
                    path,
                    $"The date {text} is outside the supported range {SupportedDates.Range}."
                )
            );
            return;
        }

        SupportedDates.Check(parsed.Value, "rule.date-range", path, "The date is", problems);
    }

    private static NodaTime.LocalDate? Date(string? text) =>
        text is not null
        && SchemaNode.IsDate(text)
        && LocalDatePattern.Iso.Parse(text) is { Success: true } parsed
            ? parsed.Value
            : null;
}
