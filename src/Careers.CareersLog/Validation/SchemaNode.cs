using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Careers.CareersLog;

/// <summary>
/// One compiled subschema of the careers-log JSON Schemas. This is the subset of draft 2020-12 the schemas use, read
/// from the shipped schema files themselves so that the .NET validator and the published contract cannot drift; a
/// keyword outside the subset fails at compile time rather than being ignored. Semantics follow the specification
/// and ajv: lengths in code points, integers by value (3.0 is an integer), <c>format: date</c> as ajv-formats checks
/// it, a pattern's <c>$</c> at the very end only.
/// </summary>
internal sealed partial class SchemaNode
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$schema",
        "$id",
        "$comment",
        "$defs",
        "title",
        "description",
    };

    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal)
    {
        "type",
        "properties",
        "required",
        "additionalProperties",
        "enum",
        "const",
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "minItems",
        "maxItems",
        "uniqueItems",
        "items",
        "$ref",
        "anyOf",
        "allOf",
        "if",
        "then",
        "format",
    };

    private readonly SchemaCompiler compiler;
    private string[]? types;
    private Dictionary<string, SchemaNode>? properties;
    private string[]? required;
    private bool noAdditionalProperties;
    private JsonElement[]? enumValues;
    private JsonElement? constValue;
    private string? constText;
    private Regex? pattern;
    private string? patternText;
    private int? minLength;
    private int? maxLength;
    private double? minimum;
    private double? maximum;
    private int? minItems;
    private int? maxItems;
    private bool uniqueItems;
    private SchemaNode? items;
    private string? reference;
    private SchemaNode[]? anyOf;
    private SchemaNode[]? allOf;
    private SchemaNode? ifNode;
    private SchemaNode? thenNode;
    private bool dateFormat;
    private bool acceptsEverything;

    private SchemaNode(SchemaCompiler compiler) => this.compiler = compiler;

    /// <summary>What the schema calls this value, for messages: its title, else null.</summary>
    public string? Title { get; private set; }

    public static SchemaNode Compile(JsonElement schema, SchemaCompiler compiler, string location)
    {
        // The boolean schema true accepts every value. Version 3 uses it to declare a property that another
        // subschema constrains, so that ajv's strict mode (strictRequired) sees every required property declared.
        if (schema.ValueKind == JsonValueKind.True)
        {
            return new SchemaNode(compiler) { acceptsEverything = true };
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new NotSupportedException(
                $"The careers-log schema has a subschema that is neither an object nor true at {location}."
            );
        }

        var node = new SchemaNode(compiler);
        foreach (var keyword in schema.EnumerateObject())
        {
            var here = location + "/" + keyword.Name;
            if (Annotations.Contains(keyword.Name))
            {
                if (keyword.Name == "title")
                {
                    node.Title = keyword.Value.GetString();
                }

                continue;
            }

            if (!Supported.Contains(keyword.Name))
            {
                throw new NotSupportedException(
                    $"The careers-log validator does not implement the keyword '{keyword.Name}' at {location}."
                );
            }

            node.Read(keyword.Name, keyword.Value, here);
        }

        node.PrepareUtf8(location);
        return node;
    }

    private void Read(string keyword, JsonElement value, string here)
    {
        switch (keyword)
        {
            case "type":
                types =
                    value.ValueKind == JsonValueKind.Array
                        ? value.EnumerateArray().Select(t => t.GetString()!).ToArray()
                        : [value.GetString()!];
                break;
            case "properties":
                properties = value
                    .EnumerateObject()
                    .ToDictionary(
                        p => p.Name,
                        p => Compile(p.Value, compiler, here + "/" + p.Name),
                        StringComparer.Ordinal
                    );
                break;
            case "required":
                required = value.EnumerateArray().Select(r => r.GetString()!).ToArray();
                break;
            case "additionalProperties":
                noAdditionalProperties =
                    value.ValueKind == JsonValueKind.False
                        ? true
                        : throw new NotSupportedException(
                            $"Only additionalProperties: false is implemented ({here})."
                        );
                break;
            case "enum":
                enumValues = value.EnumerateArray().Select(v => v.Clone()).ToArray();
                break;
            case "const":
                constValue = value.Clone();
                constText = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                break;
            case "pattern":
                patternText = value.GetString()!;
                pattern = new Regex(
                    EndAnchored(patternText),
#if NET
                    RegexOptions.Compiled |
#endif
                        RegexOptions.CultureInvariant
                );
                break;
            case "minLength":
                minLength = value.GetInt32();
                break;
            case "maxLength":
                maxLength = value.GetInt32();
                break;
            case "minimum":
                minimum = value.GetDouble();
                break;
            case "maximum":
                maximum = value.GetDouble();
                break;
            case "minItems":
                minItems = value.GetInt32();
                break;
            case "maxItems":
                maxItems = value.GetInt32();
                break;
            case "uniqueItems":
                uniqueItems = value.GetBoolean();
                break;
            case "items":
                items = Compile(value, compiler, here);
                break;
            case "$ref":
                reference = value.GetString()!;
                compiler.Require(reference, here);
                break;
            case "anyOf":
                anyOf = value
                    .EnumerateArray()
                    .Select((s, i) => Compile(s, compiler, here + "/" + i))
                    .ToArray();
                break;
            case "allOf":
                allOf = value
                    .EnumerateArray()
                    .Select((s, i) => Compile(s, compiler, here + "/" + i))
                    .ToArray();
                break;
            case "if":
                ifNode = Compile(value, compiler, here);
                break;
            case "then":
                thenNode = Compile(value, compiler, here);
                break;
            default: // "format"
                dateFormat =
                    value.GetString() == "date"
                        ? true
                        : throw new NotSupportedException(
                            $"Only format: date is implemented ({here})."
                        );
                break;
        }
    }

    // JavaScript's $ matches only at the very end; .NET's also matches before a final newline.
    private static string EndAnchored(string text) =>
        text.EndsWith("$", StringComparison.Ordinal)
        && !text.EndsWith("\\$", StringComparison.Ordinal)
            ? text.Substring(0, text.Length - 1) + "\\z"
            : text;

    /// <summary>Whether the value conforms, without reporting why.</summary>
    public bool Conforms(JsonElement value) => Validate(value, SchemaWalk.Silent);

    /// <summary>Validates a value at a pointer; reports every problem when <paramref name="problems"/> is given.</summary>
    public bool Validate(JsonElement value, string pointer, List<ValidationError>? problems) =>
        Validate(value, problems is null ? SchemaWalk.Silent : new SchemaWalk(problems, pointer));

    private bool Validate(JsonElement value, SchemaWalk walk)
    {
        var problems = walk.Problems;
        var valid = true;
        if (reference is not null)
        {
            valid &= compiler.Resolve(reference).Validate(value, walk);
            if (!valid && problems is null)
            {
                return false;
            }
        }

        if (types is not null && !HasAnyType(value))
        {
            Report(
                walk,
                "type",
                $"Expected {string.Join(" or ", types.Select(Article))}, found {Describe(value)}."
            );
            return false;
        }

        if (constValue is { } expected && !Matches(value, expected, constText))
        {
            valid = false;
            Report(walk, "const", $"Must be {expected.GetRawText()}, found {Describe(value)}.");
        }

        if (enumValues is not null && !InEnum(value))
        {
            valid = false;
            Report(
                walk,
                "enum",
                $"{Describe(value)} is not one of: {string.Join(", ", enumValues.Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText()))}."
            );
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                valid &= ValidateString(value, walk);
                break;
            case JsonValueKind.Number:
                valid &= ValidateNumber(value, walk);
                break;
            case JsonValueKind.Array:
                valid &= ValidateArray(value, walk);
                break;
            case JsonValueKind.Object:
                valid &= ValidateObject(value, walk);
                break;
        }

        if (allOf is not null)
        {
            foreach (var sub in allOf)
            {
                valid &= sub.Validate(value, walk);
            }
        }

        if (anyOf is not null && !AnyConforms(value))
        {
            valid = false;
            Report(walk, "anyOf", AnyOfMessage(Describe(value)));
        }

        if (ifNode is not null && thenNode is not null && ifNode.Conforms(value))
        {
            valid &= thenNode.Validate(value, walk);
        }

        return valid;
    }

    private bool ValidateString(JsonElement value, SchemaWalk walk)
    {
        var problems = walk.Problems;
        if (minLength is null && maxLength is null && pattern is null && !dateFormat)
        {
            return true;
        }

        var text = value.GetString()!;
        var valid = true;
        if (minLength is not null || maxLength is not null)
        {
            var length = LogVocabulary.CodePoints(text);
            if (length < minLength)
            {
                valid = false;
                Report(
                    walk,
                    "minLength",
                    $"Must be at least {minLength} character{(minLength == 1 ? "" : "s")} long."
                );
            }

            if (length > maxLength)
            {
                valid = false;
                Report(
                    walk,
                    "maxLength",
                    $"Must be at most {maxLength} characters long; it has {length}."
                );
            }
        }

        if (pattern is not null && !pattern.IsMatch(text))
        {
            valid = false;
            Report(
                walk,
                "pattern",
                $"{Quote(text)} does not have the required form {patternText}."
            );
        }

        if (dateFormat && !IsDate(text))
        {
            valid = false;
            Report(walk, "format", $"{Quote(text)} is not a date in the form yyyy-MM-dd.");
        }

        return valid;
    }

    private bool ValidateNumber(JsonElement value, SchemaWalk walk)
    {
        var problems = walk.Problems;
        var number = NumberOf(value);
        var valid = true;
        if (number < minimum)
        {
            valid = false;
            Report(
                walk,
                "minimum",
                $"Must be at least {Format(minimum!.Value)}; found {value.GetRawText()}."
            );
        }

        if (number > maximum)
        {
            valid = false;
            Report(
                walk,
                "maximum",
                $"Must be at most {Format(maximum!.Value)}; found {value.GetRawText()}."
            );
        }

        return valid;
    }

    private bool ValidateArray(JsonElement value, SchemaWalk walk)
    {
        var problems = walk.Problems;
        var valid = true;
        var count = value.GetArrayLength();
        if (count < minItems)
        {
            valid = false;
            Report(
                walk,
                "minItems",
                $"Needs at least {minItems} item{(minItems == 1 ? "" : "s")}."
            );
        }

        if (count > maxItems)
        {
            valid = false;
            Report(walk, "maxItems", $"Holds at most {maxItems} items; found {count}.");
        }

        if (uniqueItems)
        {
            var seen = new List<JsonElement>();
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                var first = seen.FindIndex(s => DeepEquals(s, item));
                if (first >= 0)
                {
                    valid = false;
                    walk.Push(index);
                    Report(walk, "uniqueItems", $"The same as item {first}: items must differ.");
                    walk.Pop();
                }

                seen.Add(item);
                index++;
            }
        }

        if (items is not null)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                walk.Push(index++);
                valid &= items.Validate(item, walk);
                walk.Pop();
                if (!valid && problems is null)
                {
                    return false;
                }
            }
        }

        return valid;
    }

    private bool ValidateObject(JsonElement value, SchemaWalk walk)
    {
        var problems = walk.Problems;
        var valid = true;
        if (required is not null)
        {
            foreach (var name in required)
            {
                if (!value.TryGetProperty(name, out _))
                {
                    valid = false;
                    walk.Push(name);
                    Report(walk, "required", $"The property '{name}' is required.");
                    walk.Pop();
                }
            }
        }

        // Look the schema's properties up rather than reading every name, so a valid object costs no strings;
        // only an object with more properties than the schema matched is read name by name.
        var matched = 0;
        if (properties is not null)
        {
            foreach (var property in properties)
            {
                if (value.TryGetProperty(property.Key, out var propertyValue))
                {
                    matched++;
                    walk.Push(property.Key);
                    valid &= property.Value.Validate(propertyValue, walk);
                    walk.Pop();
                    if (!valid && problems is null)
                    {
                        return false;
                    }
                }
            }
        }

        if (noAdditionalProperties && CountProperties(value) > matched)
        {
            foreach (var property in value.EnumerateObject())
            {
                if (properties is null || !properties.ContainsKey(property.Name))
                {
                    valid = false;
                    walk.Push(property.Name);
                    Report(
                        walk,
                        "additionalProperties",
                        $"The property '{property.Name}' is not allowed here."
                    );
                    walk.Pop();
                }
            }
        }

        return valid;
    }

    // Loops rather than LINQ: these run for every value of every document, and a lambda would allocate each time.
    private bool HasAnyType(JsonElement value)
    {
        foreach (var type in types!)
        {
            if (HasType(value, type))
            {
                return true;
            }
        }

        return false;
    }

    private bool AnyConforms(JsonElement value)
    {
        foreach (var branch in anyOf!)
        {
            if (branch.Conforms(value))
            {
                return true;
            }
        }

        return false;
    }

    private static int CountProperties(JsonElement value)
    {
        var count = 0;
        foreach (var _ in value.EnumerateObject())
        {
            count++;
        }

        return count;
    }

    private bool InEnum(JsonElement value)
    {
        foreach (var candidate in enumValues!)
        {
            if (
                value.ValueKind == JsonValueKind.String
                && candidate.ValueKind == JsonValueKind.String
                    ? value.ValueEquals(candidate.GetString())
                    : DeepEquals(value, candidate)
            )
            {
                return true;
            }
        }

        return false;
    }

    // Strings compare without allocating: ValueEquals reads the UTF-8 in place.
    private static bool Matches(JsonElement value, JsonElement expected, string? expectedText) =>
        expectedText is not null
            ? value.ValueKind == JsonValueKind.String && value.ValueEquals(expectedText)
            : DeepEquals(value, expected);

    private string AnyOfMessage(string described)
    {
        var alternatives = anyOf!
            .Select(a =>
                a.required is { Length: 1 } r && a.types is null && a.DeclaresOnly(r[0])
                    ? r[0]
                    : null
            )
            .ToArray();
        if (alternatives.All(a => a is not null))
        {
            return $"Needs {string.Join(" or ", alternatives.Select(a => "'" + a + "'"))}.";
        }

        return Title is null
            ? $"{described} does not match any of the allowed forms."
            : $"{described} is not {Title}.";
    }

    // A branch that only requires a property may declare it as true (version 3): it still only asks for the property.
    private bool DeclaresOnly(string name) =>
        properties is null
        || (
            properties.Count == 1
            && properties.TryGetValue(name, out var declared)
            && declared.acceptsEverything
        );

    private static bool HasType(JsonElement value, string type) =>
        type switch
        {
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "null" => value.ValueKind == JsonValueKind.Null,
            "number" => value.ValueKind == JsonValueKind.Number,
            "integer" => value.ValueKind == JsonValueKind.Number && IsInteger(NumberOf(value)),
            _ => throw new NotSupportedException($"Unknown JSON Schema type '{type}'."),
        };

    /// <summary>
    /// A number's value; one too large for a double is infinite, as in JavaScript (ajv), rather than an exception.
    /// </summary>
    internal static double NumberOf(JsonElement value) =>
        value.TryGetDouble(out var number) ? number
        : value.GetRawText().StartsWith("-", StringComparison.Ordinal) ? double.NegativeInfinity
        : double.PositiveInfinity;

    private static bool IsInteger(double number) =>
        !double.IsInfinity(number) && Math.Floor(number) == number;

    /// <summary>The date check of ajv-formats: four, two and two digits, a real month and a real day of it.</summary>
    internal static bool IsDate(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        for (var i = 0; i < 10; i++)
        {
            if (i is not (4 or 7) && text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        var year = int.Parse(text.Substring(0, 4), CultureInfo.InvariantCulture);
        var month = int.Parse(text.Substring(5, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(text.Substring(8, 2), CultureInfo.InvariantCulture);
        var leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        int[] days = [0, 31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        return month is >= 1 and <= 12 && day >= 1 && day <= days[month];
    }

    /// <summary>JSON equality as JSON Schema defines it: numbers by value, objects regardless of property order.</summary>
    internal static bool DeepEquals(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        switch (a.ValueKind)
        {
            case JsonValueKind.String:
                return string.Equals(a.GetString(), b.GetString(), StringComparison.Ordinal);
            case JsonValueKind.Number:
                return NumberOf(a) == NumberOf(b);
            case JsonValueKind.Array:
                return a.GetArrayLength() == b.GetArrayLength()
                    && a.EnumerateArray().Zip(b.EnumerateArray(), DeepEquals).All(e => e);
            case JsonValueKind.Object:
                var left = a.EnumerateObject().ToList();
                var right = b.EnumerateObject().ToList();
                return left.Count == right.Count
                    && left.All(p =>
                        b.TryGetProperty(p.Name, out var other) && DeepEquals(p.Value, other)
                    );
            default:
                return true;
        }
    }

    private static void Report(SchemaWalk walk, string keyword, string message) =>
        walk.Problems?.Add(new ValidationError("schema." + keyword, walk.Pointer(), message));

    private static string Article(string type) =>
        type switch
        {
            "object" => "an object",
            "array" => "an array",
            "integer" => "an integer",
            _ => "a " + type,
        };

    private static string Describe(JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.String => Quote(value.GetString()!),
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.Null => "null",
            JsonValueKind.Number => "the number " + value.GetRawText(),
            _ => value.GetRawText(),
        };

    private static string Quote(string text) =>
        "'" + (text.Length > 60 ? text.Substring(0, 57) + "..." : text) + "'";

    private static string Format(double number) =>
        number.ToString("0.##", CultureInfo.InvariantCulture);
}
