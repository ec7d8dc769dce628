using System;
using System.Globalization;

namespace Careers.Kpi;

/// <summary>
/// A confidence level with its two-sided standard normal quantile <see cref="Z"/>. The presets are 95% (the level of
/// England's public-health indicators and of the DfE comparisons in docs/articles/domain.md §8), 99% and 99.8% (the
/// outer control limit of public-health funnel plots). Immutable.
/// </summary>
public sealed record ConfidenceLevel
{
    /// <summary>Creates a confidence level.</summary>
    /// <param name="percent">The level in percent, for example 95; above 0 and below 100.</param>
    /// <param name="z">The two-sided standard normal quantile for that level, for example 1.959963984540054; positive.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public ConfidenceLevel(decimal percent, decimal z)
    {
        Percent = percent is > 0m and < 100m
            ? percent
            : throw new ArgumentOutOfRangeException(
                nameof(percent),
                percent,
                "A confidence level lies strictly between 0% and 100%."
            );
        Z =
            z > 0m
                ? z
                : throw new ArgumentOutOfRangeException(
                    nameof(z),
                    z,
                    "The quantile must be positive."
                );
    }

    /// <summary>95%, z = 1.959963984540054.</summary>
    public static ConfidenceLevel NinetyFive { get; } = new(95m, 1.959963984540054m);

    /// <summary>99%, z = 2.575829303548901.</summary>
    public static ConfidenceLevel NinetyNine { get; } = new(99m, 2.575829303548901m);

    /// <summary>99.8%, z = 3.090232306167814.</summary>
    public static ConfidenceLevel NinetyNinePointEight { get; } = new(99.8m, 3.090232306167814m);

    /// <summary>The level in percent.</summary>
    public decimal Percent { get; }

    /// <summary>The two-sided standard normal quantile.</summary>
    public decimal Z { get; }

    /// <summary>Formats the level as <c>95%</c>.</summary>
    /// <returns>The level.</returns>
    public override string ToString() =>
        Percent.ToString("0.###", CultureInfo.InvariantCulture) + "%";
}
