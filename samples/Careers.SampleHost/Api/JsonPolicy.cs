using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Careers.SampleHost.Api;

/// <summary>
/// The one JSON policy of every body the host reads. A property written twice in one object, or written again in
/// another case (<c>potPence</c> and <c>potpence</c>), is refused with <c>json.duplicate-property</c> at its JSON
/// pointer, never resolved by keeping the last; property names are case-sensitive; and a property a typed body does
/// not have is refused (<c>json.unknown-field</c>), so a misspelt field is not silently dropped.
/// </summary>
/// <remarks>
/// <see cref="RequestBodies"/> applies <see cref="FindDuplicates"/> to every JSON body before its handler runs (the
/// import, which streams its rows, applies it row by row); typed bodies are read with <see cref="Options"/>, which
/// <c>ConfigureHttpJsonOptions</c> also applies to the bodies minimal APIs bind.
/// </remarks>
internal static class JsonPolicy
{
    /// <summary>The code of a property written twice, or again in another case.</summary>
    public const string DuplicateCode = "json.duplicate-property";

    /// <summary>The code of a property that a typed body does not have.</summary>
    public const string UnknownCode = "json.unknown-field";

    /// <summary>The code of a body that is not JSON of the documented shape.</summary>
    public const string BodyCode = "body.json";

    /// <summary>The serializer options of every typed body: the web defaults, made strict. Read-only.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Makes options follow the policy: no duplicate properties, names case-sensitive, no unknown fields.</summary>
    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AllowDuplicateProperties = false;
        options.PropertyNameCaseInsensitive = false;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        return options;
    }

    /// <summary>
    /// Adds a problem for every property of every object in <paramref name="value"/> that repeats an earlier property
    /// of the same object, exactly or in another case. <paramref name="at"/> is the pointer of the value itself.
    /// </summary>
    public static void FindDuplicates(JsonElement value, string at, List<ValidationError> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var property in value.EnumerateObject())
                {
                    var path = JsonPointer.Append(at, property.Name);
                    if (seen.TryGetValue(property.Name, out var earlier))
                    {
                        problems.Add(
                            new ValidationError(
                                DuplicateCode,
                                path,
                                string.Equals(earlier, property.Name, StringComparison.Ordinal)
                                    ? $"The property '{property.Name}' is written twice; write each property once."
                                    : $"The property '{property.Name}' is '{earlier}' again in another case; names are case-sensitive, and a property is written once, in the documented case."
                            )
                        );
                    }
                    else
                    {
                        seen.Add(property.Name, property.Name);
                    }

                    FindDuplicates(property.Value, path, problems);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    FindDuplicates(item, JsonPointer.Append(at, index++), problems);
                }

                break;
        }
    }

    /// <summary>
    /// The field error for a body the serializer refused: a duplicate or unknown property, or a value of the wrong
    /// shape, at the JSON pointer of where it went wrong (under <paramref name="prefix"/>).
    /// </summary>
    public static ValidationError ErrorOf(JsonException exception, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(exception);
        var path = prefix + Pointer(exception.Path);
        var message = exception.Message;
        var code =
            message.StartsWith("Duplicate property", StringComparison.Ordinal) ? DuplicateCode
            : message.Contains("could not be mapped", StringComparison.Ordinal) ? UnknownCode
            : BodyCode;
        return new ValidationError(
            code,
            path,
            code switch
            {
                DuplicateCode => "A property is written twice; write each property once.",
                UnknownCode =>
                    "This is not a field of the body (names are case-sensitive): see the API reference.",
                _ => "The body must be JSON of the documented shape: " + message,
            }
        );
    }

    /// <summary>A System.Text.Json path (<c>$.formula.factors[0].ratePence</c>) as a JSON pointer.</summary>
    public static string Pointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "";
        }

        var pointer = "";
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                pointer = JsonPointer.Append(pointer, path[(i + 1)..end]);
                i = end;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                var inside = path[(i + 1)..end];
                // ['name'] for a name that is not an identifier; [3] for an index.
                pointer =
                    inside.Length >= 2 && inside[0] == '\'' && inside[^1] == '\''
                        ? JsonPointer.Append(pointer, inside[1..^1])
                    : int.TryParse(
                        inside,
                        NumberStyles.None,
                        CultureInfo.InvariantCulture,
                        out var index
                    )
                        ? JsonPointer.Append(pointer, index)
                    : JsonPointer.Append(pointer, inside);
                i = end + 1;
            }
            else
            {
                var end = path.IndexOfAny(['.', '['], i);
                end = end < 0 ? path.Length : end;
                pointer = JsonPointer.Append(pointer, path[i..end]);
                i = end;
            }
        }

        return pointer;
    }

    /// <summary>Whether a media type is JSON: <c>application/json</c> or a <c>+json</c> type.</summary>
    public static bool IsJson(string? mediaType) =>
        mediaType is not null
        && (
            string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
        );
}
