using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Careers.Funding;

/// <summary>
/// A funding formula as an immutable value: its factors, the area cost adjustment, target shares, staged rounding,
/// protections and caps, and whether it scales to the pot. Build one with <see cref="Builder"/>, whose
/// <see cref="FundingFormulaBuilder.Build"/> answers the formula or every problem with it, so an unsound formula never
/// exists; a formula is pure and safe to share across threads. Every allocation records the formula's <see cref="Id"/> and <see cref="Version"/>.
/// </summary>
/// <remarks>
/// The order of the steps is part of the formula and always the same (docs/articles/funding.md):
/// <list type="number">
/// <item>each factor's amount, multiplied by the area cost adjustment where the formula says so;</item>
/// <item>target shares: the factors of each targeted group are scaled so the group gets its share of the pot, the
/// factors in no targeted group share the rest;</item>
/// <item>staged rounding, when asked for: each factor's amount to the penny, half away from zero;</item>
/// <item>the formula amount is multiplied by one scaling factor (1 when the formula does not scale to the pot);</item>
/// <item>protections raise it: the minimum per pupil, the floor per institution, the minimum funding guarantee
/// (the highest of the three binds);</item>
/// <item>caps lower it: the cap per pupil, the cap per institution, the cap on gains (the lowest binds);</item>
/// <item>the scaling factor is the one that makes the protected and capped total equal the pot;</item>
/// <item>the pot is apportioned to the penny by largest remainder (<see cref="Apportionment"/>).</item>
/// </list>
/// </remarks>
public sealed class FundingFormula
{
    internal FundingFormula(FundingFormulaBuilder builder)
    {
        Id = builder.FormulaId;
        Version = builder.FormulaVersion;
        Name = builder.FormulaName ?? builder.FormulaId;
        Factors = builder.FactorList.ToArray();
        TargetShares = builder.Shares.ToArray();
        RoundsFactorsToPence = builder.RoundFactors;
        MinimumPerPupilPence = new Dictionary<PupilPhase, long>(builder.MinimumPerPupilByPhase);
        FloorPence = builder.FloorAmount;
        MinimumFundingGuarantee = builder.Guarantee;
        CapPerPupilPence = builder.PerPupilCap;
        CapPerInstitutionPence = builder.InstitutionCap;
        CapOnGains = builder.GainsCap;
        ScalesToPot = builder.Scale;
    }

    /// <summary>The formula's id, recorded in every allocation.</summary>
    public string Id { get; }

    /// <summary>The formula's version, recorded in every allocation.</summary>
    public string Version { get; }

    /// <summary>The formula's name for a board paper.</summary>
    public string Name { get; }

    /// <summary>The factors, in the order they were added.</summary>
    public IReadOnlyList<FundingFactor> Factors { get; }

    /// <summary>Target shares of the pot, by group or factor id, in the order they were declared.</summary>
    public IReadOnlyList<KeyValuePair<string, decimal>> TargetShares { get; }

    /// <summary>Whether each factor's amount is rounded to the penny, half away from zero, before it is summed (as DfE's engine does).</summary>
    public bool RoundsFactorsToPence { get; }

    /// <summary>The minimum funding per pupil in pence, by phase; a phase left out has none.</summary>
    public IReadOnlyDictionary<PupilPhase, long> MinimumPerPupilPence { get; }

    /// <summary>The least an institution receives, in pence; null for no floor.</summary>
    public long? FloorPence { get; }

    /// <summary>The minimum funding guarantee: the least change against the baseline, as a fraction (0.005 = +0.5%); null for none.</summary>
    public decimal? MinimumFundingGuarantee { get; }

    /// <summary>The most an institution receives per pupil, in pence; null for no cap.</summary>
    public long? CapPerPupilPence { get; }

    /// <summary>The most an institution receives, in pence; null for no cap.</summary>
    public long? CapPerInstitutionPence { get; }

    /// <summary>The largest gain against the baseline, as a fraction (0.03 = +3%); null for no cap.</summary>
    public decimal? CapOnGains { get; }

    /// <summary>Whether the formula amounts are scaled so the allocation spends the whole pot.</summary>
    public bool ScalesToPot { get; }

    /// <summary>Starts a formula.</summary>
    /// <param name="id">The formula's id, for example <c>derby.careers-fund.example</c>.</param>
    /// <param name="version">The formula's version, for example <c>2025-26.1</c>.</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentException">The id or the version is empty.</exception>
    public static FundingFormulaBuilder Builder(string id, string version) => new(id, version);

    /// <summary>The formula as text for a board paper: its factors, shares, protections and the order they apply in.</summary>
    /// <returns>Several lines of text.</returns>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(FormattableString.Invariant($"{Name} ({Id}, version {Version})\n"));
        text.Append("Factors:\n");
        foreach (var factor in Factors)
        {
            text.Append("  - ").Append(factor).Append('\n');
        }

        if (TargetShares.Count > 0)
        {
            text.Append("Target shares of the pot (before protections):\n");
            foreach (var share in TargetShares)
            {
                text.Append(
                    FormattableString.Invariant($"  - {share.Key}: {Text.Percent(share.Value)}\n")
                );
            }
        }

        text.Append("Steps, in order:\n");
        var step = 1;
        void Step(string line) => text.Append(FormattableString.Invariant($"  {step++}. {line}\n"));
        Step(
            "add up the factors"
                + (
                    Factors.Any(f => f.AreaCostAdjusted)
                        ? ", multiplying the area-cost-adjusted ones by the institution's area cost adjustment"
                        : string.Empty
                )
        );
        if (TargetShares.Count > 0)
        {
            Step("scale each targeted group to its share of the pot");
        }

        if (RoundsFactorsToPence)
        {
            Step("round each factor to the penny, half away from zero");
        }

        foreach (var pair in MinimumPerPupilPence.OrderBy(p => p.Key))
        {
            Step(
                FormattableString.Invariant(
                    $"raise to a minimum of {Text.Pounds(pair.Value)} per {pair.Key} pupil"
                )
            );
        }

        if (FloorPence is long floor)
        {
            Step("raise to a floor of " + Text.Pounds(floor) + " per institution");
        }

        if (MinimumFundingGuarantee is decimal guarantee)
        {
            Step("raise to the baseline " + Signed(guarantee) + " (minimum funding guarantee)");
        }

        if (CapPerPupilPence is long perPupil)
        {
            Step("cap at " + Text.Pounds(perPupil) + " per pupil");
        }

        if (CapPerInstitutionPence is long perInstitution)
        {
            Step("cap at " + Text.Pounds(perInstitution) + " per institution");
        }

        if (CapOnGains is decimal gains)
        {
            Step("cap gains at the baseline " + Signed(gains));
        }

        Step(
            ScalesToPot
                ? "scale the formula amounts by one factor so the protected and capped total equals the pot"
                : "spend what the formula gives; the rest of the pot stays unallocated"
        );
        Step(
            "share out the pence by largest remainder: larger fraction first, then the larger amount, then the institution id"
        );
        return text.ToString();
    }

    /// <summary>The formula's id and version: <c>id@version</c>.</summary>
    /// <returns>The id and version.</returns>
    public override string ToString() => Id + "@" + Version;

    private static string Signed(decimal fraction) =>
        (fraction >= 0 ? "+" : "-") + Text.Percent(Math.Abs(fraction));

    /// <summary>The factors a target names: those of the group, or the factor with that id.</summary>
    internal bool Targets(string target, FundingFactor factor) =>
        string.Equals(factor.Group, target, StringComparison.Ordinal)
        || string.Equals(factor.Id, target, StringComparison.Ordinal);

    /// <summary>What is wrong with the formula as a whole; <see cref="FundingFormulaBuilder.Build"/> refuses a formula with any.</summary>
    internal ValidationError[] FindProblems()
    {
        var problems = new List<ValidationError>();
        if (Factors.Count == 0)
        {
            problems.Add(
                new(
                    "funding.formula.no-factors",
                    "/factors",
                    FormattableString.Invariant($"Formula {Id} has no factors.")
                )
            );
        }

        var total = 0m;
        foreach (var share in TargetShares)
        {
            var path = JsonPointer.Append("/targetShares", share.Key);
            total += share.Value;
            if (!Factors.Any(f => Targets(share.Key, f)))
            {
                problems.Add(
                    new(
                        "funding.formula.share-target-unknown",
                        path,
                        FormattableString.Invariant(
                            $"Formula {Id}: the target share for {share.Key} names no factor or group."
                        )
                    )
                );
            }
        }

        if (TargetShares.Count > 0)
        {
            var untargeted = Factors
                .Where(f => !TargetShares.Any(s => Targets(s.Key, f)))
                .ToArray();
            if (untargeted.Length == 0 && total != 1m)
            {
                problems.Add(
                    new(
                        "funding.formula.shares-sum",
                        "/targetShares",
                        FormattableString.Invariant(
                            $"Formula {Id}: every factor has a target share, so the shares must sum to 100%, but they sum to {Text.Percent(total)}."
                        )
                    )
                );
            }
            else if (untargeted.Length > 0 && total >= 1m)
            {
                problems.Add(
                    new(
                        "funding.formula.shares-sum",
                        "/targetShares",
                        FormattableString.Invariant(
                            $"Formula {Id}: the target shares sum to {Text.Percent(total)}, leaving nothing for {string.Join(", ", untargeted.Select(f => f.Id))}; they must sum to less than 100%."
                        )
                    )
                );
            }

            foreach (var factor in Factors)
            {
                var targets = TargetShares
                    .Where(s => Targets(s.Key, factor))
                    .Select(s => s.Key)
                    .ToArray();
                if (targets.Length > 1)
                {
                    problems.Add(
                        new(
                            "funding.formula.share-overlap",
                            JsonPointer.Append("/factors", factor.Id),
                            FormattableString.Invariant(
                                $"Formula {Id}: factor {factor.Id} is in more than one target share ({string.Join(", ", targets)})."
                            )
                        )
                    );
                }
            }
        }

        foreach (var pair in MinimumPerPupilPence)
        {
            if (CapPerPupilPence is long cap && cap < pair.Value)
            {
                problems.Add(
                    new(
                        "funding.formula.cap-below-floor",
                        "/capPerPupilPence",
                        FormattableString.Invariant(
                            $"Formula {Id}: the cap per pupil ({Text.Pounds(cap)}) is below the minimum per {pair.Key} pupil ({Text.Pounds(pair.Value)})."
                        )
                    )
                );
            }
        }

        if (
            FloorPence is long floor
            && CapPerInstitutionPence is long institutionCap
            && institutionCap < floor
        )
        {
            problems.Add(
                new(
                    "funding.formula.cap-below-floor",
                    "/capPerInstitutionPence",
                    FormattableString.Invariant(
                        $"Formula {Id}: the cap per institution ({Text.Pounds(institutionCap)}) is below the floor ({Text.Pounds(floor)})."
                    )
                )
            );
        }

        if (
            MinimumFundingGuarantee is decimal guarantee
            && CapOnGains is decimal gains
            && gains < guarantee
        )
        {
            problems.Add(
                new(
                    "funding.formula.cap-below-floor",
                    "/capOnGains",
                    FormattableString.Invariant(
                        $"Formula {Id}: the cap on gains ({Signed(gains)}) is below the minimum funding guarantee ({Signed(guarantee)})."
                    )
                )
            );
        }

        return problems.ToArray();
    }
}
