using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Careers.CareersLog;

/// <summary>
/// Reads and writes careers logs as JSON documents of the published schema, on System.Text.Json source generation
/// (no reflection: safe under trimming and native AOT), dates as ISO <c>yyyy-MM-dd</c>. Writing always produces the
/// current <see cref="CareersLogSchemas.CurrentVersion"/>; reading accepts every version in
/// <see cref="CareersLogSchemas.Versions"/>, validates it with <see cref="CareersLogValidator"/> and migrates it
/// forward with <see cref="CareersLogMigrator"/>.
/// </summary>
public static class CareersLogSerializer
{
    /// <summary>Writes a log as JSON text.</summary>
    /// <param name="log">The log.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The document.</returns>
    public static string Serialize(CareersLogDocument log, bool indented = false) =>
        JsonSerializer.Serialize(Guard.NotNull(log, nameof(log)), LogJson.Log(indented));

    /// <summary>Writes a log as UTF-8 JSON.</summary>
    /// <param name="log">The log.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The document.</returns>
    public static byte[] SerializeToUtf8Bytes(CareersLogDocument log, bool indented = false) =>
        JsonSerializer.SerializeToUtf8Bytes(Guard.NotNull(log, nameof(log)), LogJson.Log(indented));

    /// <summary>Writes a log as UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="log">The log.</param>
    /// <param name="indented">Whether to indent.</param>
    public static void Serialize(Stream utf8Json, CareersLogDocument log, bool indented = false) =>
        JsonSerializer.Serialize(
            Guard.NotNull(utf8Json, nameof(utf8Json)),
            Guard.NotNull(log, nameof(log)),
            LogJson.Log(indented)
        );

    /// <summary>Reads a log from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">The size limit; null for the default.</param>
    /// <returns>The log, or every problem in the document.</returns>
    public static Evaluation<CareersLogDocument> Deserialize(
        ReadOnlySpan<byte> utf8Json,
        CareersLogReadOptions? options = null
    ) => Read(utf8Json.ToArray(), utf8Json.Length, options);

    /// <summary>Reads a log from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">The size limit; null for the default.</param>
    /// <returns>The log, or every problem in the document.</returns>
    public static Evaluation<CareersLogDocument> Deserialize(
        string json,
        CareersLogReadOptions? options = null
    )
    {
        var bytes = Encoding.UTF8.GetBytes(Guard.NotNull(json, nameof(json)));
        return Read(bytes, bytes.Length, options);
    }

    /// <summary>Reads a log from a stream of UTF-8 JSON, reading no more than one byte past the size limit.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">The size limit; null for the default.</param>
    /// <returns>The log, or every problem in the document.</returns>
    public static Evaluation<CareersLogDocument> Deserialize(
        Stream utf8Json,
        CareersLogReadOptions? options = null
    )
    {
        var problems = new List<ValidationError>();
        var bytes = new CareersLogValidator(options).ReadLimited(utf8Json, problems);
        return bytes is null
            ? Evaluation<CareersLogDocument>.Of(problems)
            : Read(bytes, bytes.Length, options);
    }

    private static Evaluation<CareersLogDocument> Read(
        byte[] bytes,
        int length,
        CareersLogReadOptions? options
    )
    {
        var problems = new List<ValidationError>();
        var validator = options is null
            ? CareersLogValidator.Default
            : new CareersLogValidator(options);
        using var document = validator.Parse(bytes, length, problems);
        if (document is null)
        {
            return Evaluation<CareersLogDocument>.Of(problems);
        }

        var version = CareersLogValidator.VersionOf(document.RootElement)!.Value;
        var typeInfo = LogJson.Log(indented: false);
        var log =
            version == CareersLogSchemas.CurrentVersion
                ? document.RootElement.Deserialize(typeInfo)
                : CareersLogMigrator
                    .Forward(
                        JsonNode.Parse(document.RootElement.GetRawText())!.AsObject(),
                        version,
                        CareersLogSchemas.CurrentVersion
                    )
                    .Deserialize(typeInfo);
        return Evaluation<CareersLogDocument>.Of(log!);
    }
}
