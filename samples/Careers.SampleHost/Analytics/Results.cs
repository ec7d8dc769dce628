using System;
using System.Collections.Generic;
using System.Linq;
using Careers.Encounters;
using Careers.Gatsby;
using Careers.Kpi;
using Careers.SampleHost.Data;
using NodaTime;

namespace Careers.SampleHost.Analytics;

/// <summary>An institution and its Gatsby Benchmark result.</summary>
internal sealed record InstitutionGatsby(InstitutionRow Institution, GatsbyResult Result);

/// <summary>
/// The published national figures an area's are set beside: the latest of each kind up to the as-at year, since the
/// Careers &amp; Enterprise Company does not publish every figure every year.
/// </summary>
internal sealed record NationalComparison(
    NationalBenchmarkFigures? Average,
    NationalBenchmarkFigures? AllEight,
    NationalBenchmarkFigures? EachBenchmark
);

/// <summary>
/// The area's Gatsby Benchmark results as at a date; institutions whose records are refused are left out of the
/// summary and listed in <paramref name="Excluded"/>.
/// </summary>
internal sealed record AreaGatsby(
    LocalDate AsAt,
    IReadOnlyList<InstitutionGatsby> Institutions,
    AreaSummary Summary,
    NationalComparison National,
    IReadOnlyList<ExcludedInstitution> Excluded
);

/// <summary>
/// An institution left out of the area's figures because the SDK refuses its stored records, with the problems it
/// gave: the area's pages still answer, and say who is missing and why.
/// </summary>
internal sealed record ExcludedInstitution(
    InstitutionRow Institution,
    IReadOnlyList<Careers.ValidationError> Problems
);

/// <summary>
/// The funding scenario the dashboard shows. <b>Illustrative</b> (a <b>decision</b> of the sample, not a Derby policy):
/// a pot of £1,000,000, the size of the strategy's careers and employability service ("circa £1m", domain reference
/// §10); £5 per primary and £10 per secondary or post-16 pupil; £30 per disadvantaged pupil, 40% of the pot through
/// deprivation; £20 per learner behind the entitlement and £500 per benchmark not fully achieved; a £1,000 lump sum;
/// a floor of £500; scaled to the pot.
/// </summary>
internal static class DashboardScenario
{
    /// <summary>The pot, in pence.</summary>
    public const long PotPence = 1_000_000_00;

    /// <summary>The formula.</summary>
    #region funding-formula
    public static Careers.Funding.FundingFormula Formula { get; } =
        Careers
            .Funding.FundingFormula.Builder("sample.dashboard-fund", "1.0")
            .Named("Dashboard example fund (illustrative)")
            .PerPupil(Careers.Funding.PupilPhase.Primary, 5_00, "basic")
            .PerPupil(Careers.Funding.PupilPhase.KeyStage3, 10_00, "basic")
            .PerPupil(Careers.Funding.PupilPhase.KeyStage4, 10_00, "basic")
            .PerPupil(Careers.Funding.PupilPhase.Post16, 10_00, "basic")
            .PerEligiblePupil(
                Careers.Funding.PupilCharacteristic.Disadvantaged,
                30_00,
                "deprivation"
            )
            .PerGap(Careers.Funding.NeedGap.LearnersBelowEntitlement, 20_00, "need")
            .PerGap(Careers.Funding.NeedGap.BenchmarksNotAchieved, 500_00, "need")
            .LumpSum(1_000_00, "basic")
            .TargetShare("deprivation", 0.40m)
            .Floor(500_00)
            .ScaleToPot()
            .Build()
            .GetResultOrThrow();
    #endregion
}

/// <summary>How much of what the activity record can prove a benchmark's learners have.</summary>
internal static class EvidenceCoverage
{
    /// <summary>
    /// Learners meeting the benchmark's learner-evidence criteria over learners in scope, summed over its criteria
    /// and year groups, as a percentage; null when no criterion of the benchmark is proved from the record.
    /// </summary>
    public static double? Of(IEnumerable<BenchmarkResult> benchmarks)
    {
        var groups = benchmarks
            .SelectMany(b => b.Criteria)
            .SelectMany(c => c.Coverage)
            .Where(g => g.IsAssessed && g.InScope > 0)
            .ToArray();
        return groups.Length == 0
            ? null
            : 100.0 * groups.Sum(g => g.Meeting) / groups.Sum(g => g.InScope);
    }
}

/// <summary>A headline KPI year by year.</summary>
internal sealed record KpiTrend(
    KpiDefinition Definition,
    KpiTarget? Target,
    IReadOnlyList<KpiTrendPoint> Points
);

/// <summary>
/// A KPI's value in one academic year (as at its end, or the as-at date in the current year), unrounded; null when
/// not published; with the target's expected value on that date and the RAG status.
/// </summary>
internal sealed record KpiTrendPoint(
    AcademicYear Year,
    LocalDate AsAt,
    decimal? Value,
    decimal? Expected,
    RagStatus Status
);

/// <summary>
/// The targets the sample assesses its KPIs against. <b>Illustrative, for the synthetic area</b>: the strategy names
/// what the KPIs cover but the seeds give no numeric targets, so these are a <b>decision</b> of the sample, each a
/// straight line from a baseline to a target (Careers.Kpi's <see cref="KpiTarget"/>). The NEET baseline is Derby's
/// published 2023 figure (4.3%); the benchmark baseline is England's 2017/18 average (2.13).
/// </summary>
internal static class AnalyticsTargets
{
    /// <summary>The headline KPIs the dashboard follows year by year.</summary>
    public static IReadOnlyList<string> Headlines { get; } =
    [
        KpiDefinitions.NeetOrNotKnown.Id,
        KpiDefinitions.SustainedDestinations.Id,
        KpiDefinitions.AverageBenchmarksFullyAchieved.Id,
        KpiDefinitions.EntitlementMet.Id,
    ];

    /// <summary>Every target.</summary>
    public static IReadOnlyList<KpiTarget> All { get; } =
    [
        new(
            KpiDefinitions.NeetOrNotKnown.Id,
            baseline: 4.3m,
            baselineDate: new LocalDate(2023, 2, 28),
            target: 3.5m,
            targetDate: new LocalDate(2026, 2, 28)
        ),
        new(
            KpiDefinitions.SustainedDestinations.Id,
            baseline: 91m,
            baselineDate: new LocalDate(2021, 8, 31),
            target: 95m,
            targetDate: new LocalDate(2025, 8, 31)
        ),
        new(
            KpiDefinitions.AverageBenchmarksFullyAchieved.Id,
            baseline: 2.13m,
            baselineDate: new LocalDate(2018, 7, 31),
            target: 6m,
            targetDate: new LocalDate(2025, 8, 31)
        ),
        new(
            KpiDefinitions.EntitlementMet.Id,
            baseline: 40m,
            baselineDate: new LocalDate(2021, 9, 1),
            target: 80m,
            targetDate: new LocalDate(2025, 8, 31)
        ),
    ];

    /// <summary>The target of a KPI, or null.</summary>
    public static KpiTarget? For(string kpiId) => All.FirstOrDefault(t => t.KpiId == kpiId);
}
