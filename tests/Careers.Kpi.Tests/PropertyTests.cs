using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Careers.Kpi.Tests;

/// <summary>The laws the statistics keep, on random data.</summary>
public class PropertyTests
{
    private static Gen<(int X, int N)> Counts { get; } =
        from n in Gen.Choose(1, 2_000_000)
        from x in Gen.Choose(0, n)
        select (x, n);

    private static Gen<ConfidenceLevel> Levels { get; } =
        Gen.Elements(
            ConfidenceLevel.NinetyFive,
            ConfidenceLevel.NinetyNine,
            ConfidenceLevel.NinetyNinePointEight
        );

    [Property(MaxTest = 500)]
    public Property Wilson_ContainsTheProportion_AndStaysInZeroToOne() =>
        Prop.ForAll(
            Counts.SelectMany(c => Levels.Select(l => (c.X, c.N, Level: l))).ToArbitrary(),
            c =>
            {
                var p = Proportion.Of(c.X, c.N);
                var interval = p.Wilson(c.Level);
                return interval.Lower >= 0m
                    && interval.Upper <= 1m
                    && interval.Contains(p.Value)
                    && (c.X == 0 || interval.Lower < p.Value)
                    && (c.X == c.N || interval.Upper > p.Value);
            }
        );

    [Property(MaxTest = 300)]
    public Property Newcombe_ContainsTheDifference_AndStaysInMinusOneToOne() =>
        Prop.ForAll(
            Counts.SelectMany(a => Counts.Select(b => (a, b))).ToArbitrary(),
            c =>
            {
                var gap = ProportionGap.Between(
                    Proportion.Of(c.a.X, c.a.N),
                    Proportion.Of(c.b.X, c.b.N)
                );
                return gap.Interval.Contains(gap.Difference)
                    && gap.Interval.Lower >= -1m
                    && gap.Interval.Upper <= 1m
                    && gap.IsSignificant == (gap.Interval.Lower > 0m || gap.Interval.Upper < 0m);
            }
        );

    [Property(MaxTest = 500)]
    public Property Rounding_IsSymmetricAboutZero() =>
        Prop.ForAll(
            (
                from units in Gen.Choose(-1_000_000, 1_000_000)
                from scale in Gen.Choose(0, 6)
                from decimals in Gen.Choose(0, 4)
                select (
                    Value: new decimal(Math.Abs(units), 0, 0, units < 0, (byte)scale),
                    Decimals: decimals
                )
            ).ToArbitrary(),
            c =>
                DfeRounding.Round(-c.Value, c.Decimals) == -DfeRounding.Round(c.Value, c.Decimals)
                && Math.Abs(DfeRounding.Round(c.Value, c.Decimals) - c.Value)
                    <= 0.5m * (decimal)Math.Pow(10, -c.Decimals)
        );

    [Property(MaxTest = 300)]
    public Property RoundingToAMultiple_IsSymmetric_AndLandsOnTheMultiple() =>
        Prop.ForAll(
            (
                from count in Gen.Choose(-100_000, 100_000)
                from multiple in Gen.Elements(1, 5, 10)
                select (count, multiple)
            ).ToArbitrary(),
            c =>
            {
                var rounded = DfeRounding.RoundToMultiple(c.count, c.multiple);
                return DfeRounding.RoundToMultiple(-c.count, c.multiple) == -rounded
                    && rounded % c.multiple == 0m
                    && Math.Abs(rounded - c.count) * 2 <= c.multiple;
            }
        );

    /// <summary>A total split into groups: each group's numerator and denominator, some small.</summary>
    private static Gen<(decimal Numerator, decimal? Denominator)[]> Parts { get; } =
        from k in Gen.Choose(1, 8)
        from parts in Gen.ArrayOf(
            from denominator in Gen.OneOf(Gen.Choose(1, 8), Gen.Choose(1, 400))
            from numerator in Gen.OneOf(
                Gen.Choose(0, Math.Min(3, denominator)),
                Gen.Choose(0, denominator)
            )
            select ((decimal)numerator, (decimal?)denominator),
            k
        )
        select parts;

    private static Gen<SuppressionRule> Rules { get; } =
        Gen.Elements(
            SuppressionRule.Pupils,
            SuppressionRule.Neet,
            SuppressionRule.Pupils with
            {
                MinimumDenominator = 10,
                MinimumNumerator = 5,
            },
            SuppressionRule.None with
            {
                SecondarySuppression = true,
                MinimumNumerator = 3,
            }
        );

    [Property(MaxTest = 1_000)]
    public Property Suppression_NeverRevealsASuppressedGroupThroughThePublishedTotal() =>
        Prop.ForAll(
            Parts.SelectMany(p => Rules.Select(r => (Parts: p, Rule: r))).ToArbitrary(),
            c =>
            {
                var total = (
                    c.Parts.Sum(p => p.Numerator),
                    (decimal?)c.Parts.Sum(p => p.Denominator!.Value)
                );
                var result = c.Rule.Apply(total, c.Parts);
                var suppressed = result.Parts.Count(s => s);
                var primary = c
                    .Parts.Select(p => c.Rule.Suppresses(p.Numerator, p.Denominator))
                    .ToArray();
                return (result.Total || suppressed != 1)
                    && primary.Zip(result.Parts, (before, after) => !before || after).All(ok => ok);
            }
        );

    [Property(MaxTest = 300)]
    public Property Suppression_InAReport_NeverLeavesOneSuppressedGroupBesideAPublishedTotal() =>
        Prop.ForAll(
            Parts.ToArbitrary(),
            parts =>
            {
                var id = KpiDefinitions.EntitlementMet.Id;
                var builder = Fixtures
                    .Report()
                    .AddProportion(
                        id,
                        parts.Sum(p => p.Numerator),
                        parts.Sum(p => p.Denominator!.Value)
                    );
                for (var i = 0; i < parts.Length; i++)
                {
                    builder.AddProportion(
                        id,
                        parts[i].Numerator,
                        parts[i].Denominator!.Value,
                        Breakdowns.Ward,
                        "W" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    );
                }

                var report = builder.Build().GetResultOrThrow();
                var totalPublished = report.Figure(id)!.IsPublished;
                var hidden = report.Figures.Count(f => f.Breakdown is not null && !f.IsPublished);
                return !totalPublished || hidden != 1;
            }
        );
}
