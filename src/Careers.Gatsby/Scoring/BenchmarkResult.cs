using System.Collections.Generic;
using System.Linq;

namespace Careers.Gatsby;

/// <summary>
/// A benchmark's score as Compass reports it: the percentage of its applicable criteria met and its status, with every
/// criterion's outcome. Immutable.
/// </summary>
public sealed class BenchmarkResult
{
    internal BenchmarkResult(GatsbyBenchmark benchmark, IReadOnlyList<CriterionResult> criteria)
    {
        Benchmark = benchmark;
        Criteria = criteria;
        CriteriaApplicable = criteria.Count(c => c.Status != CriterionStatus.NotApplicable);
        CriteriaMet = criteria.Count(c => c.Status == CriterionStatus.Met);
        Percentage = CriteriaApplicable == 0 ? 0m : 100m * CriteriaMet / CriteriaApplicable;
        Status =
            CriteriaApplicable == 0 ? BenchmarkStatus.NotApplicable
            : CriteriaMet == CriteriaApplicable ? BenchmarkStatus.Achieved
            : CriteriaMet == 0 ? BenchmarkStatus.NotStarted
            : BenchmarkStatus.InProgress;
    }

    /// <summary>The benchmark.</summary>
    public GatsbyBenchmark Benchmark { get; }

    /// <summary>The number of criteria that apply.</summary>
    public int CriteriaApplicable { get; }

    /// <summary>The number of criteria met.</summary>
    public int CriteriaMet { get; }

    /// <summary>Criteria met as a percentage of criteria that apply, 0–100, unrounded.</summary>
    public decimal Percentage { get; }

    /// <summary>The status: Achieved at 100%, Not started at 0%, In progress between.</summary>
    public BenchmarkStatus Status { get; }

    /// <summary>Every criterion's outcome, in the framework's order.</summary>
    public IReadOnlyList<CriterionResult> Criteria { get; }

    /// <summary>The criteria not met: what is missing, criterion by criterion.</summary>
    public IEnumerable<CriterionResult> Missing =>
        Criteria.Where(c => c.Status == CriterionStatus.NotMet);
}
