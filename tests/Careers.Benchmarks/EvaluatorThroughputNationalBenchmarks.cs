using BenchmarkDotNet.Attributes;
using Careers.Encounters;

namespace Careers.Benchmarks;

/// <summary>
/// The in-memory <see cref="EntitlementEvaluator"/>'s throughput at national scale (issue 19: at least 10M
/// participation records per second on one core), on 1,000,000 learners and 10,000,000 participation records (<see cref="EvaluatorWorkload"/>,
/// seed 19; as <see cref="EvaluatorThroughputBenchmarks"/>, ten times larger). Each operation is one participation record, so Mean is the time per record, Allocated the bytes per
/// record, and Participations/s the throughput. <see cref="Evaluate"/> evaluates a record already made (its indexes
/// built once, as a host that evaluates one record at several dates or policies has it);
/// <see cref="CreateRecord"/> is
/// <see cref="ActivityRecord.Create"/> alone, with its two string-keyed lookups per record, and
/// <see cref="CreateAndEvaluate"/> both, as a caller holding the three lists pays.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ParticipationsPerSecondColumn.Config))]
public class EvaluatorThroughputNationalBenchmarks
{
    private const int Learners = 1_000_000;
    private const int Participations = 10_000_000;
    private EvaluatorWorkload workload = null!;
    private readonly EntitlementEvaluator evaluator = new(EncounterPolicy.DerbyOpportunityArea);

    [GlobalSetup]
    public void Setup() => workload = EvaluatorWorkload.Generate(Learners, Participations, 19);

    [Benchmark(Baseline = true, OperationsPerInvoke = Participations)]
    public long Evaluate() =>
        EvaluatorWorkload.Checksum(
            evaluator.Evaluate(workload.Record, EvaluatorWorkload.AsAt).GetResultOrThrow()
        );

    [Benchmark(OperationsPerInvoke = Participations)]
    public int CreateRecord() =>
        ActivityRecord
            .Create(workload.Learners, workload.Activities, workload.Participations)
            .GetResultOrThrow()
            .Participations.Count;

    [Benchmark(OperationsPerInvoke = Participations)]
    public long CreateAndEvaluate() =>
        EvaluatorWorkload.Checksum(
            evaluator
                .Evaluate(
                    ActivityRecord
                        .Create(workload.Learners, workload.Activities, workload.Participations)
                        .GetResultOrThrow(),
                    EvaluatorWorkload.AsAt
                )
                .GetResultOrThrow()
        );
}
