using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;

namespace Careers.Performance.Tests;

/// <summary>
/// Runs the national-scale harness (tests/Careers.Performance) as a program, at 1/10 scale (400,000 learners, about
/// 3,000,000 records), for correctness only: the SDK, DuckDB and PostgreSQL must agree on every output. PostgreSQL is
/// the cluster test.sh starts (CAREERS_POSTGRES); without it the test fails.
/// </summary>
public sealed class HarnessTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("careers-perf-test").FullName;

    private static string RepoRoot =>
        typeof(HarnessTests)
            .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepoRoot")
            .Value!;

    private static string Configuration =>
        typeof(HarnessTests)
            .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration")
            .Value!;

    private static string Program =>
        Path.Combine(
            RepoRoot,
            "tests",
            "Careers.Performance",
            "bin",
            Configuration,
            "net10.0",
            "Careers.Performance.dll"
        );

    public void Dispose() => Directory.Delete(work, true);

    [Fact]
    public void Bench_AtOneTenthScale_AllThreeEnginesAgree()
    {
        var postgres = Environment.GetEnvironmentVariable("CAREERS_POSTGRES");
        Assert.False(
            string.IsNullOrEmpty(postgres),
            "CAREERS_POSTGRES is not set: run the tests with test.sh, which starts PostgreSQL."
        );

        var (exit, output) = Run("bench", "--scale", "0.1", "--work", work);

        Assert.True(exit == 0, output);
        Assert.Contains("All engines agree on every output.", output, StringComparison.Ordinal);
        Assert.Contains(
            "Generated 400,000 learners, 350 institutions, 15 local areas",
            output,
            StringComparison.Ordinal
        );
        var results = Directory.GetDirectories(work).Single();
        var learners = File.ReadAllLines(
            Path.Combine(results, "results", "postgres.entitlement.tsv")
        );
        Assert.Equal(400_000, learners.Length);
        var statuses = learners.Select(l => l.Split('\t')[3]).Distinct().Order().ToArray();
        Assert.Equal(["AtRisk", "Met", "NotMet", "OnTrack"], statuses);
        var b5 = File.ReadAllLines(Path.Combine(results, "results", "duckdb.b5.tsv"))
            .Select(l => l.Split('\t'))
            .ToArray();
        Assert.Equal(350, b5.Length);
        var inScope = b5.Sum(r =>
            long.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)
        );
        var met = b5.Sum(r => long.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(400_000, inScope);
        Assert.InRange(met, 1, inScope - 1);
    }

    [Fact]
    public void Run_SqlWithADifferentRule_FailsWithTheDifference()
    {
        var data = Path.Combine(work, "data");
        Assert.Equal(0, Run("generate", data, "--scale", "0.002").Exit);
        var sql = Path.Combine(work, "sql");
        Directory.CreateDirectory(sql);
        var honest = File.ReadAllText(
            Path.Combine(Path.GetDirectoryName(Program)!, "sql", "duckdb.sql")
        );
        var threeEncounters = honest.Replace(
            "WHEN encounters >= 4 THEN 'Met'",
            "WHEN encounters >= 3 THEN 'Met'",
            StringComparison.Ordinal
        );
        Assert.NotEqual(honest, threeEncounters);
        File.WriteAllText(Path.Combine(sql, "duckdb.sql"), threeEncounters);

        var (exit, output) = Run("run", data, "--engines", "sdk,duckdb", "--sql", sql);

        Assert.Equal(1, exit);
        Assert.Contains("DISAGREEMENT", output, StringComparison.Ordinal);
        Assert.Contains("entitlement: sdk", output, StringComparison.Ordinal);
        Assert.Contains("coverage: sdk", output, StringComparison.Ordinal);
        Assert.DoesNotContain("b5: sdk", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SqlThatJudgesEachRowAlone_FailsOnBenchmark5()
    {
        // The generator splits some activities' evidence across two rows, neither meaningful alone: a script that
        // does not merge a learner's rows of one activity finds fewer learners meeting Benchmark 5.
        var data = Path.Combine(work, "data");
        Assert.Equal(0, Run("generate", data, "--scale", "0.002").Exit);
        var sql = Path.Combine(work, "sql");
        Directory.CreateDirectory(sql);
        var merged = File.ReadAllText(
            Path.Combine(Path.GetDirectoryName(Program)!, "sql", "duckdb.sql")
        );
        var eachRowAlone = merged.Replace(
            "list_filter(b5, y -> y.a = x.a)",
            "[x]",
            StringComparison.Ordinal
        );
        Assert.NotEqual(merged, eachRowAlone);
        File.WriteAllText(Path.Combine(sql, "duckdb.sql"), eachRowAlone);

        var (exit, output) = Run("run", data, "--engines", "sdk,duckdb", "--sql", sql);

        Assert.Equal(1, exit);
        Assert.Contains("b5: sdk", output, StringComparison.Ordinal);
        Assert.DoesNotContain("entitlement: sdk", output, StringComparison.Ordinal);
        Assert.DoesNotContain("coverage: sdk", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NaiveScripts_AgreeWithTheSdk()
    {
        var postgres = Environment.GetEnvironmentVariable("CAREERS_POSTGRES");
        Assert.False(
            string.IsNullOrEmpty(postgres),
            "CAREERS_POSTGRES is not set: run the tests with test.sh, which starts PostgreSQL."
        );
        var data = Path.Combine(work, "data");
        Assert.Equal(0, Run("generate", data, "--scale", "0.002").Exit);
        var naive = Path.Combine(Path.GetDirectoryName(Program)!, "sql", "naive");

        var (exit, output) = Run("run", data, "--sql", naive);

        Assert.True(exit == 0, output);
        Assert.Contains("All engines agree on every output.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_SameSeed_SameBytes_OtherSeed_OtherBytes()
    {
        string Hash(string folder, string seed)
        {
            Assert.Equal(0, Run("generate", folder, "--scale", "0.001", "--seed", seed).Exit);
            return Convert.ToHexString(
                SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, "encounters.csv")))
            );
        }

        var first = Hash(Path.Combine(work, "a"), "7");
        var again = Hash(Path.Combine(work, "b"), "7");
        var other = Hash(Path.Combine(work, "c"), "8");

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        var header = File.ReadLines(Path.Combine(work, "a", "encounters.csv")).First();
        Assert.Equal(Careers.Encounters.Streaming.EncounterCsv.Header, header);
    }

    private static (int Exit, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet"
        )
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
