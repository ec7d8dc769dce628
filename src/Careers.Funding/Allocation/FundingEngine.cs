using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Careers.Funding;

/// <summary>The allocation pipeline of <see cref="FundingFormula"/>, over arrays; see the formula's remarks for the order.</summary>
internal static class FundingEngine
{
    private const decimal NoCap = decimal.MaxValue;

    public static Evaluation<FundingAllocation> Allocate(
        FundingFormula formula,
        IReadOnlyList<FundedInstitution> institutions,
        long potPence,
        LocalDate asAt
    )
    {
        Guard.NotNull(institutions, nameof(institutions));
        var problems = new List<ValidationError>();
        SupportedDates.CheckAsAt(asAt, problems);
        if (potPence < 0)
        {
            problems.Add(
                new(
                    "funding.pot.negative",
                    "/potPence",
                    FormattableString.Invariant(
                        $"The pot ({Text.Pounds(potPence)}) cannot be negative."
                    )
                )
            );
        }

        if (institutions.Count == 0)
        {
            problems.Add(
                new(
                    "funding.institutions.empty",
                    "/institutions",
                    "There are no institutions to allocate to."
                )
            );
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < institutions.Count; i++)
        {
            var institution =
                institutions[i]
                ?? throw new ArgumentException(
                    FormattableString.Invariant($"Institution {i} is null."),
                    nameof(institutions)
                );
            if (seen.TryGetValue(institution.Id, out var first))
            {
                problems.Add(
                    new(
                        "funding.institution.duplicate-id",
                        FormattableString.Invariant($"/institutions/{i}/id"),
                        FormattableString.Invariant(
                            $"Institution {institution.Id} ({institution.Name}) appears more than once: first at /institutions/{first}."
                        )
                    )
                );
            }
            else
            {
                seen.Add(institution.Id, i);
            }

            InstitutionChecks.Check(formula, institution, i, problems);
        }

        if (problems.Count > 0)
        {
            return Evaluation<FundingAllocation>.Of(problems);
        }

        var n = institutions.Count;
        var factors = formula.Factors;
        var f = factors.Count;
        var amounts = new decimal[n * f];
        for (var i = 0; i < n; i++)
        {
            var institution = institutions[i];
            for (var j = 0; j < f; j++)
            {
                var amount = factors[j].AmountFor(institution);
                amounts[(i * f) + j] = factors[j].AreaCostAdjusted
                    ? amount * institution.AreaCostAdjustment
                    : amount;
            }
        }

        ApplyShares(formula, amounts, n, potPence, problems);
        if (problems.Count > 0)
        {
            return Evaluation<FundingAllocation>.Of(problems);
        }

        var formulaTotals = new decimal[n];
        for (var i = 0; i < n; i++)
        {
            decimal sum = 0m;
            for (var j = 0; j < f; j++)
            {
                var index = (i * f) + j;
                if (formula.RoundsFactorsToPence)
                {
                    amounts[index] = Math.Round(amounts[index], 0, MidpointRounding.AwayFromZero);
                }

                sum += amounts[index];
            }

            formulaTotals[i] = sum;
        }

        var bounds = new Bounds[n];
        for (var i = 0; i < n; i++)
        {
            bounds[i] = Bounds.For(formula, institutions[i]);
            if (bounds[i].Lower > bounds[i].Upper)
            {
                var institution = institutions[i];
                problems.Add(
                    new(
                        "funding.institution.protections-conflict",
                        FormattableString.Invariant($"/institutions/{i}"),
                        FormattableString.Invariant(
                            $"Institution {institution.Id} ({institution.Name}): {InstitutionAllocation.Describe(bounds[i].UpperKind!.Value).ToLowerInvariant()} ({Text.Pounds(bounds[i].Upper)}) is below {InstitutionAllocation.Describe(bounds[i].LowerKind!.Value).ToLowerInvariant()} ({Text.Pounds(bounds[i].Lower)})."
                        )
                    )
                );
            }
        }

        if (problems.Count > 0)
        {
            return Evaluation<FundingAllocation>.Of(problems);
        }

        decimal scaling = 1m;
        if (formula.ScalesToPot)
        {
            decimal least = 0m;
            decimal most = 0m;
            for (var i = 0; i < n; i++)
            {
                least += bounds[i].Lower;
                if (formulaTotals[i] == 0m)
                {
                    most = most == NoCap ? NoCap : most + bounds[i].Lower;
                }
                else
                {
                    most =
                        most == NoCap || bounds[i].Upper == NoCap ? NoCap : most + bounds[i].Upper;
                }
            }

            if (potPence < least)
            {
                problems.Add(
                    new(
                        "funding.pot.below-protections",
                        "/potPence",
                        FormattableString.Invariant(
                            $"The pot ({Text.Pounds(potPence)}) is smaller than the {Text.Pounds(least)} that the floors, minimums per pupil and guarantees require."
                        )
                    )
                );
            }
            else if (potPence > most)
            {
                problems.Add(
                    new(
                        "funding.pot.above-caps",
                        "/potPence",
                        FormattableString.Invariant(
                            $"The pot ({Text.Pounds(potPence)}) is more than the {Text.Pounds(most)} that the caps allow (an institution the formula gives nothing stays at its protections)."
                        )
                    )
                );
            }
            else
            {
                scaling = Solve(formulaTotals, bounds, potPence);
            }
        }

        var quotas = new decimal[n];
        decimal quotaSum = 0m;
        for (var i = 0; i < n; i++)
        {
            quotas[i] = bounds[i].Clamp(formulaTotals[i] * scaling);
            quotaSum += quotas[i];
        }

        long target = potPence;
        if (!formula.ScalesToPot)
        {
            if (quotaSum > potPence)
            {
                problems.Add(
                    new(
                        "funding.pot.overspent",
                        "/potPence",
                        FormattableString.Invariant(
                            $"The formula gives {Text.Pounds(quotaSum)}, more than the pot ({Text.Pounds(potPence)}); lower the rates or scale to the pot."
                        )
                    )
                );
            }

            target = (long)Math.Round(quotaSum, 0, MidpointRounding.AwayFromZero);
        }

        if (problems.Count > 0)
        {
            return Evaluation<FundingAllocation>.Of(problems);
        }

        var ids = new string[n];
        for (var i = 0; i < n; i++)
        {
            ids[i] = institutions[i].Id;
        }

        var pence = Apportionment.LargestRemainder(quotas, target, ids);
        var results = new InstitutionAllocation[n];
        for (var i = 0; i < n; i++)
        {
            var scaled = formulaTotals[i] * scaling;
            results[i] = new InstitutionAllocation(
                institutions[i],
                factors,
                amounts,
                i * f,
                formulaTotals[i],
                scaling,
                bounds[i].Binding(scaled),
                quotas[i],
                pence[i]
            );
        }

        return Evaluation<FundingAllocation>.Of(
            new FundingAllocation(
                formula,
                new Provenance(formula.Id, formula.Version, asAt),
                potPence,
                scaling,
                results
            )
        );
    }

    /// <summary>The scaling factor s with Σ clamp(s·aᵢ, Lᵢ, Uᵢ) = pot: a sweep over the points where an institution leaves its protection or reaches its cap.</summary>
    internal static decimal Solve(decimal[] formula, Bounds[] bounds, long pot)
    {
        decimal constant = 0m;
        decimal slope = 0m;
        var events = new List<(decimal At, int Index, bool Upper)>();
        for (var i = 0; i < formula.Length; i++)
        {
            var a = formula[i];
            if (a == 0m)
            {
                constant += bounds[i].Lower;
                continue;
            }

            if (bounds[i].Lower > 0m)
            {
                constant += bounds[i].Lower;
                events.Add((bounds[i].Lower / a, i, false));
            }
            else
            {
                slope += a;
            }

            if (bounds[i].Upper != NoCap)
            {
                events.Add((bounds[i].Upper / a, i, true));
            }
        }

        events.Sort((x, y) => x.At != y.At ? x.At.CompareTo(y.At) : x.Upper.CompareTo(y.Upper));
        var previous = 0m;
        foreach (var e in events)
        {
            if (constant + (slope * e.At) >= pot)
            {
                // On a flat stretch (everyone at a protection or a cap) take its far end: the largest factor that
                // keeps the total at the pot, so no one is said to be held who is not.
                return slope == 0m ? e.At : (pot - constant) / slope;
            }

            if (e.Upper)
            {
                slope -= formula[e.Index];
                constant += bounds[e.Index].Upper;
            }
            else
            {
                constant -= bounds[e.Index].Lower;
                slope += formula[e.Index];
            }

            previous = e.At;
        }

        return slope > 0m ? (pot - constant) / slope : previous;
    }

    private static void ApplyShares(
        FundingFormula formula,
        decimal[] amounts,
        int n,
        long pot,
        List<ValidationError> problems
    )
    {
        if (formula.TargetShares.Count == 0)
        {
            return;
        }

        var factors = formula.Factors;
        var f = factors.Count;
        var totals = new decimal[f];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < f; j++)
            {
                totals[j] += amounts[(i * f) + j];
            }
        }

        var multipliers = new decimal[f];
        var shared = 0m;
        foreach (var share in formula.TargetShares)
        {
            shared += share.Value;
            var members = Enumerable
                .Range(0, f)
                .Where(j => formula.Targets(share.Key, factors[j]))
                .ToArray();
            var total = members.Sum(j => totals[j]);
            if (total == 0m)
            {
                problems.Add(
                    new(
                        "funding.formula.share-unreachable",
                        JsonPointer.Append("/formula/targetShares", share.Key),
                        FormattableString.Invariant(
                            $"The target share for {share.Key} ({string.Join(", ", members.Select(j => factors[j].Id))}) cannot be met: no institution gets anything from it."
                        )
                    )
                );
                continue;
            }

            foreach (var j in members)
            {
                multipliers[j] = share.Value * pot / total;
            }
        }

        var rest = Enumerable
            .Range(0, f)
            .Where(j => !formula.TargetShares.Any(s => formula.Targets(s.Key, factors[j])))
            .ToArray();
        var restTotal = rest.Sum(j => totals[j]);
        foreach (var j in rest)
        {
            multipliers[j] = restTotal == 0m ? 0m : (1m - shared) * pot / restTotal;
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < f; j++)
            {
                amounts[(i * f) + j] *= multipliers[j];
            }
        }
    }

    /// <summary>An institution's protections (lower) and caps (upper), with the one that sets each.</summary>
    internal readonly struct Bounds
    {
        private Bounds(
            decimal lower,
            ProtectionKind? lowerKind,
            decimal upper,
            ProtectionKind? upperKind
        )
        {
            Lower = lower;
            LowerKind = lowerKind;
            Upper = upper;
            UpperKind = upperKind;
        }

        public decimal Lower { get; }

        public ProtectionKind? LowerKind { get; }

        public decimal Upper { get; }

        public ProtectionKind? UpperKind { get; }

        public static Bounds For(FundingFormula formula, FundedInstitution institution)
        {
            decimal lower = 0m;
            ProtectionKind? lowerKind = null;
            decimal upper = NoCap;
            ProtectionKind? upperKind = null;
            void Raise(decimal value, ProtectionKind kind)
            {
                if (value > lower)
                {
                    lower = value;
                    lowerKind = kind;
                }
            }

            void Lower(decimal value, ProtectionKind kind)
            {
                if (value < upper)
                {
                    upper = value;
                    upperKind = kind;
                }
            }

            if (formula.MinimumPerPupilPence.Count > 0)
            {
                decimal minimum = 0m;
                foreach (var pair in formula.MinimumPerPupilPence)
                {
                    minimum += (decimal)institution.PupilsIn(pair.Key) * pair.Value;
                }

                Raise(minimum, ProtectionKind.MinimumPerPupil);
            }

            if (formula.FloorPence is long floor)
            {
                Raise(floor, ProtectionKind.Floor);
            }

            if (
                formula.MinimumFundingGuarantee is decimal guarantee
                && Baseline(institution) is decimal baseline
            )
            {
                Raise(baseline * (1m + guarantee), ProtectionKind.MinimumFundingGuarantee);
            }

            if (formula.CapPerPupilPence is long perPupil)
            {
                Lower((decimal)institution.TotalPupils * perPupil, ProtectionKind.CapPerPupil);
            }

            if (formula.CapPerInstitutionPence is long cap)
            {
                Lower(cap, ProtectionKind.CapPerInstitution);
            }

            if (formula.CapOnGains is decimal gains && Baseline(institution) is decimal baseline2)
            {
                Lower(baseline2 * (1m + gains), ProtectionKind.CapOnGains);
            }

            return new Bounds(lower, lowerKind, upper, upperKind);
        }

        public decimal Clamp(decimal value) =>
            value < Lower ? Lower
            : value > Upper ? Upper
            : value;

        public ProtectionEffect? Binding(decimal scaled) =>
            scaled < Lower ? new ProtectionEffect(LowerKind!.Value, Lower, Lower - scaled)
            : scaled > Upper ? new ProtectionEffect(UpperKind!.Value, Upper, Upper - scaled)
            : null;

        /// <summary>The baseline this period's guarantee and gains cap are measured against: per pupil when the baseline's pupils are given.</summary>
        private static decimal? Baseline(FundedInstitution institution) =>
            institution.BaselinePence is not long baseline ? null
            : institution.BaselinePupils is int pupils and > 0
                ? (decimal)baseline / pupils * institution.TotalPupils
            : baseline;
    }
}
