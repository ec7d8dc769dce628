using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.Encounters;

/// <summary>
/// A cohort's standing against the entitlement: overall, and broken down by institution, year group and every
/// characteristic the strategy asks about (disadvantage, SEN provision, EAL, sex, ward), so that gaps between groups
/// show. Immutable.
/// </summary>
public sealed class EntitlementRollUp
{
    // The breakdowns and their groups are the SDK's one vocabulary (Careers.Breakdowns), shared with the KPI report.
    private static readonly string[] Dimensions =
    [
        Breakdowns.Institution,
        Breakdowns.YearGroup,
        Breakdowns.Disadvantage,
        Breakdowns.SenProvision,
        Breakdowns.EnglishAsAdditionalLanguage,
        Breakdowns.Sex,
        Breakdowns.Ward,
    ];

    private readonly Dictionary<string, IReadOnlyDictionary<string, StatusCounts>> breakdowns;

    private EntitlementRollUp(
        StatusCounts overall,
        Dictionary<string, IReadOnlyDictionary<string, StatusCounts>> breakdowns
    )
    {
        Overall = overall;
        this.breakdowns = breakdowns;
    }

    /// <summary>The whole cohort.</summary>
    public StatusCounts Overall { get; }

    /// <summary>
    /// The names of the breakdowns, from <see cref="Breakdowns"/>: <see cref="Breakdowns.Institution"/>,
    /// <see cref="Breakdowns.YearGroup"/>, <see cref="Breakdowns.Disadvantage"/>, <see cref="Breakdowns.SenProvision"/>,
    /// <see cref="Breakdowns.EnglishAsAdditionalLanguage"/>, <see cref="Breakdowns.Sex"/>, <see cref="Breakdowns.Ward"/>.
    /// </summary>
    public IEnumerable<string> BreakdownNames => Dimensions;

    /// <summary>Rolls up a result.</summary>
    /// <param name="result">Every learner's standing.</param>
    /// <returns>The roll-up.</returns>
    public static EntitlementRollUp Of(EntitlementResult result)
    {
        Guard.NotNull(result, nameof(result));
        var overall = new int[5];
        var groups = Dimensions.ToDictionary(
            d => d,
            _ => new SortedDictionary<string, int[]>(StringComparer.Ordinal)
        );
        foreach (var learner in result.Learners)
        {
            overall[(int)learner.Status]++;
            foreach (var name in Dimensions)
            {
                var byKey = groups[name];
                var k = Breakdowns.GroupOf(name, learner.Learner, learner.YearGroup);
                if (!byKey.TryGetValue(k, out var counts))
                {
                    byKey[k] = counts = new int[5];
                }

                counts[(int)learner.Status]++;
            }
        }

        return new EntitlementRollUp(
            new StatusCounts(overall),
            groups.ToDictionary(
                g => g.Key,
                g =>
                    (IReadOnlyDictionary<string, StatusCounts>)
                        g.Value.ToDictionary(
                            p => p.Key,
                            p => new StatusCounts(p.Value),
                            StringComparer.Ordinal
                        )
            )
        );
    }

    /// <summary>The groups of a breakdown, by name.</summary>
    /// <param name="breakdown">One of <see cref="BreakdownNames"/>.</param>
    /// <returns>Each group's counts.</returns>
    /// <exception cref="ArgumentException">No breakdown has that name.</exception>
    public IReadOnlyDictionary<string, StatusCounts> By(string breakdown) =>
        breakdowns.TryGetValue(breakdown ?? string.Empty, out var groups)
            ? groups
            : throw new ArgumentException(
                $"No breakdown '{breakdown}'; use one of {string.Join(", ", BreakdownNames)}.",
                nameof(breakdown)
            );

    /// <summary>
    /// The gap between two groups of a breakdown in percentage points of learners in scope who have met the
    /// entitlement or are on track: <paramref name="group"/> minus <paramref name="comparison"/>, unrounded.
    /// </summary>
    /// <param name="breakdown">The breakdown, for example <see cref="Breakdowns.Disadvantage"/>.</param>
    /// <param name="group">The group, for example <see cref="Breakdowns.Disadvantaged"/>.</param>
    /// <param name="comparison">The group compared with, for example <see cref="Breakdowns.NotDisadvantaged"/>.</param>
    /// <returns>The gap; negative when <paramref name="group"/> is behind.</returns>
    /// <exception cref="ArgumentException">A group is not in the breakdown.</exception>
    public decimal GapInPercentagePoints(string breakdown, string group, string comparison)
    {
        var groups = By(breakdown);
        return Find(groups, group, breakdown).PercentMetOrOnTrack
            - Find(groups, comparison, breakdown).PercentMetOrOnTrack;
    }

    private static StatusCounts Find(
        IReadOnlyDictionary<string, StatusCounts> groups,
        string name,
        string breakdown
    ) =>
        groups.TryGetValue(name ?? string.Empty, out var counts)
            ? counts
            : throw new ArgumentException(
                $"The {breakdown} breakdown has no group '{name}'.",
                nameof(name)
            );
}
