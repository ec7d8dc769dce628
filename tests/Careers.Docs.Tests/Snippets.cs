using System;
using System.IO;
using System.Linq;

namespace Careers.Docs.Tests;

/// <summary>Reads regions the way DocFX's code include does.</summary>
internal static class Snippets
{
    /// <summary>The lines between <c>#region name</c> and its <c>#endregion</c>, common indentation removed; null when absent.</summary>
    public static string? Region(string file, string name)
    {
        var lines = File.ReadAllLines(file);
        var start = Array.FindIndex(lines, l => l.Trim() == $"#region {name}");
        if (start < 0)
        {
            return null;
        }

        var depth = 0;
        for (var i = start + 1; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.StartsWith("#region", StringComparison.Ordinal))
            {
                depth++;
            }
            else if (trimmed.StartsWith("#endregion", StringComparison.Ordinal) && depth-- == 0)
            {
                var body = lines[(start + 1)..i];
                var indent = body.Where(l => l.Trim().Length > 0)
                    .Select(l => l.Length - l.TrimStart().Length)
                    .DefaultIfEmpty(0)
                    .Min();
                return string.Join(
                    "\n",
                    body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())
                );
            }
        }

        return null;
    }

    /// <summary>The nearest project file above a source file, or null.</summary>
    public static string? ProjectOf(string file)
    {
        for (
            var directory = Path.GetDirectoryName(file);
            directory is not null;
            directory = Path.GetDirectoryName(directory)
        )
        {
            var project = Directory.GetFiles(directory, "*.csproj").FirstOrDefault();
            if (project is not null)
            {
                return project;
            }

            if (File.Exists(Path.Combine(directory, "Careers.sln")))
            {
                return null;
            }
        }

        return null;
    }
}
