using System;

namespace Careers.Kpi;

/// <summary>
/// The settings of KPI reporting where the sources leave a choice, each named and documented: the confidence level
/// of intervals, the stable band of year-on-year changes, RAG thresholds, the destination rules, and whether values
/// that round to 0 show as <c>low</c>. Immutable; change it with <c>with</c>.
/// </summary>
public sealed record KpiPolicy
{
    private readonly ConfidenceLevel confidence = ConfidenceLevel.NinetyFive;
    private readonly decimal stableWithin = 0.5m;
    private readonly RagPolicy rag = RagPolicy.Default;
    private readonly DestinationPolicy destinations = DestinationPolicy.Default;

    /// <summary>The defaults.</summary>
    public static KpiPolicy Default { get; } = new();

    /// <summary>The level of every interval; default 95% (docs/articles/domain.md §8).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ConfidenceLevel Confidence
    {
        get => confidence;
        init => confidence = Guard.NotNull(value, nameof(Confidence));
    }

    /// <summary>A year-on-year change of a percentage within this many percentage points, inclusive, is stable; default 0.5 (DfE, docs/articles/domain.md §8).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public decimal StableWithinPercentagePoints
    {
        get => stableWithin;
        init =>
            stableWithin =
                value >= 0m
                    ? value
                    : throw new ArgumentOutOfRangeException(
                        nameof(StableWithinPercentagePoints),
                        value,
                        "Cannot be negative."
                    );
    }

    /// <summary>The RAG thresholds; default <see cref="RagPolicy.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public RagPolicy Rag
    {
        get => rag;
        init => rag = Guard.NotNull(value, nameof(Rag));
    }

    /// <summary>The destination rules; default <see cref="DestinationPolicy.Default"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public DestinationPolicy Destinations
    {
        get => destinations;
        init => destinations = Guard.NotNull(value, nameof(Destinations));
    }

    /// <summary>
    /// Whether a published value that is not 0 but rounds to 0 at the KPI's precision shows as <c>low</c> instead of
    /// <c>0.0</c>; default <see langword="true"/> (GSS symbols, docs/articles/domain.md §8).
    /// </summary>
    public bool ShowLow { get; init; } = true;

    /// <summary>The stable band for a KPI: its own <see cref="KpiDefinition.StableWithin"/>, else <see cref="StableWithinPercentagePoints"/> for percentages and percentage points, else 0.</summary>
    /// <param name="definition">The KPI.</param>
    /// <returns>The band, inclusive, in the KPI's unit.</returns>
    public decimal StableWithin(KpiDefinition definition) =>
        Guard.NotNull(definition, nameof(definition)).StableWithin
        ?? (
            definition.Unit is KpiUnit.Percentage or KpiUnit.PercentagePoints
                ? StableWithinPercentagePoints
                : 0m
        );
}
