using System;
using System.Globalization;

namespace Careers.Kpi;

/// <summary>
/// Rounding as DfE statistics round: half away from zero ("round five up"), on <see cref="decimal"/>, never banker's
/// rounding; percentages to one decimal place; comparisons made on the unrounded values
/// (docs/articles/domain.md §8).
/// </summary>
public static class DfeRounding
{
    /// <summary>Rounds a value half away from zero: 2.25 → 2.3, −2.25 → −2.3, 0.05 → 0.1.</summary>
    /// <param name="value">The unrounded value.</param>
    /// <param name="decimals">The decimal places, 0 to 28.</param>
    /// <returns>The rounded value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public static decimal Round(decimal value, int decimals) =>
        decimals is >= 0 and <= 28
            ? Math.Round(value, decimals, MidpointRounding.AwayFromZero)
            : throw new ArgumentOutOfRangeException(
                nameof(decimals),
                decimals,
                "Decimal places run from 0 to 28."
            );

    /// <summary>Rounds a count to the nearest multiple, half away from zero: to 5, 12 → 10 and 13 → 15; to 10, 15 → 20.</summary>
    /// <param name="count">The unrounded count.</param>
    /// <param name="multiple">The multiple, at least 1 (1 leaves the count as it is).</param>
    /// <returns>The rounded count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="multiple"/> is below 1.</exception>
    public static decimal RoundToMultiple(decimal count, int multiple) =>
        multiple >= 1
            ? Math.Round(count / multiple, 0, MidpointRounding.AwayFromZero) * multiple
            : throw new ArgumentOutOfRangeException(
                nameof(multiple),
                multiple,
                "Round to a multiple of at least 1."
            );

    /// <summary>Formats a value rounded half away from zero with exactly <paramref name="decimals"/> places, in the invariant culture: 6.41 to 1 place → <c>6.4</c>; 4 to 1 place → <c>4.0</c>.</summary>
    /// <param name="value">The unrounded value.</param>
    /// <param name="decimals">The decimal places, 0 to 28.</param>
    /// <returns>The text.</returns>
    public static string Format(decimal value, int decimals) =>
        Round(value, decimals)
            .ToString(
                "F" + decimals.ToString(CultureInfo.InvariantCulture),
                CultureInfo.InvariantCulture
            );
}
