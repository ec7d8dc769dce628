using System;

namespace Careers.Kpi;

/// <summary>
/// One figure of a KPI report: a KPI for a geography, for everybody or for one group of one breakdown, with its
/// unrounded numbers, its interval, and what is published in its place when it must not or cannot be shown (a
/// <see cref="GssSymbol"/>). Outputs (<see cref="KpiReportJson"/>, <see cref="KpiCsv"/>) never write the numbers of a
/// figure that is not published. Immutable.
/// </summary>
public sealed class KpiFigure
{
    internal KpiFigure(
        KpiDefinition definition,
        Geography geography,
        string? breakdown,
        string? group,
        decimal? numerator,
        decimal? denominator,
        decimal? value,
        ConfidenceInterval? interval,
        GssSymbol? symbol,
        bool lowReliability
    )
    {
        Definition = definition;
        Geography = geography;
        Breakdown = breakdown;
        Group = group;
        Numerator = numerator;
        Denominator = denominator;
        Value = value;
        Interval = interval;
        Symbol = symbol;
        LowReliability = lowReliability;
    }

    /// <summary>The KPI.</summary>
    public KpiDefinition Definition { get; }

    /// <summary>Where the figure is about.</summary>
    public Geography Geography { get; }

    /// <summary>The breakdown, for example <see cref="Breakdowns.Sex"/>; <see langword="null"/> for everybody.</summary>
    public string? Breakdown { get; }

    /// <summary>The group within the breakdown, for example "Female"; <see langword="null"/> for everybody.</summary>
    public string? Group { get; }

    /// <summary>The numerator (for a count, the count), unrounded; <see langword="null"/> when not available.</summary>
    public decimal? Numerator { get; }

    /// <summary>The denominator, unrounded; <see langword="null"/> for a count or when not available.</summary>
    public decimal? Denominator { get; }

    /// <summary>The value in the KPI's unit (a percentage from 0 to 100 for a percentage), unrounded; compare on this.</summary>
    public decimal? Value { get; }

    /// <summary>The interval in the KPI's unit (Wilson for a percentage, Newcombe for a gap), unrounded; <see langword="null"/> for other units.</summary>
    public ConfidenceInterval? Interval { get; }

    /// <summary>What is shown instead of the value: <c>c</c>, <c>x</c>, <c>z</c> or <c>low</c>; <see langword="null"/> when the value is shown.</summary>
    public GssSymbol? Symbol { get; }

    /// <summary>Whether the published value is flagged low reliability (<c>u</c>).</summary>
    public bool LowReliability { get; }

    /// <summary>Whether the figure's numbers may be published: no symbol, or <c>low</c> (the counts are shown, the value as <c>low</c>).</summary>
    public bool IsPublished => Symbol is null or GssSymbol.Low;

    /// <summary>The value as published: rounded half away from zero to the KPI's decimals, or the symbol's code.</summary>
    public string Reported =>
        Symbol is GssSymbol symbol
            ? symbol.Code()
            : DfeRounding.Format(Value!.Value, Definition.Decimals);

    /// <summary>The numerator as published: rounded to a whole number and then to the suppression rule's multiple; <see langword="null"/> when not published.</summary>
    public decimal? PublishedNumerator => Published(Numerator);

    /// <summary>The denominator as published, like <see cref="PublishedNumerator"/>.</summary>
    public decimal? PublishedDenominator => Published(Denominator);

    /// <summary>Formats the figure as <c>kpi [geography, breakdown=group]: reported</c>.</summary>
    /// <returns>The figure.</returns>
    public override string ToString() =>
        $"{Definition.Id} [{Geography}{(Breakdown is null ? "" : ", " + Breakdown + "=" + Group)}]: {Reported}{(LowReliability ? " [u]" : "")}";

    internal KpiFigure Suppressed() =>
        new(
            Definition,
            Geography,
            Breakdown,
            Group,
            Numerator,
            Denominator,
            Value,
            Interval,
            GssSymbol.Suppressed,
            false
        );

    private decimal? Published(decimal? count) =>
        IsPublished && count is decimal c
            ? Definition.Suppression.RoundCount(Math.Round(c, 0, MidpointRounding.AwayFromZero))
            : null;
}
