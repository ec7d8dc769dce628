using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Careers.Encounters;
using Careers.Encounters.Streaming;

namespace Careers.Performance;

/// <summary>
/// The national-scale comparison (docs/articles/performance.md):
/// <code>
/// dotnet run -c Release --project tests/Careers.Performance -- bench [--scale 1.0] [--work /tmp/careers-perf] [--engines sdk,duckdb,postgres] [--sql folder]
/// dotnet run -c Release --project tests/Careers.Performance -- generate folder [--scale 1.0] [--seed 20260301]
/// dotnet run -c Release --project tests/Careers.Performance -- run folder [--engines sdk,duckdb,postgres]
/// </code>
/// PostgreSQL is the cluster named by <c>CAREERS_POSTGRES</c> (an Npgsql connection string); without it, the harness
/// starts a private one on loopback with <c>eng/postgres.sh</c> and stops it at the end. Exit code 1 when the engines
/// disagree.
/// </summary>
internal static class Program
{
    public const ulong DefaultSeed = 20260301;

    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine(
                "usage: bench | generate <folder> | run <folder> | engine <name> <data> <output>"
            );
            return 2;
        }

        string Option(string name, string fallback)
        {
            var i = Array.IndexOf(args, "--" + name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        var scale = double.Parse(Option("scale", "1.0"), CultureInfo.InvariantCulture);
        var seed = ulong.Parse(
            Option("seed", DefaultSeed.ToString(CultureInfo.InvariantCulture)),
            CultureInfo.InvariantCulture
        );
        var engines = Option("engines", string.Join(',', Harness.Engines)).Split(',');
        var sql = Option("sql", "") is { Length: > 0 } folder ? Path.GetFullPath(folder) : null;
        switch (args[0])
        {
            case "engine":
                Harness.Engine(
                    args[1],
                    args[2],
                    args[3],
                    Environment.GetEnvironmentVariable("CAREERS_POSTGRES"),
                    sql
                );
                return 0;
            case "profile":
                Profile(args[1]);
                return 0;
            case "generate":
                Generate(args[1], scale, seed);
                return 0;
            case "run":
                return WithPostgres(
                    engines,
                    cs => Harness.Run(args[1], engines, cs, sql, Console.Out).Agree
                )
                    ? 0
                    : 1;
            case "bench":
                var work = Option("work", Path.Combine(Path.GetTempPath(), "careers-perf"));
                var data = Path.Combine(
                    work,
                    FormattableString.Invariant($"scale-{scale}-seed-{seed}")
                );
                if (!File.Exists(Path.Combine(data, "encounters.csv")))
                {
                    Generate(data, scale, seed);
                }

                return WithPostgres(
                    engines,
                    cs => Harness.Run(data, engines, cs, sql, Console.Out).Agree
                )
                    ? 0
                    : 1;
            default:
                Console.Error.WriteLine($"Unknown command '{args[0]}'.");
                return 2;
        }
    }

    /// <summary>Where the SDK's time goes: each step of its path alone, best of three, on one file.</summary>
    private static void Profile(string data)
    {
        var path = Path.Combine(data, "encounters.csv");
        void Time(string step, Func<long> work)
        {
            var best = double.MaxValue;
            var bestCpu = double.MaxValue;
            long allocated = 0;
            long result = 0;
            var process = Process.GetCurrentProcess();
            for (var i = 0; i < 3; i++)
            {
                GC.Collect();
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var bytes = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                result = work();
                best = Math.Min(best, clock.Elapsed.TotalSeconds);
                process.Refresh();
                bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalSeconds);
                allocated = GC.GetTotalAllocatedBytes(precise: true) - bytes;
            }

            // Wall and CPU are each the best of three; the load beside them says how far to trust them.
            Console.WriteLine(
                FormattableString.Invariant(
                    $"{step, -60} {best, 6:F2} s wall {bestCpu, 6:F2} s CPU {allocated / (1024.0 * 1024), 7:N0} MB allocated  ({result:N0})"
                )
            );
        }

        // The reader parses on one thread unless asked for more: the "every core" steps ask, as they did when that
        // was the default, so the figures stay comparable.
        var one = new EncounterCsvOptions { MaxDegreeOfParallelism = 1 };
        var everyCore = Harness.EveryCore;
        Time(
            "read the file's bytes",
            () =>
            {
                using var stream = File.OpenRead(path);
                var buffer = new byte[1 << 20];
                long total = 0;
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    total += read;
                }

                return total;
            }
        );
        Time(
            "EncounterCsv.Read(Stream), one thread: every record",
            () =>
            {
                using var stream = File.OpenRead(path);
                return EncounterCsv.Read(stream, new List<ValidationError>(), one).LongCount();
            }
        );
        Time(
            "EncounterCsv.Read(Stream), every core: every record",
            () =>
            {
                using var stream = File.OpenRead(path);
                return EncounterCsv
                    .Read(stream, new List<ValidationError>(), everyCore)
                    .LongCount();
            }
        );
        Time(
            "EncounterCsv.Read(TextReader), every core: every record",
            () =>
            {
                using var reader = new StreamReader(
                    path,
                    System.Text.Encoding.UTF8,
                    false,
                    1 << 16
                );
                return EncounterCsv
                    .Read(reader, new List<ValidationError>(), everyCore)
                    .LongCount();
            }
        );
        Time(
            "EntitlementStream.EvaluateCsv(Stream): the entitlement alone",
            () =>
            {
                using var stream = File.OpenRead(path);
                return EntitlementStream
                    .EvaluateCsv(
                        EncounterPolicy.DerbyOpportunityArea,
                        stream,
                        Harness.AsAt,
                        everyCore
                    )
                    .GetResultOrThrow()
                    .Learners.Count;
            }
        );
        Time(
            "EvaluateCsv(Stream), then every learner of the result read",
            () =>
            {
                using var stream = File.OpenRead(path);
                var result = EntitlementStream
                    .EvaluateCsv(
                        EncounterPolicy.DerbyOpportunityArea,
                        stream,
                        Harness.AsAt,
                        everyCore
                    )
                    .GetResultOrThrow();
                long count = 0;
                foreach (var learner in result.Learners)
                {
                    count += learner.Count;
                }

                return count;
            }
        );
        Time(
            "the SDK engine: entitlement, coverage and B5",
            () => SdkEngine.Run(data, Harness.AsAt).Entitlement.Count
        );
    }

    private static void Generate(string folder, double scale, ulong seed)
    {
        var clock = Stopwatch.StartNew();
        var records = Generator.Write(folder, scale, seed);
        var (learners, institutions, areas) = Generator.Sizes(scale);
        var bytes = new FileInfo(Path.Combine(folder, "encounters.csv")).Length;
        Console.WriteLine(
            FormattableString.Invariant(
                $"Generated {learners:N0} learners, {institutions:N0} institutions, {areas:N0} local areas, {records:N0} records ({bytes / (1024.0 * 1024):F0} MB of CSV) in {clock.Elapsed.TotalSeconds:F1} s: {folder}"
            )
        );
    }

    /// <summary>Runs with CAREERS_POSTGRES, or with a private cluster started by eng/postgres.sh for the run.</summary>
    private static bool WithPostgres(IReadOnlyList<string> engines, Func<string?, bool> run)
    {
        var given = Environment.GetEnvironmentVariable("CAREERS_POSTGRES");
        if (!engines.Contains("postgres") || !string.IsNullOrEmpty(given))
        {
            return run(given);
        }

        var script = FindScript();
        var started = Shell(script, "start");
        var cs = Value(started, "CAREERS_POSTGRES");
        try
        {
            return run(cs);
        }
        finally
        {
            Shell(script, "stop", Value(started, "CAREERS_POSTGRES_DIR"));
        }
    }

    private static string FindScript()
    {
        for (
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            dir is not null;
            dir = dir.Parent
        )
        {
            var script = Path.Combine(dir.FullName, "eng", "postgres.sh");
            if (File.Exists(script))
            {
                return script;
            }
        }

        throw new InvalidOperationException(
            "eng/postgres.sh not found above " + AppContext.BaseDirectory
        );
    }

    private static string Shell(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(script)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException(
                $"{script} {string.Join(' ', arguments)} failed."
            );
    }

    private static string Value(string output, string name) =>
        output
            .Split('\n')
            .Select(l => l.Trim())
            .First(l => l.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..];
}
