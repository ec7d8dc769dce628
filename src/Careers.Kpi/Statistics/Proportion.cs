using System;
using System.Globalization;

namespace Careers.Kpi;

/// <summary>
/// A proportion: a numerator out of a denominator, with its Wilson score interval, the method of England's
/// public-health indicators (docs/articles/domain.md §8). Counts may be fractional, as the mean of three monthly
/// counts is. Compare proportions on their unrounded <see cref="Value"/>; round only to show them. Immutable.
/// </summary>
public sealed class Proportion : IEquatable<Proportion>
{
    private Proportion(decimal numerator, decimal denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The numerator: how many have the outcome.</summary>
    public decimal Numerator { get; }

    /// <summary>The denominator: how many could have it; positive.</summary>
    public decimal Denominator { get; }

    /// <summary>The proportion as a fraction from 0 to 1, unrounded.</summary>
    public decimal Value => Numerator / Denominator;

    /// <summary>The proportion as a percentage from 0 to 100, unrounded.</summary>
    public decimal Percentage => 100m * Numerator / Denominator;

    /// <summary>Creates a proportion.</summary>
    /// <param name="numerator">The numerator, from 0 to <paramref name="denominator"/>.</param>
    /// <param name="denominator">The denominator, above 0.</param>
    /// <returns>The proportion.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The denominator is not positive, or the numerator is negative or above the denominator. Data that may be bad
    /// goes through a calculator or <see cref="KpiReportBuilder"/>, which report a <see cref="ValidationError"/> instead.
    /// </exception>
    public static Proportion Of(decimal numerator, decimal denominator)
    {
        if (denominator <= 0m)
        {
            throw new ArgumentOutOfRangeException(
                nameof(denominator),
                denominator,
                "A proportion needs a denominator above 0."
            );
        }

        if (numerator < 0m || numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(
                nameof(numerator),
                numerator,
                "A proportion's numerator runs from 0 to its denominator."
            );
        }

        return new Proportion(numerator, denominator);
    }

    /// <summary>
    /// The Wilson score interval (Wilson 1927; method 3 of Newcombe 1998, without continuity correction), as a
    /// fraction: centre (p + z²/2n) / (1 + z²/n), half-width z/(1 + z²/n) · √(p(1 − p)/n + z²/4n²). It always lies in
    /// [0, 1] and contains the proportion; 0 out of n has lower bound exactly 0 and n out of n upper bound exactly 1.
    /// </summary>
    /// <param name="level">The confidence level; default <see cref="ConfidenceLevel.NinetyFive"/>.</param>
    /// <returns>The interval, as fractions.</returns>
    public ConfidenceInterval Wilson(ConfidenceLevel? level = null)
    {
        level ??= ConfidenceLevel.NinetyFive;
        var n = Denominator;
        var p = Value;
        var z = level.Z;
        var z2 = z * z;
        var divisor = 1m + (z2 / n);
        var centre = (p + (z2 / (2m * n))) / divisor;
        var half = z / divisor * Root.Sqrt((p * (1m - p) / n) + (z2 / (4m * n * n)));
        var lower = Numerator == 0m ? 0m : Math.Max(0m, centre - half);
        var upper = Numerator == Denominator ? 1m : Math.Min(1m, centre + half);
        return new ConfidenceInterval(lower, upper, level);
    }

    /// <inheritdoc />
    public bool Equals(Proportion? other) =>
        other is not null && Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Proportion);

    /// <inheritdoc />
    public override int GetHashCode() =>
        unchecked((Numerator.GetHashCode() * 397) ^ Denominator.GetHashCode());

    /// <summary>Formats the proportion as <c>20010/312150 (6.4%)</c>, the percentage to one place.</summary>
    /// <returns>The proportion.</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0}/{1} ({2}%)",
            Numerator,
            Denominator,
            DfeRounding.Format(Percentage, 1)
        );
}
