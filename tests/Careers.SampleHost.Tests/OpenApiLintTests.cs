using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Careers.SampleHost.Tests;

/// <summary>
/// The host's OpenAPI document passes <c>redocly lint</c> with the repository's <c>redocly.yaml</c> (the
/// <c>recommended</c> rules). The CLI comes from npm (<c>npm ci</c>, which test.sh runs); without it the test fails.
/// </summary>
public sealed class OpenApiLintTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    /// <summary>
    /// The only problems allowed: GET /area and GET /institutions take no input and cannot answer with a client error
    /// (until API keys bring 401 and 403), so they declare no 4xx response. Anything else fails the test.
    /// </summary>
    [Fact]
    public async Task OpenApiDocument_RedoclyLint_NoErrorsAndNoWarningsButTheKnownOnes()
    {
        var cli = Path.Combine(Repository.Root, "node_modules", ".bin", "redocly");
        Assert.True(
            File.Exists(cli),
            $"{cli} is missing: run `npm ci` at the repository root (test.sh does) to install @redocly/cli."
        );

        // As the host is reached when it runs: on 127.0.0.1 (the document's server is the address it was asked on).
        using var client = host.Factory.CreateClient(
            new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://127.0.0.1") }
        );
        using var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = Path.Combine(Path.GetTempPath(), $"careers-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
        try
        {
            var start = new ProcessStartInfo(cli)
            {
                WorkingDirectory = Repository.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (
                var argument in new[]
                {
                    "lint",
                    file,
                    "--config",
                    Path.Combine(Repository.Root, "redocly.yaml"),
                    "--format=json",
                }
            )
            {
                start.ArgumentList.Add(argument);
            }

            // No telemetry from a test run.
            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            Assert.True(
                process.WaitForExit(TimeSpan.FromMinutes(2)),
                "redocly lint did not finish in 2 minutes."
            );
            var text = await output;
            using var json = JsonDocument.Parse(text);
            var problems = json
                .RootElement.GetProperty("problems")
                .EnumerateArray()
                .Select(p =>
                    $"{p.GetProperty("ruleId").GetString()} {p.GetProperty("location")[0].GetProperty("pointer").GetString()}"
                )
                .ToArray();
            Assert.True(
                process.ExitCode == 0,
                $"redocly lint failed ({process.ExitCode}):\n{string.Join("\n", problems)}\n{await error}"
            );
            Assert.Equal(
                0,
                json.RootElement.GetProperty("totals").GetProperty("errors").GetInt32()
            );
            // The recommended rules, unchanged: no error and no warning is allowed.
            Assert.Empty(problems);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
