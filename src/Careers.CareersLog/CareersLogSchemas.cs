using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;

namespace Careers.CareersLog;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the careers-log document, one immutable file per version with its own
/// <c>$id</c>, shipped inside this package and published in the docs under <c>schemas/careers-log/</c>
/// (docs/articles/domain.md §7).
/// </summary>
public static class CareersLogSchemas
{
    /// <summary>
    /// The version this package writes. Version 3 means what version 2 means; it is written so that ajv compiles it
    /// with <c>strict: true</c> (docs/articles/careers-log.md, "Versions and migration").
    /// </summary>
    public const int CurrentVersion = 3;

    /// <summary>The oldest version this package reads.</summary>
    public const int OldestVersion = 1;

    private static readonly Dictionary<int, string> Texts = new();

    /// <summary>Every version this package reads, oldest first.</summary>
    public static IReadOnlyList<int> Versions { get; } = [1, 2, 3];

    /// <summary>The <c>$id</c> of a version's schema.</summary>
    /// <param name="version">The schema version.</param>
    /// <returns>The schema's URI.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a version this package knows.</exception>
    public static Uri IdOf(int version) =>
        new(
            $"https://careers-sdk.github.io/careers-sdk/schemas/careers-log/v{Known(version)}.schema.json"
        );

    /// <summary>The text of a version's schema, exactly as published.</summary>
    /// <param name="version">The schema version.</param>
    /// <returns>The schema as JSON text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a version this package knows.</exception>
    public static string GetSchemaText(int version)
    {
        Known(version);
        lock (Texts)
        {
            if (!Texts.TryGetValue(version, out var text))
            {
                using var stream = OpenSchema(version);
                using var reader = new StreamReader(stream, Encoding.UTF8);
                text = reader.ReadToEnd();
                Texts[version] = text;
            }

            return text;
        }
    }

    /// <summary>Opens a version's schema file, as shipped in the package.</summary>
    /// <param name="version">The schema version.</param>
    /// <returns>A stream the caller disposes.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a version this package knows.</exception>
    public static Stream OpenSchema(int version) =>
        typeof(CareersLogSchemas)
            .GetTypeInfo()
            .Assembly.GetManifestResourceStream(ResourceName(Known(version)))
        ?? throw new InvalidOperationException(
            $"The schema of version {version} is missing from the package."
        );

    internal static string ResourceName(int version) =>
        $"Careers.CareersLog.Schemas.v{version}.schema.json";

    private static int Known(int version) =>
        version >= OldestVersion && version <= CurrentVersion
            ? version
            : throw new ArgumentOutOfRangeException(
                nameof(version),
                version,
                $"Careers-log schema versions run from {OldestVersion} to {CurrentVersion}."
            );
}
