using System;

namespace Careers.Kpi;

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
