using System.Collections.Generic;
using NodaTime;

namespace Careers.Kpi;

/// <summary>
/// One catalogue and one policy, applied: the service that <c>AddCareersKpi</c> registers. Starts reports and runs
/// the calculators with the policy's settings. Pure and thread-safe.
/// </summary>
public sealed class KpiEvaluator
{
    /// <summary>Creates a calculator.</summary>
    /// <param name="catalogue">The KPI definitions.</param>
    /// <param name="policy">The policy.</param>
    public KpiEvaluator(KpiCatalogue catalogue, KpiPolicy policy)
    {
        Catalogue = Guard.NotNull(catalogue, nameof(catalogue));
        Policy = Guard.NotNull(policy, nameof(policy));
    }

    /// <summary>The Derby strategy's catalogue with the default policy.</summary>
    public static KpiEvaluator Default { get; } =
        new(KpiCatalogue.DerbyStrategy, KpiPolicy.Default);

    /// <summary>The KPI definitions.</summary>
    public KpiCatalogue Catalogue { get; }

    /// <summary>The policy.</summary>
    public KpiPolicy Policy { get; }

    /// <summary>Starts a report for an area and period.</summary>
    /// <param name="area">The area.</param>
    /// <param name="period">The period.</param>
    /// <param name="asAt">
    /// The date the report describes, from 1 September 1900 to 31 August 9999; outside that range the report's
    /// <see cref="KpiReportBuilder.Build"/> gives the problem <c>as-at.range</c>, not an exception.
    /// </param>
    /// <returns>A builder.</returns>
    public KpiReportBuilder Report(Geography area, TimePeriod period, LocalDate asAt) =>
        KpiReport.Builder(Catalogue, area, period, asAt, Policy);

    /// <summary>
    /// The December–February NEET and not known average: the three end-of-month figures of a year averaged
    /// (docs/articles/domain.md §8). Bad data gives problems, never a number: no months (<c>kpi.neet.no-months</c>), a
    /// month outside the supported range (<c>kpi.neet.month-range</c>), a month other than December, January or
    /// February (<c>kpi.neet.month-outside-window</c>), months from more than one year or not the year asked for
    /// (<c>kpi.neet.mixed-periods</c>), a month twice (<c>kpi.neet.duplicate-month</c>) or missing
    /// (<c>kpi.neet.missing-month</c>), a negative count (<c>kpi.count.negative</c>), a cohort of 0
    /// (<c>kpi.cohort.zero</c>), NEET plus not known above the cohort (<c>kpi.numerator.above-denominator</c>).
    /// </summary>
    /// <param name="months">The three end-of-month figures; a month outside September 1900 to August 9999 is a problem.</param>
    /// <param name="year">The year expected, or null to take it from the months.</param>
    /// <returns>The average, or every problem found.</returns>
    public Evaluation<NeetAverage> NeetAverage(IReadOnlyList<NeetMonth> months, int? year = null) =>
        NeetCalculator.ThreeMonthAverage(months, year);

    /// <summary>Places each former pupil in a destination category with the policy's destination rules and counts them.</summary>
    /// <param name="pupils">Each pupil's twelve months, August to July.</param>
    /// <returns>The measure, or every problem found.</returns>
    public Evaluation<DestinationMeasure> Destinations(
        IEnumerable<IReadOnlyList<MonthlyActivity>> pupils
    ) => DestinationMeasure.Classify(pupils, Policy.Destinations);

    /// <summary>The gap between two proportions with Newcombe's interval at the policy's confidence level.</summary>
    /// <param name="group">The group.</param>
    /// <param name="comparison">The group compared with.</param>
    /// <returns>The gap.</returns>
    public ProportionGap Gap(Proportion group, Proportion comparison) =>
        ProportionGap.Between(group, comparison, Policy.Confidence);

    /// <summary>A year-on-year change of a KPI, read with its better direction and the policy's stable band.</summary>
    /// <param name="kpiId">The KPI's id.</param>
    /// <param name="previous">The earlier value, unrounded.</param>
    /// <param name="current">The later value, unrounded.</param>
    /// <returns>The change.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no such KPI.</exception>
    public KpiChange Change(string kpiId, decimal previous, decimal current)
    {
        var definition = Catalogue[kpiId];
        return KpiChange.Between(
            previous,
            current,
            definition.Better,
            Policy.StableWithin(definition)
        );
    }
}
