using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
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
    public void MigratedDocuments_AreValidVersionTwo_ForAjvAndTheDotNetValidator()
    {
        var directory = Directory.CreateTempSubdirectory("careers-log-migrated-").FullName;
        try
        {
            var migrated = new List<Case>();
            foreach (var c in Cases(CasesFile).Where(c => c.Schema == 1 && c.Problems.Length == 0))
            {
                var result = CareersLogMigrator.Migrate(
                    File.ReadAllText(Path.Combine(LogSamples.Fixtures, c.File))
                );
                Assert.True(result.Success, string.Join("\n", result.Problems));
                Assert.Empty(CareersLogValidator.Default.Validate(result.Result));
                var name = Path.GetFileName(c.File);
                File.WriteAllText(Path.Combine(directory, name), result.Result);
                migrated.Add(new Case(name, 2, true, []));
            }

            Assert.NotEmpty(migrated);
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

    private static JsonElement RunAjv(string casesFile)
    {
        var script = Path.Combine(
            LogSamples.Root,
            "tests",
            "Careers.CareersLog.Tests",
            "ajv-check.mjs"
        );
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { script, LogSamples.Root, casesFile },
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
