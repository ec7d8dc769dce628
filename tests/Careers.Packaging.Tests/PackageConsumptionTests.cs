using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;

namespace Careers.Packaging.Tests;

/// <summary>
/// Packs every package, then builds and runs a consumer that references them by version from a local folder feed,
/// the way an MIS vendor would, outside this repository's build settings.
/// </summary>
public sealed class PackageConsumptionTests : IClassFixture<PackageConsumptionTests.PackedFeed>
{
    private const string Version = "0.0.0-packagecheck";
    private readonly PackedFeed feed;

    public PackageConsumptionTests(PackedFeed feed) => this.feed = feed;

    // Every project folder under src is a package.
    private static string[] Packages { get; } =
        Directory
            .GetDirectories(Path.Combine(PackedFeed.Metadata("RepoRoot"), "src"))
            .Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".csproj")))
            .Select(d => Path.GetFileName(d)!)
            .Order(StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void EveryPackage_ContainsReadmeLicenceAndXmlDocsForBothFrameworks_AndHasSymbols()
    {
        foreach (var package in Packages)
        {
            var nupkg = Path.Combine(feed.Directory, $"{package}.{Version}.nupkg");
            Assert.True(
                File.Exists(Path.Combine(feed.Directory, $"{package}.{Version}.snupkg")),
                $"{package} has no symbol package."
            );
            using var zip = ZipFile.OpenRead(nupkg);
            var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
            Assert.Contains("README.md", entries);
            Assert.Contains("LICENSE", entries);
            foreach (var framework in new[] { "netstandard2.0", "net10.0" })
            {
                Assert.Contains($"lib/{framework}/{package}.dll", entries);
                Assert.Contains($"lib/{framework}/{package}.xml", entries);
            }

            using var nuspec = new StreamReader(
                zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal))
                    .Open()
            );
            var text = nuspec.ReadToEnd();
            Assert.Contains(
                "<license type=\"expression\">MIT</license>",
                text,
                StringComparison.Ordinal
            );
            Assert.Contains("<readme>README.md</readme>", text, StringComparison.Ordinal);
            if (package == "Careers.CareersLog")
            {
                // The published careers-log schemas travel with the package, as files as well as resources.
                Assert.Contains("schemas/careers-log/v1.schema.json", entries);
                Assert.Contains("schemas/careers-log/v2.schema.json", entries);
                Assert.Contains("schemas/careers-log/v3.schema.json", entries);
            }
            else
            {
                Assert.DoesNotContain(
                    entries,
                    e => e.StartsWith("schemas/", StringComparison.Ordinal)
                );
            }
        }
    }

    [Fact]
    public void Consumer_BuildsAgainstThePackedPackages_AndRuns()
    {
        var work = feed.NewConsumerDirectory();
        File.Copy(
            Path.Combine(AppContext.BaseDirectory, "Consumer", "Consumer.csproj"),
            Path.Combine(work, "Consumer.csproj")
        );
        File.Copy(
            Path.Combine(AppContext.BaseDirectory, "Consumer", "Program.cs"),
            Path.Combine(work, "Program.cs")
        );

        var output = feed.Dotnet(work, "run", "-c", "Release", $"-p:CareersVersion={Version}");

        Assert.Contains(
            "upn=H801200001001 year=2024/25 expected=Year 7 end-of-y11=2029-08-31",
            output,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "json={\"upn\":\"H801200001001\",\"year\":\"2024/25\",\"group\":\"Year 7\"}",
            output,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "error=upn.check-letter: UPN 'Q000000000001': check letter is Q, expected P.",
            output,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "gatsby=gatsby.2024.schools 8 benchmarks, 0 fully achieved",
            output,
            StringComparison.Ordinal
        );
        Assert.Contains("entitlement=OnTrack milestone=1", output, StringComparison.Ordinal);
        Assert.Contains(
            "log={\"schemaVersion\":3,\"learner\":{\"upn\":\"H801200001001\"},\"schools\":[{\"urn\":\"112233\",\"from\":\"2019-09-02\"}],\"entries\":[]} equal=True schemas=True",
            output,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "funding=5,5,1 derby.careers-fund.example 1000000",
            output,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "kpi=2025: NEET 3.7%, not known 2.7%, NEET or not known 6.4% gap=0.0524..0.3339 catalogue=kpi.derby.2020-2025@1.0 (20 KPIs)",
            output,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "ctf=21.0 pupils=1 learner=H801200001001 Year 7",
            output,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void NetStandardConsumer_CompilesAgainstTheNetStandardAssets()
    {
        var work = feed.NewConsumerDirectory();
        File.Copy(
            Path.Combine(AppContext.BaseDirectory, "Consumer", "LegacyConsumer.csproj.txt"),
            Path.Combine(work, "Legacy.csproj")
        );
        File.Copy(
            Path.Combine(AppContext.BaseDirectory, "Consumer", "Legacy.cs"),
            Path.Combine(work, "Legacy.cs")
        );

        var output = feed.Dotnet(work, "build", "-c", "Release", $"-p:CareersVersion={Version}");

        Assert.Contains(
            Path.Combine("netstandard2.0", "Legacy.dll"),
            output,
            StringComparison.Ordinal
        );
    }

    /// <summary>Packs once for all tests into a temporary folder feed.</summary>
    public sealed class PackedFeed : IDisposable
    {
        private readonly string root = Path.Combine(
            Path.GetTempPath(),
            "careers-packcheck-" + Guid.NewGuid().ToString("N")
        );
        private int consumers;

        public PackedFeed()
        {
            Directory = Path.Combine(root, "feed");
            System.IO.Directory.CreateDirectory(Directory);
            var repo = Metadata("RepoRoot");
            foreach (var package in Packages)
            {
                Dotnet(
                    repo,
                    "pack",
                    Path.Combine(repo, "src", package, package + ".csproj"),
                    "-c",
                    Metadata("Configuration"),
                    "--no-build",
                    "-o",
                    Directory,
                    $"-p:MinVerVersionOverride={Version}"
                );
            }

            File.WriteAllText(
                Path.Combine(root, "nuget.config"),
                $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{Directory}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                  <config>
                    <add key="globalPackagesFolder" value="{Path.Combine(root, "packages")}" />
                  </config>
                </configuration>
                """
            );
        }

        public string Directory { get; }

        public string NewConsumerDirectory()
        {
            var directory = Path.Combine(
                root,
                "consumer" + System.Threading.Interlocked.Increment(ref consumers)
            );
            System.IO.Directory.CreateDirectory(directory);
            return directory;
        }

        public string Dotnet(string workingDirectory, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // The test host inherits MSBuild settings from `dotnet test`; a consumer's build must not see them.
            foreach (
                var key in start
                    .Environment.Keys.Where(k =>
                        k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                    )
                    .ToList()
            )
            {
                start.Environment.Remove(key);
            }

            // No MSBuild node may outlive the test: a reused node would keep the files (and any lock) the test's
            // caller holds open after the test ends.
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var output = stdout + stderr.Result;
            Assert.True(
                process.ExitCode == 0,
                $"dotnet {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{output}"
            );
            return output;
        }

        public void Dispose()
        {
            try
            {
                System.IO.Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is not a test failure.
            }
        }

        public static string Metadata(string key) =>
            typeof(PackedFeed)
                .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == key)
                .Value!;
    }
}
