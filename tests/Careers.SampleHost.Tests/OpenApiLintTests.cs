using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Careers.SampleHost.Tests;

/// <summary>
/// The host's OpenAPI document passes two linters, each with its own rules unchanged: <c>redocly lint</c> with the
/// repository's <c>redocly.yaml</c> (the <c>recommended</c> rules) and <c>spectral lint</c> with <c>.spectral.yaml</c>
/// (<c>spectral:oas</c>). The CLIs come from npm (<c>npm ci</c>, which test.sh runs); without them the tests fail.
/// </summary>
public sealed class OpenApiLintTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    /// <summary>The recommended rules, unchanged: no error and no warning is allowed.</summary>
    [Fact]
    public async Task OpenApiDocument_RedoclyLint_NoErrorsAndNoWarnings()
    {
        var file = await WriteDocumentAsync();
        try
        {
            var (exitCode, output, error) = await RunAsync(
                "redocly",
                [
                    "lint",
                    file,
                    "--config",
                    Path.Combine(Repository.Root, "redocly.yaml"),
                    "--format=json",
                ],
                // No telemetry from a test run.
                new()
                {
                    ["REDOCLY_TELEMETRY"] = "off",
                    ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true",
                }
            );
            using var json = JsonDocument.Parse(output);
            var problems = json
                .RootElement.GetProperty("problems")
                .EnumerateArray()
                .Select(p =>
                    $"{p.GetProperty("ruleId").GetString()} {p.GetProperty("location")[0].GetProperty("pointer").GetString()}"
                )
                .ToArray();
            Assert.True(
                exitCode == 0,
                $"redocly lint failed ({exitCode}):\n{string.Join("\n", problems)}\n{error}"
            );
            Assert.Equal(
                0,
                json.RootElement.GetProperty("totals").GetProperty("errors").GetInt32()
            );
            Assert.Empty(problems);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Spectral's OpenAPI rules (<c>spectral:oas</c>), unchanged: no error, warning, information or hint is allowed.
    /// Among them, every operation has a description (which says who may call it and what it refuses) and the document
    /// names a contact.
    /// </summary>
    [Fact]
    public async Task OpenApiDocument_SpectralLint_NoResultsOfAnySeverity()
    {
        var ruleset = Path.Combine(Repository.Root, ".spectral.yaml");
        Assert.Equal(
            ["extends:", "- spectral:oas"],
            File.ReadAllLines(ruleset)
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
        );
        var file = await WriteDocumentAsync();
        try
        {
            var (exitCode, output, error) = await RunAsync(
                "spectral",
                [
                    "lint",
                    file,
                    "--ruleset",
                    ruleset,
                    "--format",
                    "json",
                    "--fail-severity",
                    "hint",
                    "--quiet",
                ],
                []
            );
            var start = output.IndexOf('[', StringComparison.Ordinal);
            Assert.True(
                start >= 0,
                $"spectral lint wrote no JSON ({exitCode}):\n{output}\n{error}"
            );
            using var json = JsonDocument.Parse(output[start..]);
            var results = json
                .RootElement.EnumerateArray()
                .Select(r =>
                    $"{r.GetProperty("code").GetString()} /{string.Join("/", r.GetProperty("path").EnumerateArray().Select(p => p.ToString()))}: {r.GetProperty("message").GetString()}"
                )
                .ToArray();
            Assert.True(
                exitCode == 0 && results.Length == 0,
                $"spectral lint found {results.Length} ({exitCode}):\n{string.Join("\n", results)}\n{error}"
            );
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Every operation's description says who may call it and lists each refusal the operation documents: the 4xx
    /// responses of the document and the codes the description names are the same set, so neither drifts alone.
    /// </summary>
    [Fact]
    public async Task OpenApiDocument_EveryOperation_SaysWhoMayCallItAndEachRefusal()
    {
        using var response = await host.Anonymous().GetAsync("/openapi/v1.json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var operations = 0;
        foreach (var path in json.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                operations++;
                var name = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var description = operation.Value.TryGetProperty("description", out var d)
                    ? d.GetString() ?? ""
                    : "";
                Assert.True(
                    description.Contains("**Who may call it:** ", StringComparison.Ordinal),
                    $"{name}: the description does not say who may call it."
                );
                var documented = operation
                    .Value.GetProperty("responses")
                    .EnumerateObject()
                    .Select(r => r.Name)
                    .Where(code => code.StartsWith('4'))
                    .Order(StringComparer.Ordinal);
                var described = description
                    .Split('\n')
                    .Where(line => line.StartsWith("- `4", StringComparison.Ordinal))
                    .Select(line => line.Substring(3, 3))
                    .Order(StringComparer.Ordinal);
                Assert.True(
                    documented.SequenceEqual(described),
                    $"{name}: the responses document {string.Join(", ", documented)}; the description names {string.Join(", ", described)}."
                );
            }
        }

        Assert.True(operations >= 20, $"Only {operations} operations in the document.");
    }

    /// <summary>The document as the host serves it, written to a temporary file.</summary>
    private async Task<string> WriteDocumentAsync()
    {
        // As the host is reached when it runs: on 127.0.0.1 (the document's server is the address it was asked on).
        using var client = host.Factory.CreateClient(
            new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://127.0.0.1") }
        );
        using var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = Path.Combine(Path.GetTempPath(), $"careers-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
        return file;
    }

    /// <summary>Runs a CLI from the repository's <c>node_modules/.bin</c>, in the repository root.</summary>
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string tool,
        string[] arguments,
        Dictionary<string, string> environment
    )
    {
        var cli = Path.Combine(Repository.Root, "node_modules", ".bin", tool);
        Assert.True(
            File.Exists(cli),
            $"{cli} is missing: run `npm ci` at the repository root (test.sh does) to install the npm tools."
        );
        var start = new ProcessStartInfo(cli)
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(
            process.WaitForExit(TimeSpan.FromMinutes(2)),
            $"{tool} did not finish in 2 minutes."
        );
        return (process.ExitCode, await output, await error);
    }
}
