using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Careers.Encounters;
using Careers.Encounters.Streaming;
using NodaTime;

namespace Careers.Benchmarks;

/// <summary>
/// The streamed entitlement on a file in the national export's shape small enough to run in seconds (80,000 learners,
/// about 600,000 rows, 55 MB; see <see cref="ExportFile"/>): the CSV read on one thread and on every core, and the
/// result's every learner read after it, as a caller writing a report does. The full-scale figures come from
/// tests/Careers.Performance (<c>run</c> and <c>profile</c>).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class StreamBenchmarks
{
    private static readonly LocalDate AsAt = new(2026, 3, 1);
    private static readonly EncounterCsvOptions OneThread = new() { MaxDegreeOfParallelism = 1 };
    private static readonly EncounterCsvOptions EveryCore = new()
    {
        MaxDegreeOfParallelism = Environment.ProcessorCount,
    };
    private string path = null!;

    [GlobalSetup]
    public void Setup() => path = ExportFile.Write("careers-stream-benchmark.csv", 80_000);

    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    private StreamedEntitlementResult Evaluate(EncounterCsvOptions options)
    {
        using var stream = File.OpenRead(path);
        return EntitlementStream
            .EvaluateCsv(EncounterPolicy.DerbyOpportunityArea, stream, AsAt, options)
            .GetResultOrThrow();
    }

    [Benchmark(Baseline = true)]
    public int OneThread_Entitlement() => Evaluate(OneThread).Overall[EntitlementStatus.Met];

    [Benchmark]
    public int EveryCore_Entitlement() => Evaluate(EveryCore).Overall[EntitlementStatus.Met];

    [Benchmark]
    public long EveryCore_EntitlementAndEveryLearnerRead()
    {
        long sum = 0;
        foreach (var learner in Evaluate(EveryCore).Learners)
        {
            sum += learner.Count + learner.LearnerId.Length;
        }

        return sum;
    }
}
