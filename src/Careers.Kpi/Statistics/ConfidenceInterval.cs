using System;
using System.Globalization;

namespace Careers.Kpi;

/// <summary>A confidence interval: lower and upper bounds, unrounded, and the level. Immutable.</summary>
public sealed record ConfidenceInterval
{
    /// <summary>Creates an interval.</summary>
    /// <param name="lower">The lower bound.</param>
    /// <param name="upper">The upper bound; not below <paramref name="lower"/>.</param>
    /// <param name="level">The confidence level.</param>
    /// <exception cref="ArgumentException"><paramref name="upper"/> is below <paramref name="lower"/>.</exception>
    public ConfidenceInterval(decimal lower, decimal upper, ConfidenceLevel level)
    {
        if (upper < lower)
        {
            throw new ArgumentException("The upper bound is below the lower bound.", nameof(upper));
        }

        Lower = lower;
        Upper = upper;
        Level = Guard.NotNull(level, nameof(level));
    }

    /// <summary>The lower bound, unrounded.</summary>
    public decimal Lower { get; }

    /// <summary>The upper bound, unrounded.</summary>
    public decimal Upper { get; }

    /// <summary>The confidence level.</summary>
    public ConfidenceLevel Level { get; }

    /// <summary>Whether 0 lies outside the interval: for a difference, the difference is significant at this level (docs/articles/domain.md §8).</summary>
    public bool ExcludesZero => Lower > 0m || Upper < 0m;

    /// <summary>Whether a value lies in the interval, bounds included.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it lies within.</returns>
    public bool Contains(decimal value) => value >= Lower && value <= Upper;

    /// <summary>The interval multiplied by a factor, for example 100 to turn fractions into percentages.</summary>
    /// <param name="factor">A positive factor.</param>
    /// <returns>The scaled interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not positive.</exception>
    public ConfidenceInterval Scale(decimal factor) =>
        factor > 0m
            ? new(Lower * factor, Upper * factor, Level)
            : throw new ArgumentOutOfRangeException(
                nameof(factor),
                factor,
                "The factor must be positive."
            );

    /// <summary>Formats the interval as <c>0.2553 to 0.3662 (95%)</c>, bounds to four places.</summary>
    /// <returns>The interval.</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0} to {1} ({2})",
            DfeRounding.Format(Lower, 4),
            DfeRounding.Format(Upper, 4),
            Level
        );
}
