using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Careers.CareersLog;

/// <summary>
/// Validates careers-log documents and reports every problem at once, each with a code, a JSON pointer and a message,
/// never the first only. Shape is checked against the published JSON Schema of the document's
/// <c>schemaVersion</c> (codes <c>schema.*</c>, named after the JSON Schema keyword that fails); then the rules the
/// schema cannot state (codes <c>rule.*</c>): the UPN check letter, entry ids unique in the log, a school's last day
/// not before its first, a reflection about an entry that is in the log, and every date (date of birth, a school's
/// first and last days, an entry's date) in the supported range, 1 September 1900 to 31 August 9999
/// (<c>rule.date-range</c>). Documents over
/// <see cref="CareersLogReadOptions.MaxDocumentBytes"/> are refused before parsing (<c>log.too-large</c>); text that is
/// not JSON gets <c>log.json</c>; a missing or unknown version <c>log.schema-version</c>; a property written twice in
/// one object <c>log.duplicate-property</c>. Thread-safe.
/// </summary>
public sealed class CareersLogValidator
{
    private static readonly Lazy<SchemaNode>[] Schemas = CreateSchemas();
    private readonly int maxDocumentBytes;

    /// <summary>Creates a validator.</summary>
    /// <param name="options">The limits; null for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">The size limit is not positive.</exception>
    public CareersLogValidator(CareersLogReadOptions? options = null)
    {
        maxDocumentBytes = (options ?? new CareersLogReadOptions()).MaxDocumentBytes;
        if (maxDocumentBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                maxDocumentBytes,
                "MaxDocumentBytes must be positive."
            );
        }
    }

    /// <summary>A validator with the default limits.</summary>
    public static CareersLogValidator Default { get; } = new();

    /// <summary>The size limit in bytes.</summary>
    public int MaxDocumentBytes => maxDocumentBytes;

    /// <summary>Validates a document given as UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>Every problem; empty when the document is valid.</returns>
    public IReadOnlyList<ValidationError> Validate(ReadOnlySpan<byte> utf8Json)
    {
        var problems = new List<ValidationError>();
        if (utf8Json.Length > maxDocumentBytes)
        {
            problems.Add(TooLarge(utf8Json.Length.ToString(CultureInfo.InvariantCulture)));
        }
        else if (LogPass.Run(utf8Json, problems) == LogPass.Outcome.Duplicates)
        {
            problems.Clear();
            ParseTree(utf8Json.ToArray(), utf8Json.Length, problems)?.Dispose();
        }

        return problems;
    }

    /// <summary>Validates a document given as text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>Every problem; empty when the document is valid.</returns>
    public IReadOnlyList<ValidationError> Validate(string json)
    {
        Guard.NotNull(json, nameof(json));
        var bytes = Encoding.UTF8.GetByteCount(json);
        return bytes > maxDocumentBytes
            ? [TooLarge(bytes.ToString(CultureInfo.InvariantCulture))]
            : Validate(Encoding.UTF8.GetBytes(json).AsSpan());
    }

    /// <summary>Validates a parsed document.</summary>
    /// <param name="document">The document's root element.</param>
    /// <returns>Every problem; empty when the document is valid.</returns>
    public IReadOnlyList<ValidationError> Validate(JsonElement document)
    {
        var problems = new List<ValidationError>();
        Check(document, problems);
        return problems;
    }

    /// <summary>Reads a stream of at most the size limit, refusing a larger one after reading one byte past the limit.</summary>
    internal byte[]? ReadLimited(Stream stream, List<ValidationError> problems)
    {
        Guard.NotNull(stream, nameof(stream));
        if (stream.CanSeek && stream.Length - stream.Position > maxDocumentBytes)
        {
            problems.Add(
                TooLarge((stream.Length - stream.Position).ToString(CultureInfo.InvariantCulture))
            );
            return null;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxDocumentBytes)
            {
                problems.Add(
                    TooLarge("more than " + maxDocumentBytes.ToString(CultureInfo.InvariantCulture))
                );
                return null;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Checks in one pass, then parses; returns the parsed document when there are no problems.</summary>
    internal JsonDocument? Parse(byte[] utf8Json, int length, List<ValidationError> problems)
    {
        if (length > maxDocumentBytes)
        {
            problems.Add(TooLarge(length.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        var start = problems.Count;
        var outcome = LogPass.Run(utf8Json.AsSpan(0, length), problems);
        if (outcome == LogPass.Outcome.Duplicates)
        {
            problems.RemoveRange(start, problems.Count - start);
            return ParseTree(utf8Json, length, problems);
        }

        return problems.Count > start ? null : JsonDocument.Parse(utf8Json.AsMemory(0, length));
    }

    /// <summary>
    /// Parses to a tree and checks it: the reference the one-pass validator agrees with, used for documents with a
    /// property written twice (whose last value is the one JSON readers keep).
    /// </summary>
    private static JsonDocument? ParseTree(
        byte[] utf8Json,
        int length,
        List<ValidationError> problems
    )
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json.AsMemory(0, length));
        }
        catch (JsonException e)
        {
            problems.Add(
                new ValidationError(
                    "log.json",
                    JsonPointer.Root,
                    $"Not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}"
                )
            );
            return null;
        }

        Check(document.RootElement, problems);
        if (problems.Count == 0)
        {
            return document;
        }

        document.Dispose();
        return null;
    }

    /// <summary>The version a document declares, if it is one this package knows.</summary>
    internal static int? VersionOf(JsonElement document) =>
        document.ValueKind == JsonValueKind.Object
        && document.TryGetProperty("schemaVersion", out var version)
        && version.ValueKind == JsonValueKind.Number
        && version.TryGetDouble(out var number)
        && number >= CareersLogSchemas.OldestVersion
        && number <= CareersLogSchemas.CurrentVersion
        && Math.Floor(number) == number
            ? (int)number
            : null;

    internal static SchemaNode SchemaOf(int version) =>
        Schemas[version - CareersLogSchemas.OldestVersion].Value;

    private static void Check(JsonElement document, List<ValidationError> problems)
    {
        DuplicateProperties(document, new SchemaWalk(problems, JsonPointer.Root));
        if (VersionOf(document) is not { } version)
        {
            problems.Add(
                new ValidationError(
                    "log.schema-version",
                    "/schemaVersion",
                    $"A careers log declares its schemaVersion, a whole number from {CareersLogSchemas.OldestVersion} to {CareersLogSchemas.CurrentVersion}."
                )
            );
            return;
        }

        SchemaOf(version).Validate(document, JsonPointer.Root, problems);
        LogRules.Check(document, problems);
    }

    private static void DuplicateProperties(JsonElement value, SchemaWalk walk)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            var index = 0;
            foreach (var property in value.EnumerateObject())
            {
                walk.Push(property);
                var earlier = 0;
                foreach (var other in value.EnumerateObject())
                {
                    if (earlier++ == index)
                    {
                        break;
                    }

                    if (SameName(other, property))
                    {
                        walk.Problems!.Add(
                            new ValidationError(
                                "log.duplicate-property",
                                walk.Pointer(),
                                $"The property '{property.Name}' is written twice."
                            )
                        );
                        break;
                    }
                }

                DuplicateProperties(property.Value, walk);
                walk.Pop();
                index++;
            }
        }
        else if (value.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                walk.Push(index++);
                DuplicateProperties(item, walk);
                walk.Pop();
            }
        }
    }

    // Objects in a log have a dozen properties at most, so comparing each name with the earlier ones is cheap; on
    // .NET 9 and later the raw UTF-8 names are compared in place, without allocating.
    private static bool SameName(JsonProperty a, JsonProperty b)
    {
#if NET9_0_OR_GREATER
        var left = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8PropertyName(a);
        var right = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8PropertyName(b);
        if (left.SequenceEqual(right))
        {
            return true;
        }

        // Escaped names can be equal when their raw text is not.
        return (left.IndexOf((byte)'\\') >= 0 || right.IndexOf((byte)'\\') >= 0)
            && string.Equals(a.Name, b.Name, StringComparison.Ordinal);
#else
        return string.Equals(a.Name, b.Name, StringComparison.Ordinal);
#endif
    }

    private ValidationError TooLarge(string size) =>
        new(
            "log.too-large",
            JsonPointer.Root,
            $"The document is {size} bytes; the limit is {maxDocumentBytes.ToString(CultureInfo.InvariantCulture)} (CareersLogReadOptions.MaxDocumentBytes)."
        );

    private static Lazy<SchemaNode>[] CreateSchemas()
    {
        var schemas = new Lazy<SchemaNode>[
            CareersLogSchemas.CurrentVersion - CareersLogSchemas.OldestVersion + 1
        ];
        for (var i = 0; i < schemas.Length; i++)
        {
            var version = CareersLogSchemas.OldestVersion + i;
            schemas[i] = new Lazy<SchemaNode>(() =>
                SchemaCompiler.Compile(CareersLogSchemas.GetSchemaText(version))
            );
        }

        return schemas;
    }
}
