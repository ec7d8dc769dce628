using System;
using System.Globalization;
using NodaTime;

namespace Careers.Kpi;

/// <summary>Red, amber or green against a target's trajectory.</summary>
public enum RagStatus
{
    /// <summary>Not assessed: the KPI has no better direction, or no figure.</summary>
    NotAssessed = 0,

    /// <summary>On or ahead of the trajectory (within <see cref="RagPolicy.GreenTolerance"/>).</summary>
    Green = 1,

    /// <summary>Behind the trajectory but better than the baseline (and within <see cref="RagPolicy.AmberTolerance"/> when set).</summary>
    Amber = 2,

    /// <summary>No better than the baseline, or further behind than <see cref="RagPolicy.AmberTolerance"/>.</summary>
    Red = 3,
}

/// <summary>
/// The thresholds of RAG status. <b>Decision</b>: no source sets them (docs/articles/domain.md §9 asks for targets,
/// not thresholds), so they are settings: green when the figure is on or ahead of the straight-line trajectory from
/// baseline to target, less <see cref="GreenTolerance"/>; red when it is no better than the baseline
/// (<see cref="RedAtOrBehindBaseline"/>) or further behind the trajectory than <see cref="AmberTolerance"/>; amber
/// otherwise. All comparisons are on unrounded values. Immutable.
/// </summary>
public sealed record RagPolicy
{
    private readonly decimal greenTolerance;
    private readonly decimal? amberTolerance;

    /// <summary>The defaults: no tolerance for green, red at or behind the baseline, no limit on amber.</summary>
    public static RagPolicy Default { get; } = new();

    /// <summary>How far behind the trajectory, in the KPI's unit, still counts as green; default 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public decimal GreenTolerance
    {
        get => greenTolerance;
        init =>
            greenTolerance =
                value >= 0m
                    ? value
                    : throw new ArgumentOutOfRangeException(
                        nameof(GreenTolerance),
                        value,
                        "Cannot be negative."
                    );
    }

    /// <summary>How far behind the trajectory, in the KPI's unit, is still amber rather than red; <see langword="null"/> (the default) for no limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public decimal? AmberTolerance
    {
        get => amberTolerance;
        init =>
            amberTolerance =
                value is not decimal v || v >= 0m
                    ? value
                    : throw new ArgumentOutOfRangeException(
                        nameof(AmberTolerance),
                        value,
                        "Cannot be negative."
                    );
    }

    /// <summary>Whether a figure no better than the baseline is red; default <see langword="true"/>.</summary>
    public bool RedAtOrBehindBaseline { get; init; } = true;
}

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

/// <summary>A figure set against its target's trajectory.</summary>
/// <param name="Target">The target.</param>
/// <param name="Date">The date the figure describes: any date (a report assesses its as-at date, in the supported range).</param>
/// <param name="Actual">The figure, unrounded.</param>
/// <param name="Expected">What the trajectory expects on the date, unrounded.</param>
/// <param name="Status">Red, amber or green.</param>
public sealed record TargetAssessment(
    KpiTarget Target,
    LocalDate Date,
    decimal Actual,
    decimal Expected,
    RagStatus Status
);

/// <summary>A year-on-year change, judged by the KPI's better direction.</summary>
public enum Trend
{
    /// <summary>Within the stable band (DfE: ±0.5 percentage points).</summary>
    Stable = 0,

    /// <summary>Moved the better way by more than the band.</summary>
    Improved = 1,

    /// <summary>Moved the worse way by more than the band.</summary>
    Worsened = 2,

    /// <summary>Rose by more than the band, for a KPI with no better direction.</summary>
    Increased = 3,

    /// <summary>Fell by more than the band, for a KPI with no better direction.</summary>
    Decreased = 4,
}

/// <summary>
/// A change from one period to the next, on unrounded values, with DfE's reading: "stable" when within the band
/// (±0.5 percentage points for percentages; docs/articles/domain.md §8), otherwise improved or worsened by the KPI's
/// better direction. Immutable.
/// </summary>
public sealed record KpiChange
{
    private KpiChange(decimal previous, decimal current, decimal stableWithin, Trend trend)
    {
        Previous = previous;
        Current = current;
        StableWithin = stableWithin;
        Trend = trend;
    }

    /// <summary>The earlier value, unrounded.</summary>
    public decimal Previous { get; }

    /// <summary>The later value, unrounded.</summary>
    public decimal Current { get; }

    /// <summary>Current minus previous, unrounded (percentage points for a percentage).</summary>
    public decimal Difference => Current - Previous;

    /// <summary>The band within which the change is stable, inclusive.</summary>
    public decimal StableWithin { get; }

    /// <summary>The reading of the change.</summary>
    public Trend Trend { get; }

    /// <summary>Compares two values.</summary>
    /// <param name="previous">The earlier value, unrounded.</param>
    /// <param name="current">The later value, unrounded.</param>
    /// <param name="better">Which way is better.</param>
    /// <param name="stableWithin">The stable band, inclusive; DfE's 0.5 percentage points by default.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stableWithin"/> is negative.</exception>
    public static KpiChange Between(
        decimal previous,
        decimal current,
        BetterDirection better,
        decimal stableWithin = 0.5m
    )
    {
        if (stableWithin < 0m)
        {
            throw new ArgumentOutOfRangeException(
                nameof(stableWithin),
                stableWithin,
                "Cannot be negative."
            );
        }

        var difference = current - previous;
        var trend =
            Math.Abs(difference) <= stableWithin ? Trend.Stable
            : Guard.Defined(better, nameof(better)) == BetterDirection.Neither
                ? (difference > 0m ? Trend.Increased : Trend.Decreased)
            : (difference > 0m) == (better == BetterDirection.Higher) ? Trend.Improved
            : Trend.Worsened;
        return new KpiChange(previous, current, stableWithin, trend);
    }
}
