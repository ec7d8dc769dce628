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

/// <summary>The area's Gatsby Benchmark results as at a date.</summary>
internal sealed record AreaGatsby(
    LocalDate AsAt,
    IReadOnlyList<InstitutionGatsby> Institutions,
    AreaSummary Summary,
    NationalComparison National
);

/// <summary>
/// Entitlement status counts of a group, after suppression: null counts and <see cref="Symbol"/> <c>c</c> when the
/// rule hides the group; counts rounded as the rule says; percentages from the unrounded counts.
/// </summary>
internal sealed record EntitlementCounts(
    int? Total,
    int? InScope,
    int? Met,
    int? OnTrack,
    int? AtRisk,
    int? NotMet,
    decimal? PercentMet,
    decimal? PercentMetOrOnTrack,
    string? Symbol
)
{
    public static EntitlementCounts Shown(StatusCounts c, SuppressionRule rule) =>
        new(
            (int)rule.RoundCount(c.Total),
            (int)rule.RoundCount(c.InScope),
            (int)rule.RoundCount(c[EntitlementStatus.Met]),
            (int)rule.RoundCount(c[EntitlementStatus.OnTrack]),
            (int)rule.RoundCount(c[EntitlementStatus.AtRisk]),
            (int)rule.RoundCount(c[EntitlementStatus.NotMet]),
            c.InScope > 0 ? c.PercentMet : null,
            c.InScope > 0 ? c.PercentMetOrOnTrack : null,
            c.InScope > 0 ? null : GssSymbol.NotApplicable.Code()
        );

    public static EntitlementCounts Suppressed { get; } =
        new(null, null, null, null, null, null, null, null, GssSymbol.Suppressed.Code());
}

/// <summary>
/// The four-encounter entitlement of the area or an institution, rolled up, with counts suppressed by a
/// <see cref="SuppressionRule"/> (Careers.Kpi): a group whose learners in scope are fewer than the rule's minimum, or
/// with a status count above 0 below its minimum, is hidden, and within each breakdown secondary suppression hides one
/// more group (or the total) so that no hidden count can be worked out by subtraction.
/// </summary>
internal sealed record EntitlementView(
    string Scope,
    LocalDate AsAt,
    string Provenance,
    EntitlementCounts Overall,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, EntitlementCounts>> Breakdowns
)
{
    /// <summary>The breakdowns shown, in order.</summary>
    public static IReadOnlyList<string> Dimensions { get; } =
    [
        EntitlementRollUp.YearGroup,
        EntitlementRollUp.Disadvantaged,
        EntitlementRollUp.SenProvision,
        EntitlementRollUp.EnglishAsAdditionalLanguage,
    ];

    public static EntitlementView Of(
        string scope,
        EntitlementResult result,
        LocalDate asAt,
        SuppressionRule rule
    )
    {
        var rollUp = EntitlementRollUp.Of(result);
        var totalSuppressed = rule.Suppresses(Smallest(rollUp.Overall), rollUp.Overall.InScope);
        var breakdowns = new Dictionary<string, IReadOnlyDictionary<string, EntitlementCounts>>(
            StringComparer.Ordinal
        );
        foreach (var dimension in Dimensions.Where(d => rollUp.BreakdownNames.Contains(d)))
        {
            var groups = rollUp.By(dimension).ToArray();
            // Groups with nobody in scope are "z", not suppressed; the rest go through the rule together.
            var counted = groups.Where(g => g.Value.InScope > 0).ToArray();
            var suppression = rule.Apply(
                (Smallest(rollUp.Overall), rollUp.Overall.InScope),
                counted
                    .Select(g => ((decimal)Smallest(g.Value), (decimal?)g.Value.InScope))
                    .ToArray()
            );
            totalSuppressed |= suppression.Total;
            var hidden = counted
                .Where((g, i) => suppression.Parts[i])
                .Select(g => g.Key)
                .ToHashSet(StringComparer.Ordinal);
            breakdowns[dimension] = groups.ToDictionary(
                g => g.Key,
                g =>
                    hidden.Contains(g.Key)
                        ? EntitlementCounts.Suppressed
                        : EntitlementCounts.Shown(g.Value, rule),
                StringComparer.Ordinal
            );
        }

        return new EntitlementView(
            scope,
            asAt,
            result.Provenance.ToString(),
            totalSuppressed
                ? EntitlementCounts.Suppressed
                : EntitlementCounts.Shown(rollUp.Overall, rule),
            breakdowns
        );
    }

    // The rule's numerator test applies to every status count: pass the smallest one above 0 (or 0).
    private static int Smallest(StatusCounts c) =>
        new[]
        {
            c[EntitlementStatus.Met],
            c[EntitlementStatus.OnTrack],
            c[EntitlementStatus.AtRisk],
            c[EntitlementStatus.NotMet],
        }
            .Where(n => n > 0)
            .DefaultIfEmpty(0)
            .Min();
}

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
            .Build();
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
