using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.Kpi;

/// <summary>
/// When a figure is suppressed (shown as <c>c</c>) or flagged, and how counts are rounded for publication. Thresholds
/// differ by publication, so every one is a setting (docs/articles/domain.md §8). A figure is suppressed when its
/// denominator is below <see cref="MinimumDenominator"/>, or its numerator is above 0 and below
/// <see cref="MinimumNumerator"/>. With <see cref="SecondarySuppression"/>, a published total never sits beside
/// exactly one suppressed part (which it would reveal by subtraction): the next smallest part is suppressed too.
/// Immutable; change it with <c>with</c>.
/// </summary>
public sealed record SuppressionRule
{
    private readonly int minimumDenominator;
    private readonly int minimumNumerator;
    private readonly int roundCountsTo = 1;
    private readonly int? lowReliabilityBelow;

    /// <summary>No suppression and no rounding of counts: for figures that describe institutions rather than people (catalogue presets of counts of schools, employers).</summary>
    public static SuppressionRule None { get; } = new() { SecondarySuppression = false };

    /// <summary>
    /// For figures about pupils (the default of every pupil-level preset): a denominator under 6 is suppressed, as DfE's
    /// destination measures suppress cohorts under 6 (docs/articles/domain.md §8); a numerator of 1 or 2 is suppressed
    /// (<b>Decision</b>: the common DfE threshold for small counts, a setting); counts are shown unrounded; secondary
    /// suppression on.
    /// </summary>
    public static SuppressionRule Pupils { get; } =
        new() { MinimumDenominator = 6, MinimumNumerator = 3 };

    /// <summary>
    /// For NEET and not known figures: as <see cref="Pupils"/>, with counts rounded to the nearest 10 as DfE publishes
    /// them (docs/articles/domain.md §8: "counts as published, rounded to 10"); percentages still come from the
    /// unrounded counts.
    /// </summary>
    public static SuppressionRule Neet { get; } = Pupils with { RoundCountsTo = 10 };

    /// <summary>A denominator below this is suppressed; 0 (the default) suppresses none on that account.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MinimumDenominator
    {
        get => minimumDenominator;
        init => minimumDenominator = NotNegative(value, nameof(MinimumDenominator));
    }

    /// <summary>A numerator above 0 and below this is suppressed; 0 (the default) suppresses none on that account. A numerator of 0 is shown.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MinimumNumerator
    {
        get => minimumNumerator;
        init => minimumNumerator = NotNegative(value, nameof(MinimumNumerator));
    }

    /// <summary>Counts are published rounded to the nearest multiple of this, half away from zero: 1 (the default, unrounded), 5 or 10.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int RoundCountsTo
    {
        get => roundCountsTo;
        init =>
            roundCountsTo =
                value >= 1
                    ? value
                    : throw new ArgumentOutOfRangeException(
                        nameof(RoundCountsTo),
                        value,
                        "Round counts to a multiple of at least 1."
                    );
    }

    /// <summary>Whether a published total may not sit beside exactly one suppressed part; default <see langword="true"/>.</summary>
    public bool SecondarySuppression { get; init; } = true;

    /// <summary>
    /// A published figure whose denominator is below this is flagged <see cref="GssSymbol.LowReliability"/> (<c>u</c>);
    /// <see langword="null"/> (the default) flags none. <b>Decision</b>: no source sets a size, so it is off by default.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? LowReliabilityBelow
    {
        get => lowReliabilityBelow;
        init =>
            lowReliabilityBelow = value is int v
                ? NotNegative(v, nameof(LowReliabilityBelow))
                : null;
    }

    /// <summary>Whether a figure is suppressed on its own numbers (primary suppression).</summary>
    /// <param name="numerator">The numerator (or the count, for a count).</param>
    /// <param name="denominator">The denominator; <see langword="null"/> for a count.</param>
    /// <returns>Whether to show <c>c</c>.</returns>
    public bool Suppresses(decimal numerator, decimal? denominator) =>
        (denominator is decimal d && d < MinimumDenominator)
        || (numerator > 0m && numerator < MinimumNumerator);

    /// <summary>Whether a published figure with this denominator is flagged low reliability.</summary>
    /// <param name="denominator">The denominator.</param>
    /// <returns>Whether to flag it <c>u</c>.</returns>
    public bool IsLowReliability(decimal denominator) =>
        LowReliabilityBelow is int below && denominator < below;

    /// <summary>A count as published: rounded to <see cref="RoundCountsTo"/>, half away from zero.</summary>
    /// <param name="count">The unrounded count.</param>
    /// <returns>The published count.</returns>
    public decimal RoundCount(decimal count) => DfeRounding.RoundToMultiple(count, RoundCountsTo);

    /// <summary>
    /// Decides which of a total's parts to suppress. Each part is suppressed on its own numbers first; then, when the
    /// total is published and exactly one part is suppressed, the unsuppressed part with the smallest denominator
    /// (then smallest numerator, then first in order) is suppressed too, so that the total cannot reveal the first.
    /// When no other part is left to suppress, the total is suppressed instead.
    /// </summary>
    /// <param name="total">The total's numerator and denominator (denominator null for a count).</param>
    /// <param name="parts">The parts that make up the total, each numerator and denominator.</param>
    /// <returns>Which parts, and whether the total, are suppressed.</returns>
    public SuppressionResult Apply(
        (decimal Numerator, decimal? Denominator) total,
        IReadOnlyList<(decimal Numerator, decimal? Denominator)> parts
    )
    {
        Guard.NotNull(parts, nameof(parts));
        var suppressed = parts.Select(p => Suppresses(p.Numerator, p.Denominator)).ToArray();
        var totalSuppressed = Suppresses(total.Numerator, total.Denominator);
        if (SecondarySuppression && !totalSuppressed && suppressed.Count(s => s) == 1)
        {
            var next = Enumerable
                .Range(0, parts.Count)
                .Where(i => !suppressed[i])
                .OrderBy(i => parts[i].Denominator ?? parts[i].Numerator)
                .ThenBy(i => parts[i].Numerator)
                .ThenBy(i => i)
                .Select(i => (int?)i)
                .FirstOrDefault();
            if (next is int i)
            {
                suppressed[i] = true;
            }
            else
            {
                totalSuppressed = true;
            }
        }

        return new SuppressionResult(totalSuppressed, Array.AsReadOnly(suppressed));
    }

    private static int NotNegative(int value, string name) =>
        value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(name, value, "Cannot be negative.");
}
