using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Careers.Kpi.Tests;

/// <summary>Compares text with an approved file under approved/; set CAREERS_ACCEPT_API=1 to write it.</summary>
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
            "Careers.Kpi.Tests",
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
