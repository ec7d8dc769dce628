using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using PublicApiGenerator;

namespace Careers.PublicApi.Tests;

/// <summary>
/// The public surface of every package, on every target framework, must equal its approved file. A change fails
/// here until the approved file is updated in the same commit, so the diff shows up in review. To accept a change,
/// run the tests with CAREERS_ACCEPT_API=1 and commit the approved files.
/// </summary>
public class PublicApiApprovalTests
{
    private static readonly string[] TargetFrameworks = ["netstandard2.0", "net10.0"];

    private static string RepoRoot => Metadata("RepoRoot");

    public static TheoryData<string, string> PackagesAndFrameworks()
    {
        var data = new TheoryData<string, string>();
        foreach (var package in Packages())
        {
            foreach (var framework in TargetFrameworks)
            {
                data.Add(package, framework);
            }
        }

        return data;
    }

    // The 1.0 surface: a build is 1.0.0 or later (a release candidate without a tag), never 0.0.0-alpha (VERSIONING.md).
    [Theory]
    [MemberData(nameof(PackagesAndFrameworks))]
    public void Version_IsOneOrLater(string package, string framework)
    {
        var assemblyPath = Path.Combine(
            RepoRoot,
            "src",
            package,
            "bin",
            Metadata("Configuration"),
            framework,
            package + ".dll"
        );
        var version = AssemblyName.GetAssemblyName(assemblyPath).Version!;
        Assert.True(version.Major >= 1, $"{package} ({framework}) is version {version}.");
    }

    [Theory]
    [MemberData(nameof(PackagesAndFrameworks))]
    public void PublicApi_MatchesApprovedFile(string package, string framework)
    {
        var assemblyPath = Path.Combine(
            RepoRoot,
            "src",
            package,
            "bin",
            Metadata("Configuration"),
            framework,
            package + ".dll"
        );
        Assert.True(
            File.Exists(assemblyPath),
            $"{assemblyPath} was not built: add src/{package} to the PackageProject items of Careers.PublicApi.Tests.csproj."
        );

        var actual = GeneratePublicApi(assemblyPath);
        var approvedPath = Path.Combine(
            RepoRoot,
            "tests",
            "Careers.PublicApi.Tests",
            "approved",
            $"{package}.{framework}.approved.txt"
        );
        var receivedPath =
            Path.ChangeExtension(approvedPath, null)
                .Replace(".approved", ".received", StringComparison.Ordinal) + ".txt";

        if (Environment.GetEnvironmentVariable("CAREERS_ACCEPT_API") == "1")
        {
            File.WriteAllText(approvedPath, actual);
        }

        var approved = File.Exists(approvedPath)
            ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n")
            : "";
        if (approved != actual)
        {
            File.WriteAllText(receivedPath, actual);
            Assert.Fail(
                $"The public API of {package} ({framework}) changed. Compare {receivedPath} with {approvedPath}; "
                    + "if the change is intended, update the approved file (CAREERS_ACCEPT_API=1) and the CHANGELOG."
            );
        }

        File.Delete(receivedPath);
    }

    [Fact]
    public void EveryPackage_HasApprovedFilesForEveryFramework()
    {
        var approvedDirectory = Path.Combine(
            RepoRoot,
            "tests",
            "Careers.PublicApi.Tests",
            "approved"
        );
        var expected = Packages()
            .SelectMany(p => TargetFrameworks.Select(f => $"{p}.{f}.approved.txt"))
            .Order();
        var actual = Directory
            .GetFiles(approvedDirectory, "*.approved.txt")
            .Select(Path.GetFileName)
            .Order();

        Assert.Equal(expected, actual);
    }

    private static IEnumerable<string> Packages() =>
        Directory
            .GetDirectories(Path.Combine(RepoRoot, "src"))
            .Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".csproj")))
            .Select(d => Path.GetFileName(d)!)
            .Order(StringComparer.Ordinal);

    private static string GeneratePublicApi(string assemblyPath)
    {
        // Each build loads in its own context: the netstandard2.0 and net10.0 builds share a name.
        var context = new AssemblyLoadContext(assemblyPath, isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(assemblyPath);
            // PublicApiGenerator leaves out System.* and Microsoft.* namespaces unless allowed: the packages' AddCareers*
            // extensions live in Microsoft.Extensions.DependencyInjection, by convention, and are part of the contract.
            var options = new ApiGeneratorOptions
            {
                IncludeAssemblyAttributes = false,
                AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"],
            };
            return assembly.GeneratePublicApi(options).ReplaceLineEndings("\n");
        }
        finally
        {
            context.Unload();
        }
    }

    private static string Metadata(string key) =>
        typeof(PublicApiApprovalTests)
            .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == key)
            .Value!;
}
