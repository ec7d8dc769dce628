using System;
using System.Globalization;

namespace Careers.Kpi;

/// <summary>
/// The gap between two independent proportions, group minus comparison, with Newcombe's hybrid score interval
/// (method 10 of Newcombe 1998, "Interval estimation for the difference between independent proportions"): from the
/// Wilson intervals (l₁, u₁) and (l₂, u₂), the difference d = p₁ − p₂ has lower bound d − √((p₁ − l₁)² + (u₂ − p₂)²)
/// and upper bound d + √((u₁ − p₁)² + (p₂ − l₂)²). The gap is significant only when the interval excludes 0
/// (docs/articles/domain.md §8). Immutable.
/// </summary>
public sealed class ProportionGap
{
    private ProportionGap(Proportion group, Proportion comparison, ConfidenceInterval interval)
    {
        Group = group;
        Comparison = comparison;
        Interval = interval;
    }

    /// <summary>The group, for example pupils who are not disadvantaged.</summary>
    public Proportion Group { get; }

    /// <summary>The group it is compared with, for example disadvantaged pupils.</summary>
    public Proportion Comparison { get; }

    /// <summary>The difference as a fraction, <see cref="Group"/> minus <see cref="Comparison"/>, unrounded.</summary>
    public decimal Difference => Group.Value - Comparison.Value;

    /// <summary>The difference in percentage points, unrounded: 95.3% − 86.1% = 9.2.</summary>
    public decimal PercentagePoints => Group.Percentage - Comparison.Percentage;

    /// <summary>Newcombe's hybrid score interval for the difference, as fractions.</summary>
    public ConfidenceInterval Interval { get; }

    /// <summary>The interval in percentage points.</summary>
    public ConfidenceInterval IntervalInPercentagePoints => Interval.Scale(100m);

    /// <summary>Whether the gap is statistically significant at the interval's level: the interval excludes 0.</summary>
    public bool IsSignificant => Interval.ExcludesZero;

    /// <summary>The gap between two proportions, <paramref name="group"/> minus <paramref name="comparison"/>.</summary>
    /// <param name="group">The group.</param>
    /// <param name="comparison">The group it is compared with.</param>
    /// <param name="level">The confidence level; default <see cref="ConfidenceLevel.NinetyFive"/>.</param>
    /// <returns>The gap.</returns>
    public static ProportionGap Between(
        Proportion group,
        Proportion comparison,
        ConfidenceLevel? level = null
    )
    {
        Guard.NotNull(group, nameof(group));
        Guard.NotNull(comparison, nameof(comparison));
        level ??= ConfidenceLevel.NinetyFive;
        var one = group.Wilson(level);
        var two = comparison.Wilson(level);
        var p1 = group.Value;
        var p2 = comparison.Value;
        var d = p1 - p2;
        var lower = d - Root.Sqrt(Square(p1 - one.Lower) + Square(two.Upper - p2));
        var upper = d + Root.Sqrt(Square(one.Upper - p1) + Square(p2 - two.Lower));
        return new ProportionGap(group, comparison, new ConfidenceInterval(lower, upper, level));
    }

    /// <summary>Formats the gap as <c>9.2 points (95% CI 6.1 to 12.3), significant</c>.</summary>
    /// <returns>The gap.</returns>
    public override string ToString()
    {
        var points = IntervalInPercentagePoints;
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0} points ({1} CI {2} to {3}), {4}",
            DfeRounding.Format(PercentagePoints, 1),
            points.Level,
            DfeRounding.Format(points.Lower, 1),
            DfeRounding.Format(points.Upper, 1),
            IsSignificant ? "significant" : "not significant"
        );
    }

    private static decimal Square(decimal x) => x * x;
}
