using System.Collections.Generic;
using System.Linq;

namespace Careers.Funding.Tests;

/// <summary>
/// Each protection and cap in isolation, without scaling, on two schools under £10 per KS3 pupil and a £1,000 lump sum:
/// X (10 pupils) gets £1,100 from the formula (£110 per pupil), Y (200 pupils) £3,000 (£15 per pupil).
/// </summary>
public class ProtectionTests
{
    private const long Pot = 100_000_000;

    private static FundingFormulaBuilder Base() =>
        FundingFormula
            .Builder("test.protections", "1.0")
            .PerPupil(PupilPhase.KeyStage3, 10_00)
            .LumpSum(1_000_00);

    private static FundedInstitution X(long? baseline = null, int? baselinePupils = null) =>
        Fixtures.School("X", 10) with
        {
            BaselinePence = baseline,
            BaselinePupils = baselinePupils,
        };

    private static FundedInstitution Y(long? baseline = null) =>
        Fixtures.School("Y", 200) with
        {
            BaselinePence = baseline,
        };

    private static FundingAllocation Run(
        FundingFormulaBuilder builder,
        params FundedInstitution[] institutions
    ) =>
        builder
            .Build()
            .GetResultOrThrow()
            .Allocate(Pot, institutions.Length == 0 ? [X(), Y()] : institutions);

    [Fact]
    public void NoProtections_FormulaAmounts_RestUnallocated()
    {
        var allocation = Run(Base());
        Assert.Equal([110_000L, 300_000], allocation.Institutions.Select(i => i.Pence));
        Assert.Equal(Pot - 410_000, allocation.UnallocatedPence);
        Assert.Equal(1m, allocation.ScalingFactor);
    }

    [Fact]
    public void MinimumPerPupil_RaisesY_To20PerPupil()
    {
        var allocation = Run(Base().MinimumPerPupil(20_00));
        Assert.Equal(110_000, allocation["X"].Pence);
        Assert.Null(allocation["X"].Protection);
        Assert.Equal(400_000, allocation["Y"].Pence);
        Assert.Equal(
            new ProtectionEffect(ProtectionKind.MinimumPerPupil, 400_000m, 100_000m),
            allocation["Y"].Protection
        );
    }

    [Fact]
    public void MinimumPerPupil_ByPhase_OnlyThatPhase()
    {
        var allocation = Run(Base().MinimumPerPupil(PupilPhase.Primary, 50_00));
        Assert.Equal(300_000, allocation["Y"].Pence);
    }

    [Fact]
    public void Floor_RaisesX_To2000()
    {
        var allocation = Run(Base().Floor(2_000_00));
        Assert.Equal(200_000, allocation["X"].Pence);
        Assert.Equal(
            new ProtectionEffect(ProtectionKind.Floor, 200_000m, 90_000m),
            allocation["X"].Protection
        );
        Assert.Equal(300_000, allocation["Y"].Pence);
    }

    [Fact]
    public void MinimumFundingGuarantee_OnTotal_RaisesToBaselinePlusHalfPercent()
    {
        var allocation = Run(Base().MinimumFundingGuarantee(0.005m), X(baseline: 200_000), Y());
        Assert.Equal(201_000, allocation["X"].Pence);
        Assert.Equal(ProtectionKind.MinimumFundingGuarantee, allocation["X"].Protection!.Kind);
        Assert.Null(allocation["Y"].Protection); // no baseline: a new institution is not guaranteed
    }

    [Fact]
    public void MinimumFundingGuarantee_PerPupil_FollowsTheRoll()
    {
        // Baseline £2,000 for 20 pupils = £100 per pupil; now 10 pupils: guarantee 10 × £100 × 1.005 = £1,005 < £1,100.
        var allocation = Run(
            Base().MinimumFundingGuarantee(0.005m),
            X(baseline: 200_000, baselinePupils: 20),
            Y()
        );
        Assert.Equal(110_000, allocation["X"].Pence);
        Assert.Null(allocation["X"].Protection);

        // Baseline £2,000 for 10 pupils: guarantee £2,010.
        allocation = Run(
            Base().MinimumFundingGuarantee(0.005m),
            X(baseline: 200_000, baselinePupils: 10),
            Y()
        );
        Assert.Equal(201_000, allocation["X"].Pence);
    }

    [Fact]
    public void MinimumFundingGuarantee_NegativeChange_LimitsLosses()
    {
        var allocation = Run(Base().MinimumFundingGuarantee(-0.05m), X(baseline: 200_000), Y());
        Assert.Equal(190_000, allocation["X"].Pence);
    }

    [Fact]
    public void CapPerPupil_LowersY_To12PerPupil()
    {
        var allocation = Run(Base().CapPerPupil(12_00));
        Assert.Equal(240_000, allocation["Y"].Pence);
        Assert.Equal(
            new ProtectionEffect(ProtectionKind.CapPerPupil, 240_000m, -60_000m),
            allocation["Y"].Protection
        );
        Assert.Equal(12_000, allocation["X"].Pence); // £110 per pupil, capped at £12 too
        Assert.Contains(
            "The cap per pupil lowered it by £600.00 to £2,400.00",
            allocation["Y"].Explain(1m),
            System.StringComparison.Ordinal
        );
    }

    [Fact]
    public void CapPerInstitution_LowersY_To2500()
    {
        var allocation = Run(Base().CapPerInstitution(2_500_00));
        Assert.Equal(250_000, allocation["Y"].Pence);
        Assert.Equal(ProtectionKind.CapPerInstitution, allocation["Y"].Protection!.Kind);
    }

    [Fact]
    public void CapGains_LowersY_ToBaselinePlusTenPercent()
    {
        var allocation = Run(Base().CapGains(0.10m), X(), Y(baseline: 200_000));
        Assert.Equal(220_000, allocation["Y"].Pence);
        Assert.Equal(
            new ProtectionEffect(ProtectionKind.CapOnGains, 220_000m, -80_000m),
            allocation["Y"].Protection
        );
    }

    [Fact]
    public void HighestProtectionBinds_LowestCapBinds()
    {
        // X: floor £1,500 and 10 × £160 = £1,600 minimum per pupil: the higher, the minimum per pupil, binds.
        var raised = Run(Base().Floor(1_500_00).MinimumPerPupil(160_00));
        Assert.Equal(
            new ProtectionEffect(ProtectionKind.MinimumPerPupil, 160_000m, 50_000m),
            raised["X"].Protection
        );

        // Y: cap £2,900 per institution and 200 × £14 = £2,800 per pupil: the lower, the cap per pupil, binds.
        var lowered = Run(Base().CapPerInstitution(2_900_00).CapPerPupil(14_00));
        Assert.Equal(
            new ProtectionEffect(ProtectionKind.CapPerPupil, 280_000m, -20_000m),
            lowered["Y"].Protection
        );
        Assert.Equal(14_000, lowered["X"].Pence);
    }

    [Fact]
    public void ScaleToPot_ProtectionsHeld_RestScaled()
    {
        // Floor £2,000 and a pot of £4,000: X is held at £2,000, Y is scaled to the other £2,000 (s = 2/3).
        var allocation = Base()
            .Floor(2_000_00)
            .ScaleToPot()
            .Build()
            .GetResultOrThrow()
            .Allocate(400_000, X(), Y());
        Assert.Equal([200_000L, 200_000], allocation.Institutions.Select(i => i.Pence));
        Assert.Equal(200_000m / 300_000m, allocation.ScalingFactor);

        // A pot exactly at the floors: everybody at the floor; the scaling factor is the largest that keeps them there.
        allocation = Base()
            .Floor(2_000_00)
            .ScaleToPot()
            .Build()
            .GetResultOrThrow()
            .Allocate(400_000, X(), Fixtures.School("Z", 10));
        Assert.Equal([200_000L, 200_000], allocation.Institutions.Select(i => i.Pence));
    }

    [Fact]
    public void ScaleToPot_CapsHeld_RestScaledUp()
    {
        // Cap £5,000 and a pot of £10,000 with a third school W (0 pupils, lump sum only: £1,000).
        // Scaled by 10,000/5,100, Y (£3,000) would pass the cap, so it is held at £5,000; X and W share the other
        // £5,000 in proportion 1,100 : 1,000 (s = 5,000/2,100).
        var w = new FundedInstitution("W", "School W");
        var allocation = Base()
            .CapPerInstitution(5_000_00)
            .ScaleToPot()
            .Build()
            .GetResultOrThrow()
            .Allocate(1_000_000, X(), Y(), w);
        Assert.Equal(1_000_000, allocation.AllocatedPence);
        Assert.Equal(500_000, allocation["Y"].Pence);
        Assert.Equal(261_905, allocation["X"].Pence); // 500,000 × 1,100/2,100 = 261,904.76
        Assert.Equal(238_095, allocation["W"].Pence); // 500,000 × 1,000/2,100 = 238,095.24
    }

    [Fact]
    public void TargetShare_GroupGetsItsShareOfThePot()
    {
        // Basic £10 per KS3 pupil; deprivation £10 per disadvantaged pupil with a 40% target.
        // P has 100 pupils, none disadvantaged; Q 100 pupils, all disadvantaged. Pot £1,000.
        // Basic raw 2 × £1,000 -> 60% of the pot: × 0.3; deprivation raw £1,000 -> 40%: × 0.4.
        var formula = FundingFormula
            .Builder("test.shares", "1.0")
            .PerPupil(PupilPhase.KeyStage3, 10_00, "basic")
            .PerEligiblePupil(PupilCharacteristic.Disadvantaged, 10_00, "deprivation")
            .TargetShare("deprivation", 0.40m)
            .ScaleToPot()
            .Build()
            .GetResultOrThrow();
        var allocation = formula.Allocate(
            100_000,
            Fixtures.School("P", 100),
            Fixtures.School("Q", 100, 100)
        );
        Assert.Equal(30_000, allocation["P"].Pence);
        Assert.Equal(70_000, allocation["Q"].Pence);
        Assert.Equal(40_000m, allocation["Q"].FromFactor("eligible.disadvantaged"));
        Assert.Equal(1m, allocation.ScalingFactor);
    }

    [Fact]
    public void TargetShare_EveryGroupTargeted_SumsToOne()
    {
        var formula = FundingFormula
            .Builder("test.shares", "1.0")
            .PerPupil(PupilPhase.KeyStage3, 1, "basic")
            .PerEligiblePupil(PupilCharacteristic.Disadvantaged, 1, "deprivation")
            .TargetShare("basic", 0.25m)
            .TargetShare("deprivation", 0.75m)
            .Build()
            .GetResultOrThrow();
        var allocation = formula.Allocate(
            100_000,
            Fixtures.School("P", 100),
            Fixtures.School("Q", 100, 100)
        );
        Assert.Equal(12_500, allocation["P"].Pence);
        Assert.Equal(87_500, allocation["Q"].Pence);
    }

    [Fact]
    public void AreaCostAdjustment_MultipliesOnlyChosenFactors()
    {
        var formula = Base()
            .WithAreaCostAdjustment("pupils.key-stage-3")
            .Build()
            .GetResultOrThrow();
        var allocation = formula.Allocate(Pot, X() with { AreaCostAdjustment = 1.2m });
        Assert.Equal(100_000 + 12_000, allocation["X"].Pence);
        Assert.True(formula.Factors[0].AreaCostAdjusted);
        Assert.False(formula.Factors[1].AreaCostAdjusted);
    }

    [Fact]
    public void StagedRounding_HalfAwayFromZeroPerFactor()
    {
        // Two factors of 1,003p × ACA 1.5 = 1,504.5p each. Rounded per factor (away from zero): 1,505 + 1,505 = 3,010.
        // Unrounded: 3,009 exactly.
        var school = new FundedInstitution("S", "School S")
        {
            Pupils = new Dictionary<PupilPhase, int>
            {
                [PupilPhase.KeyStage3] = 1,
                [PupilPhase.KeyStage4] = 1,
            },
            AreaCostAdjustment = 1.5m,
        };
        FundingFormulaBuilder Two() =>
            FundingFormula
                .Builder("t", "1")
                .PerPupil(PupilPhase.KeyStage3, 1003)
                .PerPupil(PupilPhase.KeyStage4, 1003)
                .WithAreaCostAdjustment();
        Assert.Equal(
            3_010,
            Two().RoundFactorsToPence().Build().GetResultOrThrow().Allocate(Pot, school)["S"].Pence
        );
        Assert.Equal(3_009, Two().Build().GetResultOrThrow().Allocate(Pot, school)["S"].Pence);
        Assert.Equal(
            1_505m,
            Two()
                .RoundFactorsToPence()
                .Build()
                .GetResultOrThrow()
                .Allocate(Pot, school)["S"]
                .FromFactor("pupils.key-stage-3")
        );
    }

    [Theory]
    [InlineData(3.5, 25, 750_000)] // beyond the distance threshold: 1 × (1 − 25/100)
    [InlineData(3.0, 25, 750_000)] // at the threshold
    [InlineData(2.5, 25, 375_000)] // halfway along the 1-mile taper: 0.5 × 0.75
    [InlineData(2.0, 25, 0)] // at the start of the taper
    [InlineData(1.9, 25, 0)] // too close
    [InlineData(3.5, 100, 0)] // year groups too large
    [InlineData(3.5, 0, 1_000_000)] // tiny school far away: the maximum
    public void Taper_DistanceAndYearGroupSize(double distance, double size, long expected)
    {
        var formula = FundingFormula
            .Builder("t", "1")
            .Taper("sparsity", "Sparsity", 1_000_000, 3m, 100m, 1m)
            .Build()
            .GetResultOrThrow();
        var school = new FundedInstitution("S", "School S")
        {
            SparsityDistanceMiles = (decimal)distance,
            AverageYearGroupSize = (decimal)size,
        };
        Assert.Equal(expected, formula.Allocate(Pot, school)["S"].Pence);
    }

    [Fact]
    public void Taper_UnknownDistanceOrSize_Nothing()
    {
        var factor = FundingFormula
            .Builder("t", "1")
            .Taper("sparsity", "Sparsity", 1_000_000, 3m, 100m)
            .Build()
            .GetResultOrThrow()
            .Factors[0];
        Assert.Equal(
            0m,
            factor.AmountFor(new FundedInstitution("S", "S") { AverageYearGroupSize = 10m })
        );
        Assert.Equal(
            0m,
            factor.AmountFor(new FundedInstitution("S", "S") { SparsityDistanceMiles = 10m })
        );
        Assert.Equal(
            1_000_000m,
            factor.AmountFor(
                new FundedInstitution("S", "S")
                {
                    SparsityDistanceMiles = 10m,
                    AverageYearGroupSize = 0m,
                }
            )
        );
        Assert.Equal(
            0m,
            factor.AmountFor(
                new FundedInstitution("S", "S")
                {
                    SparsityDistanceMiles = 2.99m,
                    AverageYearGroupSize = 0m,
                }
            )
        );
    }
}
