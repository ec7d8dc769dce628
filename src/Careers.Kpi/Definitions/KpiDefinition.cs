using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.Kpi;

/// <summary>
/// A key performance indicator as data: what it counts (numerator and denominator), its unit, which way is better,
/// the period it describes, how many decimal places it is shown to, the breakdowns it is reported by, the suppression
/// rule that protects the people in it, and its source. The presets are in <see cref="KpiDefinitions"/>; a local
/// area adds its own with an object initialiser, <c>new KpiDefinition("area.x", "Name") { Unit = ..., ... }</c>, or
/// changes a preset with <c>with</c>. Immutable.
/// </summary>
public sealed record KpiDefinition
{
    private readonly string id;
    private readonly string name;
    private readonly string numerator = "Not stated.";
    private readonly string? denominator;
    private readonly KpiUnit unit;
    private readonly BetterDirection better;
    private readonly KpiPeriod period;
    private readonly int decimals = 1;
    private readonly IReadOnlyList<string> breakdowns = [];
    private readonly SuppressionRule suppression = SuppressionRule.Pupils;
    private readonly string source = "Local definition.";
    private readonly decimal? stableWithin;

    /// <summary>Creates a definition with the defaults: a percentage, higher is better, per academic year, one decimal place, no breakdowns, <see cref="SuppressionRule.Pupils"/>.</summary>
    /// <param name="id">A stable, dotted, lower-case id such as <c>neet.16-17.neet-or-not-known</c>.</param>
    /// <param name="name">The name people read.</param>
    /// <exception cref="ArgumentException">The id or name is empty, or the id has upper case or white space.</exception>
    public KpiDefinition(string id, string name)
    {
        this.id = CheckId(id, nameof(id));
        this.name = Guard.NotEmpty(name, nameof(name));
    }

    /// <summary>The stable id: lower case, without white space or commas.</summary>
    /// <exception cref="ArgumentException">The value is empty, or has upper case, white space or a comma.</exception>
    public string Id
    {
        get => id;
        init => id = CheckId(value, nameof(Id));
    }

    /// <summary>The name people read.</summary>
    /// <exception cref="ArgumentException">The value is empty.</exception>
    public string Name
    {
        get => name;
        init => name = Guard.NotEmpty(value, nameof(Name));
    }

    /// <summary>What the numerator counts (for a count or an average, what is counted).</summary>
    /// <exception cref="ArgumentException">The value is empty.</exception>
    public string Numerator
    {
        get => numerator;
        init => numerator = Guard.NotEmpty(value, nameof(Numerator));
    }

    /// <summary>What the denominator counts; <see langword="null"/> for a count.</summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string? Denominator
    {
        get => denominator;
        init => denominator = Guard.NullOrNotBlank(value, nameof(Denominator));
    }

    /// <summary>The unit; default <see cref="KpiUnit.Percentage"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public KpiUnit Unit
    {
        get => unit;
        init => unit = Guard.Defined(value, nameof(Unit));
    }

    /// <summary>Which way is better; default <see cref="BetterDirection.Higher"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public BetterDirection Better
    {
        get => better;
        init => better = Guard.Defined(value, nameof(Better));
    }

    /// <summary>The period the figures describe; default <see cref="KpiPeriod.AcademicYear"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public KpiPeriod Period
    {
        get => period;
        init => period = Guard.Defined(value, nameof(Period));
    }

    /// <summary>The decimal places the value is shown to, 0 to 6; default 1 (DfE shows percentages to one place).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0 to 6.</exception>
    public int Decimals
    {
        get => decimals;
        init =>
            decimals = value is >= 0 and <= 6
                ? value
                : throw new ArgumentOutOfRangeException(
                    nameof(Decimals),
                    value,
                    "Show 0 to 6 decimal places."
                );
    }

    /// <summary>The breakdowns the KPI is reported by (names from <see cref="KpiBreakdowns"/> or the area's own); default none.</summary>
    /// <exception cref="ArgumentException">A name is empty, not lower case snake_case, or repeated.</exception>
    public IReadOnlyList<string> Breakdowns
    {
        get => breakdowns;
        init
        {
            var names = Guard.NotNull(value, nameof(Breakdowns)).ToArray();
            foreach (var name in names)
            {
                if (
                    string.IsNullOrEmpty(name)
                    || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')
                )
                {
                    throw new ArgumentException(
                        $"A breakdown name is lower-case snake_case, as a CSV column: '{name}'.",
                        nameof(Breakdowns)
                    );
                }
            }

            if (names.Distinct(StringComparer.Ordinal).Count() != names.Length)
            {
                throw new ArgumentException("A breakdown is named twice.", nameof(Breakdowns));
            }

            breakdowns = Array.AsReadOnly(names);
        }
    }

    /// <summary>The suppression rule; default <see cref="SuppressionRule.Pupils"/>.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public SuppressionRule Suppression
    {
        get => suppression;
        init => suppression = Guard.NotNull(value, nameof(Suppression));
    }

    /// <summary>Where the definition comes from: the publication or strategy, and the section of the domain reference.</summary>
    /// <exception cref="ArgumentException">The value is empty.</exception>
    public string Source
    {
        get => source;
        init => source = Guard.NotEmpty(value, nameof(Source));
    }

    /// <summary>
    /// The largest year-on-year change, in the KPI's unit, still called stable. <see langword="null"/> (the default)
    /// takes <see cref="KpiPolicy.StableWithinPercentagePoints"/> for percentages and percentage points, and 0 for
    /// other units (<b>Decision</b>: DfE's ±0.5 is stated for percentages only).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public decimal? StableWithin
    {
        get => stableWithin;
        init =>
            stableWithin =
                value is not decimal v || v >= 0m
                    ? value
                    : throw new ArgumentOutOfRangeException(
                        nameof(StableWithin),
                        value,
                        "Cannot be negative."
                    );
    }

    /// <summary>Whether the KPI is a percentage, so its figures are proportions with a numerator, a denominator and a Wilson interval.</summary>
    public bool IsProportion => Unit is KpiUnit.Percentage;

    private static string CheckId(string value, string parameterName)
    {
        Guard.NotEmpty(value, parameterName);
        if (value.Any(c => char.IsWhiteSpace(c) || char.IsUpper(c) || c == ','))
        {
            throw new ArgumentException(
                $"A KPI id is lower case without white space or commas: '{value}'.",
                parameterName
            );
        }

        return value;
    }

    /// <summary>Formats the definition as <c>id (name)</c>.</summary>
    /// <returns>The definition.</returns>
    public override string ToString() => $"{Id} ({Name})";
}
