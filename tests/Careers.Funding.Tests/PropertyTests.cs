using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Careers.Funding.Tests;

/// <summary>The laws an allocation keeps, on random areas.</summary>
public class PropertyTests
{
    /// <summary>Ten factors of every kind but the taper, scaled to the pot.</summary>
    private static FundingFormulaBuilder TenFactors() =>
        FundingFormula
            .Builder("test.ten", "1.0")
            .PerPupil(PupilPhase.KeyStage3, 4_00)
            .PerPupil(PupilPhase.KeyStage4, 6_00)
            .PerEligiblePupil(PupilCharacteristic.Disadvantaged, 20_00, "deprivation")
            .PerEligiblePupil(PupilCharacteristic.SenSupport, 10_00)
            .PerEligiblePupil(PupilCharacteristic.AtRiskOfNeet, 40_00)
            .BandedByIdaci([12_00, 9_00, 7_00, 5_00, 3_00, 1_00], "deprivation")
            .BandedByDeprivationDecile([9_00, 8_00, 7_00, 6_00, 5_00, 4_00, 3_00, 2_00, 1_00, 0])
            .PerGap(NeedGap.BenchmarksNotAchieved, 500_00)
            .PerGap(NeedGap.LearnersBelowEntitlement, 5_00)
            .LumpSum(2_000_00)
            .WithAreaCostAdjustment();

    private static Gen<Func<int, FundedInstitution>> InstitutionGen { get; } =
        from ks3 in Gen.Choose(0, 600)
        from ks4 in Gen.Choose(0, 400)
        from disadvantaged in Gen.Choose(0, ks3 + ks4)
        from sen in Gen.Choose(0, ks3 + ks4)
        from neet in Gen.Choose(0, ks4)
        from idaciA in Gen.Choose(0, (ks3 + ks4) / 2)
        from idaciD in Gen.Choose(0, (ks3 + ks4) / 2)
        from decile in Gen.Choose(1, 10)
        from benchmarks in Gen.Choose(0, 8)
        from below in Gen.Choose(0, 300)
        from aca in Gen.Elements(1m, 1.05m, 1.1823m)
        select new Func<int, FundedInstitution>(index => new FundedInstitution(
            "I" + index.ToString("D3", CultureInfo.InvariantCulture),
            "Institution " + index.ToString(CultureInfo.InvariantCulture)
        )
        {
            Pupils = new Dictionary<PupilPhase, int>
            {
                [PupilPhase.KeyStage3] = ks3,
                [PupilPhase.KeyStage4] = ks4,
            },
            EligiblePupils = new Dictionary<PupilCharacteristic, int>
            {
                [PupilCharacteristic.Disadvantaged] = disadvantaged,
                [PupilCharacteristic.SenSupport] = sen,
                [PupilCharacteristic.AtRiskOfNeet] = neet,
            },
            IdaciPupils = new Dictionary<IdaciBand, int>
            {
                [IdaciBand.A] = idaciA,
                [IdaciBand.D] = idaciD,
            },
            DeprivationDecile = decile,
            BenchmarksNotAchieved = benchmarks,
            LearnersBelowEntitlement = below,
            AreaCostAdjustment = aca,
        });

    private static Gen<FundedInstitution[]> AreaGen { get; } =
        from n in Gen.Choose(1, 25)
        from makers in Gen.ArrayOf(InstitutionGen, n)
        select makers.Select((make, i) => make(i)).ToArray();

    public sealed record Case(FundingFormula Formula, FundedInstitution[] Institutions, long Pot)
    {
        public FundingAllocation Allocate() =>
            Formula.Allocate(Institutions, Pot, Fixtures.AsAt).GetResultOrThrow();

        public override string ToString() =>
            FormattableString.Invariant(
                $"{Formula}, {Institutions.Length} institutions, pot {Pot}"
            );
    }

    /// <summary>With or without a floor, a cap and staged rounding; the pot between what the floors need and what the caps allow.</summary>
    private static Gen<Case> CaseGen { get; } =
        from institutions in AreaGen
        from floor in Gen.Elements<long?>(null, 1_000_00, 5_000_00)
        from cap in Gen.Elements<long?>(null, 1_000_000_00)
        from rounded in Gen.Elements(true, false)
        from share in Gen.Elements<decimal?>(null, 0.4m)
        from extra in Gen.Choose(0, int.MaxValue)
        select Make(institutions, floor, cap, rounded, share, extra);

    private static Case Make(
        FundedInstitution[] institutions,
        long? floor,
        long? cap,
        bool rounded,
        decimal? share,
        int extra
    )
    {
        var builder = TenFactors();
        if (floor is long f)
        {
            builder.Floor(f);
        }

        if (cap is long c)
        {
            builder.CapPerInstitution(c);
        }

        if (rounded)
        {
            builder.RoundFactorsToPence();
        }

        if (
            share is decimal s
            && institutions.Any(i =>
                i.EligibleFor(PupilCharacteristic.Disadvantaged) + i.IdaciPupils.Values.Sum() > 0
            )
        )
        {
            builder.TargetShare("deprivation", s);
        }

        var least = (floor ?? 0) * institutions.Length;
        var most = (cap ?? long.MaxValue / 2 / institutions.Length) * institutions.Length;
        var pot = Math.Min(most, least + extra + (long)(extra % 7) * 1_000_000_000L);
        return new Case(builder.ScaleToPot().Build().GetResultOrThrow(), institutions, pot);
    }

    [Property(MaxTest = 200)]
    public Property Allocation_SumsToThePot_ToThePenny() =>
        Prop.ForAll(
            CaseGen.ToArbitrary(),
            c => c.Allocate().Institutions.Sum(i => i.Pence) == c.Pot
        );

    [Property(MaxTest = 200)]
    public Property EveryShare_WithinOnePennyOfItsQuota() =>
        Prop.ForAll(
            CaseGen.ToArbitrary(),
            c => c.Allocate().Institutions.All(i => Math.Abs(i.Pence - i.QuotaPence) < 1m)
        );

    [Property(MaxTest = 200)]
    public Property EveryShare_WithinItsProtectionsAndCaps() =>
        Prop.ForAll(
            CaseGen.ToArbitrary(),
            c =>
                c.Allocate()
                    .Institutions.All(i =>
                        (c.Formula.FloorPence is not long floor || i.Pence >= floor)
                        && (c.Formula.CapPerInstitutionPence is not long cap || i.Pence <= cap)
                    )
        );

    [Property(MaxTest = 150)]
    public Property PermutingInstitutions_PermutesTheResult() =>
        Prop.ForAll(
            (
                from c in CaseGen
                from shuffled in Gen.Shuffle(c.Institutions)
                select (c, shuffled.ToArray())
            ).ToArbitrary(),
            pair =>
            {
                var (c, shuffled) = pair;
                var original = c.Allocate().Institutions.ToDictionary(i => i.Id, i => i.Pence);
                var permuted = (c with { Institutions = shuffled }).Allocate();
                return permuted
                        .Institutions.Select(i => i.Id)
                        .SequenceEqual(shuffled.Select(i => i.Id))
                    && permuted.Institutions.All(i => original[i.Id] == i.Pence);
            }
        );

    /// <summary>
    /// Without protections or caps, more need never means a smaller quota, and never a smaller allocation beyond the
    /// penny that largest-remainder rounding can move (Hamilton's method is not monotone; docs/articles/funding.md).
    /// </summary>
    [Property(MaxTest = 200)]
    public Property RaisingNeed_NeverLowersTheAllocation_WhenNothingBinds() =>
        Prop.ForAll(
            (
                from area in AreaGen
                from index in Gen.Choose(0, area.Length - 1)
                from more in Gen.Choose(1, 500)
                from pot in Gen.Choose(0, int.MaxValue)
                select (area, index, more, (long)pot * 10)
            ).ToArbitrary(),
            t =>
            {
                var (area, index, more, pot) = t;
                var formula = TenFactors().ScaleToPot().Build().GetResultOrThrow();
                var before = formula
                    .Allocate(area, pot, Fixtures.AsAt)
                    .GetResultOrThrow()
                    .Institutions[index];
                var raised = area.ToArray();
                raised[index] = raised[index] with
                {
                    LearnersBelowEntitlement = raised[index].LearnersBelowEntitlement + more,
                };
                var after = formula
                    .Allocate(raised, pot, Fixtures.AsAt)
                    .GetResultOrThrow()
                    .Institutions[index];
                return after.QuotaPence >= before.QuotaPence - 0.000000000001m
                    && after.Pence >= before.Pence - 1;
            }
        );

    [Property(MaxTest = 300)]
    public Property LargestRemainder_SumsAndStaysWithinOneUnit() =>
        Prop.ForAll(
            (
                from weights in Gen.ListOf(Gen.Choose(0, 1_000_000)).Where(w => w.Sum() > 0)
                from total in Gen.Choose(0, int.MaxValue)
                select (weights.Select(w => (decimal)w).ToArray(), (long)total)
            ).ToArbitrary(),
            t =>
            {
                var (weights, total) = t;
                var shares = Apportionment.Hamilton(weights, total);
                var sum = weights.Sum();
                return shares.Sum() == total
                    && shares
                        .Select((s, i) => Math.Abs(s - (total * weights[i] / sum)))
                        .All(d => d < 1m);
            }
        );
}
