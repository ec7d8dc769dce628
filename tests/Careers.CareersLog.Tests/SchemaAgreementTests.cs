using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Careers.CareersLog.Tests;

/// <summary>
/// The published JSON Schemas and the .NET validator must agree: every fixture document is checked by ajv, the
/// reference JavaScript validator (installed by the test command from package.json), and by
/// <see cref="CareersLogValidator"/>, and any disagreement fails.
/// </summary>
public class SchemaAgreementTests
{
    private sealed record Case(string File, int Schema, bool SchemaValid, Expected[] Problems);

    private sealed record Expected(string Code, string Path);

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static List<Case> Cases(string file) =>
        JsonSerializer.Deserialize<List<Case>>(File.ReadAllText(file), Web)!;

    private static string CasesFile => Path.Combine(LogSamples.Fixtures, "cases.json");

    [Fact]
    public void Corpus_HasAtLeastFortyDocuments_BothValidAndInvalid_ForEveryVersion()
    {
        var cases = Cases(CasesFile);
        Assert.True(cases.Count >= 40, $"{cases.Count} fixtures");
        foreach (var version in CareersLogSchemas.Versions)
        {
            Assert.Contains(cases, c => c.Schema == version && c.Problems.Length == 0);
            Assert.Contains(cases, c => c.Schema == version && c.Problems.Length > 0);
        }

        // Every keyword and rule of the validator is broken by at least one document.
        var codes = cases.SelectMany(c => c.Problems).Select(p => p.Code).ToHashSet();
        string[] all =
        [
            "schema.type",
            "schema.required",
            "schema.additionalProperties",
            "schema.enum",
            "schema.pattern",
            "schema.minLength",
            "schema.maxLength",
            "schema.minimum",
            "schema.maximum",
            "schema.minItems",
            "schema.uniqueItems",
            "schema.anyOf",
            "schema.format",
            "log.schema-version",
            "rule.upn-check-letter",
            "rule.duplicate-entry-id",
            "rule.school-dates",
            "rule.reflection-about",
            "rule.date-range",
        ];
        Assert.Empty(all.Except(codes));
    }

    [Fact]
    public void DotNetValidator_ReportsExactlyTheExpectedProblems_ForEveryFixture()
    {
        var failures = new List<string>();
        foreach (var c in Cases(CasesFile))
        {
            var actual = CareersLogValidator
                .Default.Validate(File.ReadAllText(Path.Combine(LogSamples.Fixtures, c.File)))
                .Select(p => (p.Code, p.Path))
                .OrderBy(p => p)
                .ToList();
            var expected = c.Problems.Select(p => (p.Code, p.Path)).OrderBy(p => p).ToList();
            if (!actual.SequenceEqual(expected))
            {
                failures.Add(
                    $"{c.File}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]"
                );
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Ajv_AgreesWithTheDotNetValidator_OnEveryFixture()
    {
        var cases = Cases(CasesFile);
        var ajv = RunAjv(CasesFile);
        var failures = new List<string>();
        foreach (var c in cases)
        {
            var result = ajv.GetProperty(c.File);
            var valid = result.GetProperty("valid").GetBoolean();
            if (valid != c.SchemaValid)
            {
                failures.Add(
                    $"{c.File}: ajv says {(valid ? "valid" : "invalid")}, the .NET validator {(c.SchemaValid ? "valid" : "invalid")}"
                );
                continue;
            }

            // Both point at the same place: each schema problem is where ajv reports an error (ajv reports a
            // missing or unexpected property at its object, the .NET validator at the property).
            var places = result.GetProperty("errors").EnumerateArray().Select(Place).ToHashSet();
            foreach (
                var problem in c.Problems.Where(p =>
                    !p.Code.StartsWith("rule.", StringComparison.Ordinal)
                )
            )
            {
                if (!places.Contains(problem.Path))
                {
                    failures.Add(
                        $"{c.File}: ajv reports nothing at {problem.Path} ({problem.Code}); it reports at {string.Join(", ", places)}"
                    );
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void MigratedDocuments_AreValidAtTheCurrentVersion_ForAjvAndTheDotNetValidator()
    {
        var directory = Directory.CreateTempSubdirectory("careers-log-migrated-").FullName;
        try
        {
            var migrated = new List<Case>();
            foreach (
                var c in Cases(CasesFile)
                    .Where(c =>
                        c.Schema < CareersLogSchemas.CurrentVersion && c.Problems.Length == 0
                    )
            )
            {
                var result = CareersLogMigrator.Migrate(
                    File.ReadAllText(Path.Combine(LogSamples.Fixtures, c.File))
                );
                Assert.True(result.Success, string.Join("\n", result.Problems));
                Assert.Empty(CareersLogValidator.Default.Validate(result.Result));
                Assert.Equal(
                    CareersLogSchemas.CurrentVersion,
                    JsonDocument
                        .Parse(result.Result)
                        .RootElement.GetProperty("schemaVersion")
                        .GetInt32()
                );
                var name = c.File.Replace('/', '-');
                File.WriteAllText(Path.Combine(directory, name), result.Result);
                migrated.Add(new Case(name, CareersLogSchemas.CurrentVersion, true, []));
            }

            Assert.Contains(migrated, c => c.File.StartsWith("v1-", StringComparison.Ordinal));
            Assert.Contains(migrated, c => c.File.StartsWith("v2-", StringComparison.Ordinal));
            var casesFile = Path.Combine(directory, "cases.json");
            File.WriteAllText(casesFile, JsonSerializer.Serialize(migrated, Web));
            var ajv = RunAjv(casesFile);
            Assert.All(
                migrated,
                c => Assert.True(ajv.GetProperty(c.File).GetProperty("valid").GetBoolean(), c.File)
            );
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// Version 3 is version 2 written for ajv's full strict mode; it must mean exactly what version 2 means. Every
    /// fixture, declared as version 2 and as version 3, gets the same verdict and the same errors from ajv, and the
    /// same problems, with the same messages, from the .NET validator.
    /// </summary>
    [Fact]
    public void VersionThree_MeansWhatVersionTwoMeans_OnEveryFixture()
    {
        var directory = Directory.CreateTempSubdirectory("careers-log-v2-v3-").FullName;
        try
        {
            var relabelled = new List<(string V2, string V3)>();
            var cases = new List<Case>();
            foreach (var c in Cases(CasesFile))
            {
                var text = File.ReadAllText(Path.Combine(LogSamples.Fixtures, c.File));
                if (VersionMarker.Matches(text).Count != 1)
                {
                    continue; // no version, or one that is not a number: nothing to relabel
                }

                var name = c.File.Replace('/', '-');
                var pair = ("v2-" + name, "v3-" + name);
                File.WriteAllText(
                    Path.Combine(directory, pair.Item1),
                    VersionMarker.Replace(text, "\"schemaVersion\": 2")
                );
                File.WriteAllText(
                    Path.Combine(directory, pair.Item2),
                    VersionMarker.Replace(text, "\"schemaVersion\": 3")
                );
                relabelled.Add(pair);
                cases.Add(new Case(pair.Item1, 2, false, []));
                cases.Add(new Case(pair.Item2, 3, false, []));
            }

            Assert.True(relabelled.Count >= 60, $"{relabelled.Count} fixtures relabelled");
            var casesFile = Path.Combine(directory, "cases.json");
            File.WriteAllText(casesFile, JsonSerializer.Serialize(cases, Web));
            var ajv = RunAjv(casesFile);
            var failures = new List<string>();
            var invalid = 0;
            foreach (var (v2, v3) in relabelled)
            {
                var fromV2 = ajv.GetProperty(v2).GetRawText();
                var fromV3 = ajv.GetProperty(v3).GetRawText();
                if (fromV2 != fromV3)
                {
                    failures.Add($"ajv, {v2}: version 2 gives {fromV2}, version 3 gives {fromV3}");
                }

                var problemsV2 = Problems(Path.Combine(directory, v2));
                var problemsV3 = Problems(Path.Combine(directory, v3));
                if (!problemsV2.SequenceEqual(problemsV3))
                {
                    failures.Add(
                        $".NET, {v2}: version 2 gives [{string.Join(", ", problemsV2)}], version 3 gives [{string.Join(", ", problemsV3)}]"
                    );
                }

                invalid += problemsV2.Count > 0 ? 1 : 0;
            }

            Assert.Empty(failures);
            Assert.True(invalid >= 40, $"{invalid} relabelled fixtures are invalid");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        static List<string> Problems(string file) =>
            CareersLogValidator
                .Default.Validate(File.ReadAllText(file))
                .Select(p => $"{p.Code} {p.Path} {p.Message}")
                .ToList();
    }

    /// <summary>
    /// Every version from 3 on compiles under ajv's full strict mode (<c>strict: true</c>, which includes
    /// <c>strictRequired</c>). Versions 1 and 2 do not, and stay as published: their hashes are pinned. They compile
    /// with the options the article names, and fail with <c>strictRequired</c>, because anyOf branches and the entry
    /// require properties they do not declare.
    /// </summary>
    [Fact]
    public void Ajv_CompilesEveryVersionFromThree_InFullStrictMode_AndVersionsOneAndTwo_WithTheDocumentedOptions()
    {
        var compiled = RunAjv("--compile");
        Assert.Equal(3, compiled.GetProperty("firstStrictVersion").GetInt32());
        var versions = compiled.GetProperty("versions");
        Assert.Equal(
            CareersLogSchemas.Versions,
            versions.EnumerateObject().Select(v => int.Parse(v.Name, CultureInfo.InvariantCulture))
        );
        foreach (var version in CareersLogSchemas.Versions)
        {
            var results = versions.GetProperty(version.ToString(CultureInfo.InvariantCulture));
            string? Error(string options) => results.GetProperty(options).GetString();
            if (version >= 3)
            {
                Assert.All(
                    results.EnumerateObject(),
                    r =>
                        Assert.True(
                            r.Value.ValueKind == JsonValueKind.Null,
                            $"v{version} {r.Name}: {r.Value}"
                        )
                );
                continue;
            }

            Assert.Contains("(strictRequired)", Error("strict"), StringComparison.Ordinal);
            Assert.Contains(
                "(strictRequired)",
                Error("strictRequiredOnly"),
                StringComparison.Ordinal
            );
            Assert.Null(Error("strictWithoutStrictRequired"));
            Assert.Null(Error("strictTypes"));
            Assert.Null(Error("defaults"));
            Assert.Null(Error("notStrict"));
        }
    }

    private static readonly Regex VersionMarker = new(
        "\"schemaVersion\":\\s*[0-9]+(\\.0)?(?=\\s*[,}])",
        RegexOptions.CultureInvariant
    );

    private static string Place(JsonElement error)
    {
        var path = error.GetProperty("instancePath").GetString()!;
        var parameters = error.GetProperty("params");
        return error.GetProperty("keyword").GetString() switch
        {
            "required" => path + "/" + parameters.GetProperty("missingProperty").GetString(),
            "additionalProperties" => path
                + "/"
                + parameters.GetProperty("additionalProperty").GetString(),
            "uniqueItems" => path + "/" + parameters.GetProperty("i").GetInt32(),
            _ => path,
        };
    }

    private static JsonElement RunAjv(string casesFileOrCompile)
    {
        var script = Path.Combine(
            LogSamples.Root,
            "tests",
            "Careers.CareersLog.Tests",
            "ajv-check.mjs"
        );
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { script, LogSamples.Root, casesFileOrCompile },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = LogSamples.Root,
        };
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        node.WaitForExit();
        Assert.True(
            node.ExitCode == 0,
            $"ajv failed (exit {node.ExitCode}); the test command installs it with npm ci.\n{error.Result}"
        );
        return JsonDocument.Parse(output.Result).RootElement.Clone();
    }
}
