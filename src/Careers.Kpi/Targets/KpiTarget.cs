using System;
using System.Globalization;
using NodaTime;

namespace Careers.Kpi;

/// <summary>
/// A KPI's target: a baseline value on a date and a target value by a later date; the trajectory between them is a
/// straight line by days (<see cref="ExpectedAt"/>). Immutable.
/// </summary>
public sealed record KpiTarget
{
    /// <summary>Creates a target.</summary>
    /// <param name="kpiId">The KPI's id.</param>
    /// <param name="baseline">The baseline value, in the KPI's unit.</param>
    /// <param name="baselineDate">
    /// The date of the baseline: any date here; <see cref="KpiReportBuilder.Build"/> reports one outside the supported
    /// range (1 September 1900 to 31 August 9999) as the problem <c>kpi.target.date-range</c>.
    /// </param>
    /// <param name="target">The target value.</param>
    /// <param name="targetDate">The date the target is for; after <paramref name="baselineDate"/>, and in the supported range like it.</param>
    /// <exception cref="ArgumentException">The id is empty, or the target date is not after the baseline date.</exception>
    public KpiTarget(
        string kpiId,
        decimal baseline,
        LocalDate baselineDate,
        decimal target,
        LocalDate targetDate
    )
    {
        KpiId = Guard.NotEmpty(kpiId, nameof(kpiId));
        if (targetDate <= baselineDate)
        {
            throw new ArgumentException(
                "The target date must be after the baseline date.",
                nameof(targetDate)
            );
        }

        Baseline = baseline;
        BaselineDate = baselineDate;
        Target = target;
        TargetDate = targetDate;
    }

    /// <summary>The KPI's id.</summary>
    public string KpiId { get; }

    /// <summary>The baseline value.</summary>
    public decimal Baseline { get; }

    /// <summary>The date of the baseline.</summary>
    public LocalDate BaselineDate { get; }

    /// <summary>The target value.</summary>
    public decimal Target { get; }

    /// <summary>The date the target is for.</summary>
    public LocalDate TargetDate { get; }

    /// <summary>The value the straight-line trajectory expects on a date: the baseline up to the baseline date, the target from the target date, and in between in proportion to the days passed. Unrounded.</summary>
    /// <param name="date">The date: any date.</param>
    /// <returns>The expected value.</returns>
    public decimal ExpectedAt(LocalDate date)
    {
        if (date <= BaselineDate)
        {
            return Baseline;
        }

        if (date >= TargetDate)
        {
            return Target;
        }

        decimal passed = Period.Between(BaselineDate, date, PeriodUnits.Days).Days;
        decimal whole = Period.Between(BaselineDate, TargetDate, PeriodUnits.Days).Days;
        return Baseline + ((Target - Baseline) * passed / whole);
    }

    /// <summary>Assesses a figure against the trajectory.</summary>
    /// <param name="actual">The figure, unrounded, in the KPI's unit.</param>
    /// <param name="date">The date the figure describes: any date.</param>
    /// <param name="better">Which way is better.</param>
    /// <param name="policy">The thresholds; default <see cref="RagPolicy.Default"/>.</param>
    /// <returns>The assessment.</returns>
    public TargetAssessment Assess(
        decimal actual,
        LocalDate date,
        BetterDirection better,
        RagPolicy? policy = null
    )
    {
        policy ??= RagPolicy.Default;
        var expected = ExpectedAt(date);
        var sign = better == BetterDirection.Lower ? -1m : 1m;
        var behind = sign * (expected - actual);
        var progress = sign * (actual - Baseline);
        RagStatus status;
        if (Guard.Defined(better, nameof(better)) == BetterDirection.Neither)
        {
            status = RagStatus.NotAssessed;
        }
        else if (behind <= policy.GreenTolerance)
        {
            status = RagStatus.Green;
        }
        else if (
            (policy.RedAtOrBehindBaseline && progress <= 0m)
            || (policy.AmberTolerance is decimal amber && behind > amber)
        )
        {
            status = RagStatus.Red;
        }
        else
        {
            status = RagStatus.Amber;
        }

        return new TargetAssessment(this, date, actual, expected, status);
    }

    /// <summary>Formats the target as <c>kpi: 4.3 on 2023-02-28 to 3.5 by 2025-02-28</c>.</summary>
    /// <returns>The target.</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0}: {1} on {2:yyyy-MM-dd} to {3} by {4:yyyy-MM-dd}",
            KpiId,
            Baseline,
            BaselineDate,
            Target,
            TargetDate
        );
}
