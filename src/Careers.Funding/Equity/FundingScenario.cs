using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Careers.Funding;

/// <summary>
/// Two formulas, or two years, on the same institutions: each institution's change, the winners and losers, and the
/// change in every equity measure. Immutable.
/// </summary>
public sealed class FundingScenario
{
    private FundingScenario(
        FundingAllocation before,
        FundingAllocation after,
        IReadOnlyList<InstitutionChange> changes
    )
    {
        Before = before;
        After = after;
        Changes = changes;
        EquityBefore = EquityMeasures.Of(before);
        EquityAfter = EquityMeasures.Of(after);
    }

    /// <summary>The first allocation (the baseline or the current formula).</summary>
    public FundingAllocation Before { get; }

    /// <summary>The second allocation (the proposal or the next year).</summary>
    public FundingAllocation After { get; }

    /// <summary>Every institution's change, in the order of the second allocation.</summary>
    public IReadOnlyList<InstitutionChange> Changes { get; }

    /// <summary>Institutions that gain, the largest gain first (ties by id).</summary>
    public IReadOnlyList<InstitutionChange> Winners =>
        Changes
            .Where(c => c.ChangePence > 0)
            .OrderByDescending(c => c.ChangePence)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Institutions that lose, the largest loss first (ties by id).</summary>
    public IReadOnlyList<InstitutionChange> Losers =>
        Changes
            .Where(c => c.ChangePence < 0)
            .OrderBy(c => c.ChangePence)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The equity measures of the first allocation.</summary>
    public EquityMeasures EquityBefore { get; }

    /// <summary>The equity measures of the second allocation.</summary>
    public EquityMeasures EquityAfter { get; }

    /// <summary>The change in the Gini coefficient (after − before): negative is more equal.</summary>
    public double GiniChange => EquityAfter.Gini - EquityBefore.Gini;

    /// <summary>The change in the concentration index (after − before): negative moves funding towards the more deprived.</summary>
    public double ConcentrationIndexChange =>
        EquityAfter.ConcentrationIndex - EquityBefore.ConcentrationIndex;

    /// <summary>The change in the share reaching the most deprived fifth of pupils (after − before).</summary>
    public double MostDeprivedQuintileShareChange =>
        EquityAfter.MostDeprivedQuintileShare - EquityBefore.MostDeprivedQuintileShare;

    /// <summary>The change in the ratio of funding per disadvantaged pupil to funding per other pupil; null when either is missing.</summary>
    public double? DisadvantagedRatioChange =>
        EquityAfter.DisadvantagedRatio - EquityBefore.DisadvantagedRatio;

    /// <summary>Compares two allocations of the same institutions.</summary>
    /// <param name="before">The first allocation.</param>
    /// <param name="after">The second allocation.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">The two allocations are not of the same institutions (by id).</exception>
    public static FundingScenario Compare(FundingAllocation before, FundingAllocation after)
    {
        Guard.NotNull(before, nameof(before));
        Guard.NotNull(after, nameof(after));
        var missing = before
            .Institutions.Select(i => i.Id)
            .Except(after.Institutions.Select(i => i.Id), StringComparer.Ordinal)
            .Concat(
                after
                    .Institutions.Select(i => i.Id)
                    .Except(before.Institutions.Select(i => i.Id), StringComparer.Ordinal)
            )
            .ToArray();
        if (missing.Length > 0)
        {
            throw new ArgumentException(
                "The allocations are not of the same institutions: "
                    + string.Join(", ", missing)
                    + " appear in only one.",
                nameof(after)
            );
        }

        var changes = after
            .Institutions.Select(a => new InstitutionChange(
                a.Id,
                a.Institution.Name,
                before[a.Id].Pence,
                a.Pence
            ))
            .ToArray();
        return new FundingScenario(before, after, changes);
    }

    /// <summary>Summarises the comparison for a board paper: totals, winners and losers, and the equity measures.</summary>
    /// <returns>Several lines of text.</returns>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append(
            FormattableString.Invariant(
                $"{Before.Formula} → {After.Formula}: {Text.Pounds(Before.AllocatedPence)} → {Text.Pounds(After.AllocatedPence)}\n"
            )
        );
        text.Append(
            FormattableString.Invariant(
                $"{Winners.Count} gain, {Losers.Count} lose, {Changes.Count - Winners.Count - Losers.Count} unchanged\n"
            )
        );
        foreach (var change in Winners.Concat(Losers))
        {
            text.Append(
                FormattableString.Invariant(
                    $"  {change.Name} ({change.Id}): {Text.Pounds(change.BeforePence)} → {Text.Pounds(change.AfterPence)} ({(change.ChangePence > 0 ? "+" : string.Empty)}{Text.Pounds(change.ChangePence)})\n"
                )
            );
        }

        text.Append(
            FormattableString.Invariant(
                $"Gini {EquityBefore.Gini:0.0000} → {EquityAfter.Gini:0.0000}; concentration index {EquityBefore.ConcentrationIndex:0.0000} → {EquityAfter.ConcentrationIndex:0.0000}; most deprived fifth {EquityBefore.MostDeprivedQuintileShare:P1} → {EquityAfter.MostDeprivedQuintileShare:P1}\n"
            )
        );
        return text.ToString();
    }
}
