using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;

namespace Careers.Performance;

/// <summary>What one engine measured, read back from its child process.</summary>
internal sealed record EngineRun(
    string Engine,
    double WallSeconds,
    double CpuSeconds,
    long PeakBytes,
    IReadOnlyDictionary<string, string> Checksums
);

/// <summary>The outcome of a run: each engine's measurements and whether every output agreed.</summary>
internal sealed record Report(IReadOnlyList<EngineRun> Runs, IReadOnlyList<string> Disagreements)
{
    public bool Agree => Disagreements.Count == 0;
}

/// <summary>
/// Runs each engine in a child process of its own (so that its peak memory and CPU time are its own), on the same
/// files, one after another, then compares the checksums of the sorted outputs.
/// </summary>
internal static class Harness
{
    public static readonly LocalDate AsAt = new(2026, 3, 1);

    /// <summary>
    /// How the SDK engine reads the export: blocks parsed on every core. The reader's default is one thread; a
    /// national-scale batch run asks for all of them, as every figure of docs/articles/performance.md did.
    /// </summary>
    public static readonly Careers.Encounters.Streaming.EncounterCsvOptions EveryCore = new()
    {
        MaxDegreeOfParallelism = Environment.ProcessorCount,
    };
    public static readonly string[] Engines = ["sdk", "duckdb", "postgres"];

    public static string AsAtText => AsAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Report Run(
        string data,
        IReadOnlyList<string> engines,
        string? postgres,
        string? sql,
        TextWriter log
    )
    {
        var output = Path.Combine(data, "results");
        Directory.CreateDirectory(output);
        var runs = new List<EngineRun>();
        foreach (var engine in engines)
        {
            log.WriteLine($"== {engine}");
            ReadThrough(data);
            runs.Add(RunChild(engine, data, output, postgres, sql, log));
        }

        var disagreements = new List<string>();
        foreach (var name in Outputs.Names)
        {
            var first = runs[0].Checksums[name];
            foreach (var run in runs.Skip(1).Where(r => r.Checksums[name] != first))
            {
                disagreements.Add(
                    $"{name}: {runs[0].Engine} {first} but {run.Engine} {run.Checksums[name]}; "
                        + FirstDifference(
                            Path.Combine(output, $"{runs[0].Engine}.{name}.tsv"),
                            Path.Combine(output, $"{run.Engine}.{name}.tsv")
                        )
                );
            }
        }

        var report = new Report(runs, disagreements);
        Print(report, log);
        return report;
    }

    /// <summary>
    /// Reads every input file once, outside any engine's clock, so that each engine starts with the files in the page
    /// cache: without it, the first engine of a run paid for reading from disk what the kernel had dropped since
    /// (measured: the SDK 80 s wall for 19 s of CPU at full scale, 15 s for 3.3 s at 1/10), and the next ones did not.
    /// </summary>
    private static void ReadThrough(string data)
    {
        var buffer = new byte[1 << 20];
        foreach (var file in Directory.EnumerateFiles(data, "*.csv"))
        {
            using var stream = new FileStream(
                file,
                FileMode.Open,
                FileAccess.Read,
                FileShare.Read,
                1,
                FileOptions.SequentialScan
            );
            while (stream.Read(buffer, 0, buffer.Length) > 0) { }
        }
    }

    /// <summary>The body of a child process: runs one engine, measures it, writes its sorted outputs and metrics.</summary>
    public static void Engine(
        string engine,
        string data,
        string output,
        string? postgres,
        string? sqlFolder
    )
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        double serverCpu = 0;
        long serverPeak = 0;
        var sql = sqlFolder ?? Path.Combine(AppContext.BaseDirectory, "sql");
        Outputs outputs;
        switch (engine)
        {
            case "sdk":
                outputs = SdkEngine.Run(data, AsAt);
                break;
            case "duckdb":
                outputs = SqlEngines.RunDuckDb(Path.Combine(sql, "duckdb.sql"), data, AsAtText);
                break;
            case "postgres":
                outputs = SqlEngines.RunPostgres(
                    Path.Combine(sql, "postgres.sql"),
                    data,
                    AsAtText,
                    postgres
                        ?? throw new InvalidOperationException("No PostgreSQL connection string."),
                    out var usage
                );
                serverCpu = usage.CpuSeconds;
                serverPeak = usage.BackendPeakBytes;
                break;
            default:
                throw new ArgumentException(
                    $"No engine '{engine}'; the engines are {string.Join(", ", Engines)}."
                );
        }

        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds + serverCpu;
        var peak = ServerUsage.PeakResident(Environment.ProcessId) + serverPeak;
        // Where managed memory went: the SDK's cost at scale is mostly allocation and collection.
        Console.WriteLine(
            FormattableString.Invariant(
                $"{engine}: {wall:F2} s; managed heap: {GC.GetTotalAllocatedBytes() / (1024.0 * 1024):N0} MB allocated, {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2), {GC.GetTotalPauseDuration().TotalSeconds:F2} s paused"
            )
        );
        var checksums = outputs.WriteSorted(output, engine);
        var lines = new List<string>
        {
            "wall=" + wall.ToString("R", CultureInfo.InvariantCulture),
            "cpu=" + cpuSeconds.ToString("R", CultureInfo.InvariantCulture),
            "peak=" + peak.ToString(CultureInfo.InvariantCulture),
        };
        lines.AddRange(checksums.Select(c => $"{c.Key}={c.Value}"));
        File.WriteAllLines(Path.Combine(output, engine + ".metrics"), lines);
    }

    private static EngineRun RunChild(
        string engine,
        string data,
        string output,
        string? postgres,
        string? sql,
        TextWriter log
    )
    {
        var dll = typeof(Harness).Assembly.Location;
        var start = new ProcessStartInfo(
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet"
        )
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "engine", engine, data, output })
        {
            start.ArgumentList.Add(argument);
        }

        if (sql is not null)
        {
            start.ArgumentList.Add("--sql");
            start.ArgumentList.Add(sql);
        }

        if (postgres is not null)
        {
            start.Environment["CAREERS_POSTGRES"] = postgres;
        }

        var metrics = Path.Combine(output, engine + ".metrics");
        File.Delete(metrics);
        using var child = Process.Start(start)!;
        var stdout = child.StandardOutput.ReadToEndAsync();
        var stderr = child.StandardError.ReadToEndAsync();
        child.WaitForExit();
        log.Write(stdout.Result);
        if (child.ExitCode != 0 || !File.Exists(metrics))
        {
            throw new InvalidOperationException(
                $"The {engine} engine failed (exit code {child.ExitCode}): {stderr.Result}"
            );
        }

        var values = File.ReadAllLines(metrics)
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return new EngineRun(
            engine,
            double.Parse(values["wall"], CultureInfo.InvariantCulture),
            double.Parse(values["cpu"], CultureInfo.InvariantCulture),
            long.Parse(values["peak"], CultureInfo.InvariantCulture),
            Outputs.Names.ToDictionary(n => n, n => values[n], StringComparer.Ordinal)
        );
    }

    private static string FirstDifference(string left, string right)
    {
        using var a = new StreamReader(left);
        using var b = new StreamReader(right);
        for (var line = 1; ; line++)
        {
            var x = a.ReadLine();
            var y = b.ReadLine();
            if (x != y)
            {
                return $"first difference at sorted line {line}: '{x}' vs '{y}'";
            }

            if (x is null)
            {
                return "no difference found";
            }
        }
    }

    private static void Print(Report report, TextWriter log)
    {
        log.WriteLine();
        log.WriteLine(
            "| Engine | Wall (s) | CPU (s) | Peak memory (MB) | entitlement | coverage | b5 |"
        );
        log.WriteLine("|---|---:|---:|---:|---|---|---|");
        foreach (var run in report.Runs)
        {
            log.WriteLine(
                FormattableString.Invariant(
                    $"| {run.Engine} | {run.WallSeconds:F2} | {run.CpuSeconds:F2} | {run.PeakBytes / (1024.0 * 1024):F0} | {run.Checksums["entitlement"]} | {run.Checksums["coverage"]} | {run.Checksums["b5"]} |"
                )
            );
        }

        var sdk = report.Runs.FirstOrDefault(r => r.Engine == "sdk");
        if (sdk is not null)
        {
            log.WriteLine();
            foreach (var other in report.Runs.Where(r => r.Engine != "sdk"))
            {
                log.WriteLine(
                    FormattableString.Invariant(
                        $"SDK / {other.Engine}: wall {sdk.WallSeconds / other.WallSeconds:F2}, CPU {sdk.CpuSeconds / other.CpuSeconds:F2}, peak memory {(double)sdk.PeakBytes / other.PeakBytes:F2}"
                    )
                );
            }
        }

        log.WriteLine();
        log.WriteLine(
            report.Agree
                ? "All engines agree on every output."
                : "DISAGREEMENT:\n  " + string.Join("\n  ", report.Disagreements)
        );
    }
}
