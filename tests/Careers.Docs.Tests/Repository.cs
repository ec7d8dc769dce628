using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Careers.Docs.Tests;

/// <summary>Where things are in the repository the tests were built from.</summary>
internal static class Repository
{
    public static string Root { get; } =
        typeof(Repository)
            .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepoRoot")
            .Value!;

    public static string Docs => Path.Combine(Root, "docs");

    /// <summary>Every Markdown file DocFX builds, plus the README.</summary>
    public static IEnumerable<string> MarkdownFiles() =>
        Directory
            .EnumerateFiles(Docs, "*.md", SearchOption.AllDirectories)
            .Where(f => !IsGenerated(f))
            .Append(Path.Combine(Root, "README.md"))
            .Order(StringComparer.Ordinal);

    /// <summary>Whether a file under docs is DocFX's output (the site in _site, the API metadata in api), not a source.</summary>
    public static bool IsGenerated(string path)
    {
        var relative = Path.GetRelativePath(Docs, path).Replace('\\', '/');
        return relative.StartsWith("_site/", StringComparison.Ordinal)
            || relative.StartsWith("api/", StringComparison.Ordinal);
    }

    public static string Relative(string path) => Path.GetRelativePath(Root, path);

    /// <summary>The packages: every project folder under src.</summary>
    public static IEnumerable<string> Packages() =>
        Directory
            .GetDirectories(Path.Combine(Root, "src"))
            .Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".csproj")))
            .Select(d => Path.GetFileName(d)!)
            .Order(StringComparer.Ordinal);
}
