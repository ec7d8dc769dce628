using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Careers.Tests;

/// <summary>
/// Compares text with an approved file under the test project's approved/ folder; set CAREERS_ACCEPT_API=1 to write it.
/// Linked into each test project that approves text (one copy of the logic).
/// </summary>
internal static class Approvals
{
    public static void Verify(string name, string actual)
    {
        var root = typeof(Approvals)
            .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepoRoot")
            .Value!;
        var path = Path.Combine(
            root,
            "tests",
            typeof(Approvals).Assembly.GetName().Name!,
            "approved",
            name.Replace(".txt", ".approved.txt", StringComparison.Ordinal)
        );
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("CAREERS_ACCEPT_API") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(
            File.Exists(path),
            "No approved file " + path + "; run with CAREERS_ACCEPT_API=1 to create it."
        );
        Assert.Equal(
            File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal),
            actual
        );
    }
}
