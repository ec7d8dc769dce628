using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Careers.CareersLog;

/// <summary>
/// The compiled keywords in the form the one-pass validator (<see cref="LogPass"/>) reads them: names and strings as
/// UTF-8 bytes, compared with the reader's token in place, and the types as a bit mask.
/// </summary>
internal sealed partial class SchemaNode
{
    internal const int ObjectType = 1;
    internal const int ArrayType = 2;
    internal const int StringType = 4;
    internal const int BooleanType = 8;
    internal const int NullType = 16;
    internal const int NumberType = 32;
    internal const int IntegerType = 64;

    private byte[][] propertyNamesUtf8 = [];
    private SchemaNode[] propertyNodes = [];
    private byte[][] requiredUtf8 = [];
    private byte[]?[] enumUtf8 = [];
    private byte[]? constUtf8;
    private int typeMask;
    private string? enumList;
    private SchemaNode? resolved;

    internal bool AcceptsEverything => acceptsEverything;

    /// <summary>The subschema <c>$ref</c> names, resolved once.</summary>
    internal SchemaNode? Reference =>
        reference is null ? null : resolved ??= compiler.Resolve(reference);

    internal int TypeMask => typeMask;

    internal bool HasConst => constValue is not null;

    internal bool HasEnum => enumValues is not null;

    internal bool HasStringChecks =>
        minLength is not null || maxLength is not null || pattern is not null || dateFormat;

    internal bool HasNumberChecks => minimum is not null || maximum is not null;

    internal int? MinLength => minLength;

    internal int? MaxLength => maxLength;

    internal Regex? Pattern => pattern;

    internal string? PatternText => patternText;

    internal bool DateFormat => dateFormat;

    internal double? Minimum => minimum;

    internal double? Maximum => maximum;

    internal int? MinItems => minItems;

    internal int? MaxItems => maxItems;

    internal bool UniqueItems => uniqueItems;

    internal SchemaNode? Items => items;

    internal SchemaNode[]? AllOf => allOf;

    internal SchemaNode[]? AnyOf => anyOf;

    internal SchemaNode? If => thenNode is null ? null : ifNode;

    internal SchemaNode? Then => ifNode is null ? null : thenNode;

    internal bool NoAdditionalProperties => noAdditionalProperties;

    internal bool HasProperties => propertyNodes.Length > 0;

    internal int RequiredCount => requiredUtf8.Length;

    internal string RequiredName(int index) => required![index];

    internal SchemaNode PropertyNode(int index) => propertyNodes[index];

    /// <summary>Whether the node has keywords about an object's properties or an array's items.</summary>
    internal bool ConstrainsContainers { get; private set; }

    /// <summary>
    /// For a node that is only <c>required: [p]</c> and <c>properties: { p: { const: "c" } }</c> (how the schemas pick
    /// an entry's subschema by its type): p as UTF-8, so that an object conforms when its p is the string c.
    /// </summary>
    internal byte[]? DiscriminatorName { get; private set; }

    /// <summary>The c of <see cref="DiscriminatorName"/>.</summary>
    internal byte[]? DiscriminatorValue { get; private set; }

    private bool OnlyRequiresAndDeclares =>
        types is null
        && reference is null
        && enumValues is null
        && constValue is null
        && pattern is null
        && minLength is null
        && maxLength is null
        && minimum is null
        && maximum is null
        && items is null
        && minItems is null
        && maxItems is null
        && !uniqueItems
        && allOf is null
        && anyOf is null
        && ifNode is null
        && thenNode is null
        && !dateFormat
        && !noAdditionalProperties
        && !acceptsEverything;

    private bool OnlyConstText =>
        constUtf8 is not null
        && properties is null
        && required is null
        && OnlyRequiresAndDeclaresExceptConst();

    private bool OnlyRequiresAndDeclaresExceptConst()
    {
        var saved = constValue;
        constValue = null;
        var only = OnlyRequiresAndDeclares;
        constValue = saved;
        return only;
    }

    // The declared and required names in one open-addressing table: slot holds 1 + the index into the arrays below.
    private int[] lookupTable = [];
    private byte[][] lookupNames = [];
    private int[] lookupHashes = [];
    private int[] lookupProperty = [];
    private int[] lookupRequired = [];

    /// <summary>The hash of a property name's UTF-8 (FNV-1a: names are short).</summary>
    internal static int NameHash(ReadOnlySpan<byte> name)
    {
        var hash = 2166136261u;
        foreach (var b in name)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    /// <summary>
    /// The index in the schema's order of the property named by the unescaped UTF-8 (with its
    /// <see cref="NameHash"/>), or -1; <paramref name="requiredIndex"/> its index in <c>required</c>, or -1.
    /// </summary>
    internal int Lookup(ReadOnlySpan<byte> name, int hash, out int requiredIndex)
    {
        requiredIndex = -1;
        if (lookupTable.Length == 0)
        {
            return -1;
        }

        var mask = lookupTable.Length - 1;
        for (var b = hash & mask; ; b = (b + 1) & mask)
        {
            var at = lookupTable[b] - 1;
            if (at < 0)
            {
                return -1;
            }

            if (lookupHashes[at] == hash && name.SequenceEqual(lookupNames[at]))
            {
                requiredIndex = lookupRequired[at];
                return lookupProperty[at];
            }
        }
    }

    private void PrepareLookup()
    {
        var names = new System.Collections.Generic.List<byte[]>(propertyNamesUtf8);
        var property = Enumerable.Range(0, propertyNamesUtf8.Length).ToList();
        var requiredAt = propertyNamesUtf8.Select(_ => -1).ToList();
        for (var r = 0; r < requiredUtf8.Length; r++)
        {
            var i = names.FindIndex(n => n.AsSpan().SequenceEqual(requiredUtf8[r]));
            if (i < 0)
            {
                names.Add(requiredUtf8[r]);
                property.Add(-1);
                requiredAt.Add(r);
            }
            else
            {
                requiredAt[i] = r;
            }
        }

        if (names.Count == 0)
        {
            return;
        }

        lookupNames = [.. names];
        lookupProperty = [.. property];
        lookupRequired = [.. requiredAt];
        lookupHashes = names.Select(n => NameHash(n)).ToArray();
        var size = 4;
        while (size < names.Count * 2)
        {
            size *= 2;
        }

        lookupTable = new int[size];
        for (var i = 0; i < names.Count; i++)
        {
            var b = lookupHashes[i] & (size - 1);
            while (lookupTable[b] != 0)
            {
                b = (b + 1) & (size - 1);
            }

            lookupTable[b] = i + 1;
        }
    }

    /// <summary>The index of the property whose name the reader is on, in the schema's order; -1 when it is not declared.</summary>
    internal int FindProperty(ref Utf8JsonReader reader) => Find(propertyNamesUtf8, ref reader);

    /// <summary>The index of the property the reader is on in <c>required</c>; -1 when it is not required.</summary>
    internal int FindRequired(ref Utf8JsonReader reader) => Find(requiredUtf8, ref reader);

    private static int Find(byte[][] names, ref Utf8JsonReader reader)
    {
        if (names.Length == 0)
        {
            return -1;
        }

        if (!reader.ValueIsEscaped)
        {
            var name = reader.ValueSpan;
            for (var i = 0; i < names.Length; i++)
            {
                if (name.SequenceEqual(names[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the value the reader is on has one of the schema's types.</summary>
    internal static int TypeOf(JsonTokenType token, double number) =>
        token switch
        {
            JsonTokenType.StartObject => ObjectType,
            JsonTokenType.StartArray => ArrayType,
            JsonTokenType.String => StringType,
            JsonTokenType.True or JsonTokenType.False => BooleanType,
            JsonTokenType.Null => NullType,
            _ => IsInteger(number) ? NumberType | IntegerType : NumberType,
        };

    /// <summary>Whether a scalar or container value the reader is on equals the <c>const</c> (a scalar).</summary>
    internal bool ConstMatches(ref Utf8JsonReader reader, double number) =>
        constUtf8 is not null
            ? reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(constUtf8)
            : ScalarEquals(constValue!.Value, ref reader, number);

    internal bool EnumMatches(ref Utf8JsonReader reader, double number)
    {
        var isString = reader.TokenType == JsonTokenType.String;
        for (var i = 0; i < enumUtf8.Length; i++)
        {
            if (enumUtf8[i] is { } text)
            {
                if (isString && reader.ValueTextEquals(text))
                {
                    return true;
                }
            }
            else if (ScalarEquals(enumValues![i], ref reader, number))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ScalarEquals(
        JsonElement expected,
        ref Utf8JsonReader reader,
        double number
    ) =>
        (expected.ValueKind, reader.TokenType) switch
        {
            (JsonValueKind.Number, JsonTokenType.Number) => NumberOf(expected) == number,
            (JsonValueKind.True, JsonTokenType.True) => true,
            (JsonValueKind.False, JsonTokenType.False) => true,
            (JsonValueKind.Null, JsonTokenType.Null) => true,
            _ => false,
        };

    internal string TypeMessage(string described) =>
        $"Expected {string.Join(" or ", types!.Select(Article))}, found {described}.";

    internal string ConstMessage(string described) =>
        $"Must be {constValue!.Value.GetRawText()}, found {described}.";

    internal string EnumMessage(string described) => $"{described} is not one of: {enumList}.";

    internal string AnyOfProblem(string described) => AnyOfMessage(described);

    internal static string MinLengthMessage(int minLength) =>
        $"Must be at least {minLength} character{(minLength == 1 ? "" : "s")} long.";

    internal static string MaxLengthMessage(int maxLength, int length) =>
        $"Must be at most {maxLength} characters long; it has {length}.";

    internal string PatternMessage(string text) =>
        $"{Quote(text)} does not have the required form {patternText}.";

    internal static string FormatMessage(string text) =>
        $"{Quote(text)} is not a date in the form yyyy-MM-dd.";

    internal static string MinimumMessage(double minimum, string raw) =>
        $"Must be at least {Format(minimum)}; found {raw}.";

    internal static string MaximumMessage(double maximum, string raw) =>
        $"Must be at most {Format(maximum)}; found {raw}.";

    internal static string MinItemsMessage(int minItems) =>
        $"Needs at least {minItems} item{(minItems == 1 ? "" : "s")}.";

    internal static string MaxItemsMessage(int maxItems, int count) =>
        $"Holds at most {maxItems} items; found {count}.";

    internal static string QuoteText(string text) => Quote(text);

    /// <summary>The ajv-formats date check on UTF-8 bytes, the same as <see cref="IsDate(string)"/> on their text.</summary>
    internal static bool IsDate(ReadOnlySpan<byte> text)
    {
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            return false;
        }

        for (var i = 0; i < 10; i++)
        {
            if (i is not (4 or 7) && text[i] is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        var year =
            (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
        var month = (text[5] - '0') * 10 + (text[6] - '0');
        var day = (text[8] - '0') * 10 + (text[9] - '0');
        return month is >= 1 and <= 12 && day >= 1 && day <= DaysIn(year, month);
    }

    private static int DaysIn(int year, int month) =>
        month == 2 ? (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28)
        : month is 4 or 6 or 9 or 11 ? 30
        : 31;

    private void PrepareUtf8(string location)
    {
        if (properties is not null)
        {
            propertyNamesUtf8 = properties.Keys.Select(k => Encoding.UTF8.GetBytes(k)).ToArray();
            propertyNodes = properties.Values.ToArray();
        }

        if (required is not null)
        {
            if (required.Length > 64)
            {
                throw new NotSupportedException(
                    $"At most 64 required properties are implemented ({location})."
                );
            }

            requiredUtf8 = required.Select(r => Encoding.UTF8.GetBytes(r)).ToArray();
        }

        if (enumValues is not null)
        {
            enumUtf8 = enumValues
                .Select(e =>
                    e.ValueKind == JsonValueKind.String
                        ? Encoding.UTF8.GetBytes(e.GetString()!)
                        : IsScalar(e)
                )
                .ToArray();
            enumList = string.Join(
                ", ",
                enumValues.Select(e =>
                    e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText()
                )
            );
        }

        if (constValue is { } expected)
        {
            constUtf8 =
                expected.ValueKind == JsonValueKind.String
                    ? Encoding.UTF8.GetBytes(constText!)
                    : IsScalar(expected);
        }

        PrepareLookup();
        ConstrainsContainers =
            propertyNodes.Length > 0
            || requiredUtf8.Length > 0
            || noAdditionalProperties
            || items is not null
            || minItems is not null
            || maxItems is not null
            || uniqueItems;
        if (
            OnlyRequiresAndDeclares
            && required is { Length: 1 }
            && properties is { Count: 1 }
            && properties.TryGetValue(required[0], out var picked)
            && picked.OnlyConstText
        )
        {
            DiscriminatorName = requiredUtf8[0];
            DiscriminatorValue = picked.constUtf8;
        }

        if (types is not null)
        {
            foreach (var type in types)
            {
                typeMask |= type switch
                {
                    "object" => ObjectType,
                    "array" => ArrayType,
                    "string" => StringType,
                    "boolean" => BooleanType,
                    "null" => NullType,
                    "number" => NumberType,
                    "integer" => IntegerType,
                    _ => throw new NotSupportedException(
                        $"Unknown JSON Schema type '{type}' ({location})."
                    ),
                };
            }
        }
    }

    // The one-pass validator compares a scalar value with the candidates token by token; a container value with
    // a container candidate is compared as a tree when it ends (the shipped schemas have none).
    private byte[]? IsScalar(JsonElement candidate)
    {
        if (candidate.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            HasContainerCandidates = true;
        }

        return null;
    }

    /// <summary>Whether an enum or const candidate is an object or an array.</summary>
    internal bool HasContainerCandidates { get; private set; }

    /// <summary>The const check of a container value, as a tree.</summary>
    internal bool ConstMatches(JsonElement value) => Matches(value, constValue!.Value, constText);

    /// <summary>The enum check of a container value, as a tree.</summary>
    internal bool EnumMatches(JsonElement value) => InEnum(value);
}
