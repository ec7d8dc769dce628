using System;
using System.Collections.Generic;
using System.Linq;
using Careers.Encounters;
using Careers.Kpi;

namespace Careers.SampleHost.Analytics;

/// <summary>
/// One group's gap to the rest of the learners on one measure: both proportions, the gap (group minus rest) with its
/// 95% Newcombe interval (<see cref="ProportionGap"/>), or the GSS symbol shown instead when a count would identify a
/// child.
/// </summary>
/// <param name="Measure">The measure, such as "Entitlement met".</param>
/// <param name="Breakdown">The breakdown (<see cref="Breakdowns"/>), such as <c>disadvantage</c>.</param>
/// <param name="Group">The group, such as "Disadvantaged".</param>
/// <param name="Gap">The gap; null when suppressed.</param>
/// <param name="Symbol">The GSS symbol shown instead of the gap: <c>c</c> when suppressed.</param>
internal sealed record EquityGap(
    string Measure,
    string Breakdown,
    string Group,
    ProportionGap? Gap,
    GssSymbol? Symbol
);

/// <summary>
/// Equity of the four-encounter entitlement: for each measure (entitlement met; met or on track) and each group of
/// each of the strategy's breakdowns (<see cref="Breakdowns.Equity"/>: disadvantage, SEN provision, EAL, sex, ward),
/// the gap between the group and everybody else in scope, with Careers.Kpi's Newcombe interval; significant only when
/// the interval leaves out 0 (docs/articles/domain.md §8). The gap is suppressed (<c>c</c>) when the rule suppresses
/// the group's or the rest's figure: both, so that neither can be worked out from the whole.
/// </summary>
internal static class EquityGaps
{
    /// <summary>The measures: each a name and which learners in scope count as meeting it.</summary>
    public static IReadOnlyList<(
        string Name,
        Func<EntitlementStatus, bool> Meets
    )> Measures { get; } =
    [
        ("Entitlement met", s => s == EntitlementStatus.Met),
        ("Met or on track", s => s is EntitlementStatus.Met or EntitlementStatus.OnTrack),
    ];

    /// <summary>
    /// Every group's gap on every measure, in the order of the measures, the breakdowns and the groups' names; a
    /// group that is everybody in scope, or nobody, has no gap to show and is left out, and of a breakdown with two
    /// groups only the first is shown (disadvantaged, EAL, female: the other's gap is the same turned round).
    /// </summary>
    public static IReadOnlyList<EquityGap> Of(EntitlementResult result, SuppressionRule? rule)
    {
        var inScope = result
            .Learners.Where(l => l.Status != EntitlementStatus.NotInScope)
            .ToArray();
        var gaps = new List<EquityGap>();
        foreach (var (measure, meets) in Measures)
        {
            var met = inScope.Count(l => meets(l.Status));
            foreach (var breakdown in Breakdowns.Equity)
            {
                var all = inScope
                    .GroupBy(
                        l => Breakdowns.GroupOf(breakdown, l.Learner, l.YearGroup),
                        StringComparer.Ordinal
                    )
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .ToArray();
                // Two groups are each other's rest: the second's gap is the first's, turned round.
                var groups = all.Length == 2 ? all[..1] : all;
                foreach (var group in groups)
                {
                    var n = group.Count();
                    var rest = inScope.Length - n;
                    if (n == 0 || rest == 0)
                    {
                        continue;
                    }

                    var groupMet = group.Count(l => meets(l.Status));
                    var restMet = met - groupMet;
                    var suppressed =
                        rule is not null
                        && (rule.Suppresses(groupMet, n) || rule.Suppresses(restMet, rest));
                    gaps.Add(
                        suppressed
                            ? new EquityGap(
                                measure,
                                breakdown,
                                group.Key,
                                null,
                                GssSymbol.Suppressed
                            )
                            : new EquityGap(
                                measure,
                                breakdown,
                                group.Key,
                                ProportionGap.Between(
                                    Proportion.Of(groupMet, n),
                                    Proportion.Of(restMet, rest)
                                ),
                                null
                            )
                    );
                }
            }
        }

        return gaps;
    }
}
