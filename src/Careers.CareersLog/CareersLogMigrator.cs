using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Careers.CareersLog;

/// <summary>
/// Moves careers-log documents forward, one schema version at a time, losing nothing (docs/articles/domain.md §7).
/// Each step turns a valid document of version N into a valid document of version N + 1; the published schema of
/// version N is never changed. Reading an older document with <see cref="CareersLogSerializer"/> migrates it on the
/// way in; this class is for stores that want to rewrite what they hold.
/// </summary>
public static class CareersLogMigrator
{
    /// <summary>The steps, by the version they start from.</summary>
    private static readonly Dictionary<int, Func<JsonObject, JsonObject>> Steps = new()
    {
        // Version 2 only adds the 2024 Gatsby evidence flags to the meaningful lists: a version 1 document is a
        // version 2 document once it says so.
        [1] = document => document,
        // Version 3 means what version 2 means: its schema only declares, in each subschema that requires a
        // property, the property it requires, so that ajv compiles it in strict mode. The data does not change.
        [2] = document => document,
    };

    /// <summary>Migrates a document to a later version.</summary>
    /// <param name="json">The document, of any version this package reads.</param>
    /// <param name="targetVersion">The version wanted; default the current one.</param>
    /// <param name="options">The size limit; null for the default.</param>
    /// <returns>The document at the target version, or every problem that stops it being read.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The target is not a version this package writes.</exception>
    public static Evaluation<string> Migrate(
        string json,
        int targetVersion = CareersLogSchemas.CurrentVersion,
        CareersLogReadOptions? options = null
    )
    {
        Guard.NotNull(json, nameof(json));
        CareersLogSchemas.IdOf(targetVersion);
        var problems = new List<ValidationError>();
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        using var document = new CareersLogValidator(options).Parse(bytes, bytes.Length, problems);
        if (document is null)
        {
            return Evaluation<string>.Of(problems);
        }

        var version = CareersLogValidator.VersionOf(document.RootElement)!.Value;
        if (version > targetVersion)
        {
            return Evaluation<string>.Of([
                new ValidationError(
                    "log.schema-version",
                    "/schemaVersion",
                    $"The document is at version {version}; migrations only run forward, not to {targetVersion}."
                ),
            ]);
        }

        var migrated = Forward(JsonNode.Parse(json)!.AsObject(), version, targetVersion);
        return Evaluation<string>.Of(migrated.ToJsonString(LogJson.Indented));
    }

    /// <summary>Applies the steps from one version to another, checking each result against its schema.</summary>
    internal static JsonObject Forward(JsonObject document, int from, int to)
    {
        for (var version = from; version < to; version++)
        {
            document = Steps[version](document);
            document["schemaVersion"] = version + 1;
            using var check = JsonDocument.Parse(document.ToJsonString());
            var problems = new List<ValidationError>();
            CareersLogValidator
                .SchemaOf(version + 1)
                .Validate(check.RootElement, JsonPointer.Root, problems);
            if (problems.Count > 0)
            {
                // A step that writes an invalid document is a bug in this package, not in the data.
                throw new InvalidOperationException(
                    $"Migrating to version {version + 1} produced an invalid document: {problems[0]}"
                );
            }
        }

        return document;
    }

    /// <summary>The versions that have a step to the next one.</summary>
    internal static IEnumerable<int> StepVersions => Steps.Keys;
}
