using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Careers.Funding.Tests;

/// <summary>Boundaries and the less travelled branches: ties, equal limits, empty groups, zero pots.</summary>
public class EdgeTests
{
    private static FundingFormulaBuilder PerPupil() =>
        FundingFormula.Builder("t", "1").PerPupil(PupilPhase.KeyStage3, 10_00);

    [Fact]
    public void Allocation_TieOnEverything_PennyGoesToTheSmallerIdInOrdinalOrder()
    {
        // Two identical schools and 3p: quotas 1.5 and 1.5; the spare penny goes to "A" although "B" comes first.
        var allocation = PerPupil()
            .ScaleToPot()
            .Build()
            .GetResultOrThrow()
            .Allocate(3, Fixtures.School("B", 10), Fixtures.School("A", 10));
        Assert.Equal([1L, 2], allocation.Institutions.Select(i => i.Pence));
    }

    [Fact]
    public void ZeroPot_AllocatesNothing()
    {
        var allocation = Fixtures
            .Simple()
            .ScaleToPot()
            .Build()
            .GetResultOrThrow()
            .Allocate(0, Fixtures.FiveSchools());
        Assert.All(allocation.Institutions, i => Assert.Equal(0, i.Pence));
        Assert.Equal(0m, allocation.ScalingFactor);
    }

    [Fact]
    public void CapEqualToFloor_IsNoConflict_AndHoldsEveryoneThere()
    {
        var formula = Fixtures
            .Simple()
            .Floor(2_000_00)
            .CapPerInstitution(2_000_00)
            .ScaleToPot()
            .Build()
            .GetResultOrThrow();
        var allocation = formula.Allocate(
            400_000,
            Fixtures.School("A", 10),
            Fixtures.School("B", 500)
        );
        Assert.Equal([200_000L, 200_000], allocation.Institutions.Select(i => i.Pence));

        var perPupil = Fixtures
            .Simple()
            .MinimumPerPupil(10_00)
            .CapPerPupil(10_00)
            .MinimumFundingGuarantee(0.01m)
            .CapGains(0.01m)
            .Build()
            .GetResultOrThrow();
    }

    [Fact]
    public void EqualLimits_TheFirstNamedProtectionOrCapIsReported()
    {
        // X (10 pupils, £1,100): floor £1,600 and 10 × £160 both give £1,600: the minimum per pupil, checked first, is reported.
        var x = Fixtures.School("X", 10);
        var raised = FundingFormula
            .Builder("t", "1")
            .PerPupil(PupilPhase.KeyStage3, 10_00)
            .LumpSum(1_000_00)
            .Floor(1_600_00)
            .MinimumPerPupil(160_00)
            .Build()
            .GetResultOrThrow()
            .Allocate(10_000_000, x);
        Assert.Equal(ProtectionKind.MinimumPerPupil, raised["X"].Protection!.Kind);

        // Y (200 pupils, £3,000): 200 × £14 and £2,800 both cap it: the cap per pupil, checked first, is reported.
        var y = Fixtures.School("Y", 200);
        var lowered = FundingFormula
            .Builder("t", "1")
            .PerPupil(PupilPhase.KeyStage3, 10_00)
            .LumpSum(1_000_00)
            .CapPerPupil(14_00)
            .CapPerInstitution(2_800_00)
            .Build()
            .GetResultOrThrow()
            .Allocate(10_000_000, y);
        Assert.Equal(ProtectionKind.CapPerPupil, lowered["Y"].Protection!.Kind);
    }

    [Fact]
    public void ScaleToPot_PastTheLastCap_TheRestScaled()
    {
        // X £1,100; Y £3,000 with a baseline of £2,000 and gains capped at +10% (£2,200); pot £5,000.
        // Y passes its cap at s = 2,200/3,000; X alone takes the other £2,800 (s = 2,800/1,100).
        var formula = FundingFormula
            .Builder("t", "1")
            .PerPupil(PupilPhase.KeyStage3, 10_00)
            .LumpSum(1_000_00)
            .CapGains(0.10m)
            .ScaleToPot()
            .Build()
            .GetResultOrThrow();
        var allocation = formula.Allocate(
            500_000,
            Fixtures.School("X", 10),
            Fixtures.School("Y", 200) with
            {
                BaselinePence = 200_000,
            }
        );
        Assert.Equal(280_000, allocation["X"].Pence);
        Assert.Equal(220_000, allocation["Y"].Pence);
        Assert.Equal(280_000m / 110_000m, allocation.ScalingFactor);
    }

    [Fact]
    public void ScaleToPot_InstitutionTheFormulaGivesNothing_HeldAtItsFloor()
    {
        // W has no KS3 pupils: the formula gives it nothing, the floor £500. A and B share the other £9,500.
        var formula = PerPupil().Floor(500_00).ScaleToPot().Build().GetResultOrThrow();
        var w = new FundedInstitution("W", "School W");
        var allocation = formula.Allocate(
            1_000_000,
            Fixtures.School("A", 100),
            w,
            Fixtures.School("B", 300)
        );
        Assert.Equal([237_500L, 50_000, 712_500], allocation.Institutions.Select(i => i.Pence));
        Assert.Equal(ProtectionKind.Floor, allocation["W"].Protection!.Kind);

        // The caps allow at most the two caps plus W's floor.
        var capped = PerPupil()
            .Floor(500_00)
            .CapPerInstitution(3_000_00)
            .ScaleToPot()
            .Build()
            .GetResultOrThrow();
        var institutions = new[] { Fixtures.School("A", 100), w, Fixtures.School("B", 300) };
        Assert.True(capped.Allocate(institutions, 650_000, Fixtures.AsAt).Success);
        var error = Assert.Single(capped.Allocate(institutions, 650_001, Fixtures.AsAt).Problems);
        Assert.Equal("funding.pot.above-caps", error.Code);
        Assert.Equal("/potPence", error.Path);
        Assert.Contains("£6,500.00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_PathsOfThePotAndTheInstitutions()
    {
        Assert.Equal(
            "/potPence",
            Assert
                .Single(
                    Fixtures
                        .Simple()
                        .Build()
                        .GetResultOrThrow()
                        .Allocate([Fixtures.School("A", 10)], 100, Fixtures.AsAt)
                        .Problems
                )
                .Path
        );
        Assert.Equal(
            "/institutions",
            Assert
                .Single(
                    Fixtures
                        .Simple()
                        .Build()
                        .GetResultOrThrow()
                        .Allocate([], 100, Fixtures.AsAt)
                        .Problems
                )
                .Path
        );
        Assert.Equal(
            "/factors",
            Assert.Single(FundingFormula.Builder("t", "1").Build().Problems).Path
        );
    }

    [Fact]
    public void TargetShare_GroupOfSeveralFactors_ScaledTogether()
    {
        // Deprivation = disadvantaged (£10) + IDACI A (£30): raw 1,000 + 3,000 = 4,000p of Q's; 50% of £100 -> × 1.25.
        var formula = FundingFormula
            .Builder("t", "1")
            .PerPupil(PupilPhase.KeyStage3, 1_00)
            .PerEligiblePupil(PupilCharacteristic.Disadvantaged, 10, "deprivation")
            .BandedByIdaci([30, 0, 0, 0, 0, 0], "deprivation")
            .TargetShare("deprivation", 0.5m)
            .Build()
            .GetResultOrThrow();
        var q = Fixtures.School("Q", 100, 100) with
        {
            IdaciPupils = new Dictionary<IdaciBand, int> { [IdaciBand.A] = 100 },
        };
        var allocation = formula.Allocate(10_000, Fixtures.School("P", 100), q);
        Assert.Equal(1_250m, allocation["Q"].FromFactor("eligible.disadvantaged"));
        Assert.Equal(3_750m, allocation["Q"].FromFactor("idaci"));
        Assert.Equal([2_500L, 7_500], allocation.Institutions.Select(i => i.Pence));
    }

    [Fact]
    public void TargetShare_OtherFactorsGiveNothing_GroupScaledToThePot()
    {
        var formula = FundingFormula
            .Builder("t", "1")
            .PerPupil(PupilPhase.Primary, 1_00)
            .PerEligiblePupil(PupilCharacteristic.Disadvantaged, 10, "deprivation")
            .TargetShare("deprivation", 0.5m)
            .ScaleToPot()
            .Build()
            .GetResultOrThrow();
        var allocation = formula.Allocate(
            10_000,
            Fixtures.School("P", 100, 10),
            Fixtures.School("Q", 100, 30)
        );
        Assert.Equal([2_500L, 7_500], allocation.Institutions.Select(i => i.Pence));
        Assert.Equal(0m, allocation["P"].FromFactor("pupils.primary"));
    }

    [Fact]
    public void AreaCostAdjustment_ByGroup_AndEveryFactor()
    {
        var byGroup = FundingFormula
            .Builder("t", "1")
            .PerPupil(PupilPhase.KeyStage3, 1, "basic")
            .LumpSum(1)
            .WithAreaCostAdjustment("basic")
            .Build()
            .GetResultOrThrow();
        Assert.Equal([true, false], byGroup.Factors.Select(f => f.AreaCostAdjusted));
        var all = FundingFormula
            .Builder("t", "1")
            .PerPupil(PupilPhase.KeyStage3, 1, "basic")
            .LumpSum(1)
            .WithAreaCostAdjustment()
            .Build()
            .GetResultOrThrow();
        Assert.Equal([true, true], all.Factors.Select(f => f.AreaCostAdjusted));
        Assert.Throws<ArgumentNullException>(() =>
            FundingFormula.Builder("t", "1").WithAreaCostAdjustment(null!)
        );
    }

    [Fact]
    public void Taper_LongTaper_LinearAcrossIt()
    {
        // Threshold 3 miles, taper 2 miles: at 2 miles, halfway along the taper (from 1 to 3): 0.5.
        var factor = FundingFormula
            .Builder("t", "1")
            .Taper("s", "S", 1_000_000, 3m, 100m, 2m)
            .Build()
            .GetResultOrThrow()
            .Factors[0];
        Assert.Equal(
            0.5m,
            factor.TaperFraction(
                new FundedInstitution("S", "S")
                {
                    SparsityDistanceMiles = 2m,
                    AverageYearGroupSize = 0m,
                }
            )
        );
        Assert.Equal(
            0m,
            factor.TaperFraction(
                new FundedInstitution("S", "S")
                {
                    SparsityDistanceMiles = 0m,
                    AverageYearGroupSize = 0m,
                }
            )
        );
        Assert.NotNull(
            FundingFormula
                .Builder("t", "1")
                .Taper("s", "S", 1, 0m, 1m, 0m)
                .Build()
                .GetResultOrThrow()
        );
        Assert.NotNull(
            FundingFormula
                .Builder("t", "1")
                .Taper("s", "S", 1, 2m, 1m, 2m)
                .Build()
                .GetResultOrThrow()
        );
    }

    [Fact]
    public void ZeroDistanceSizeAndBaseline_AreValid()
    {
        var school = Fixtures.School("S", 10) with
        {
            SparsityDistanceMiles = 0m,
            AverageYearGroupSize = 0m,
            BaselinePence = 0,
            DeprivationDecile = 1,
        };
        Assert.True(
            Fixtures
                .Simple()
                .Build()
                .GetResultOrThrow()
                .Allocate(
                    [school, Fixtures.School("T", 1) with { DeprivationDecile = 10 }],
                    10_000_000,
                    Fixtures.AsAt
                )
                .Success
        );
    }

    [Fact]
    public void DataProblems_NameTheFactorOfEachKind()
    {
        var formula = FundingFormula
            .Builder("t", "1")
            .BandedByIdaci([1, 1, 1, 1, 1, 1])
            .BandedByDeprivationDecile([1, 1, 1, 1, 1, 1, 1, 1, 1, 1])
            .PerGap(NeedGap.BenchmarksNotAchieved, 1)
            .PerGap(NeedGap.LearnersBelowEntitlement, 1)
            .Taper("sparsity", "Sparsity", 1, 1m, 1m)
            .Build()
            .GetResultOrThrow();
        var bad = Fixtures.School("B", 10) with
        {
            IdaciPupils = new Dictionary<IdaciBand, int> { [IdaciBand.A] = -1 },
            DeprivationDecile = 0,
            BenchmarksNotAchieved = -1,
            LearnersBelowEntitlement = -1,
            SparsityDistanceMiles = -0.1m,
            AverageYearGroupSize = -0.1m,
        };
        var messages = formula
            .Allocate([bad], 1_000, Fixtures.AsAt)
            .Problems.Select(p => p.Message)
            .ToArray();
        Assert.Equal(6, messages.Length);
        Assert.EndsWith("(used by factor idaci).", messages[0], StringComparison.Ordinal);
        Assert.EndsWith(
            "(used by factor gap.benchmarks-not-achieved).",
            messages[1],
            StringComparison.Ordinal
        );
        Assert.EndsWith(
            "(used by factor gap.learners-below-entitlement).",
            messages[2],
            StringComparison.Ordinal
        );
        Assert.EndsWith(
            "(used by factor deprivation-decile).",
            messages[3],
            StringComparison.Ordinal
        );
        Assert.EndsWith("(used by factor sparsity).", messages[4], StringComparison.Ordinal);
        Assert.EndsWith("(used by factor sparsity).", messages[5], StringComparison.Ordinal);
    }

    [Fact]
    public void FormulaProblems_PathsAndMessages()
    {
        var nothingLeft = FundingFormula
            .Builder("t", "1")
            .PerPupil(PupilPhase.KeyStage3, 1)
            .LumpSum(1, "x")
            .TargetShare("x", 1m)
            .Build();
        var error = Assert.Single(nothingLeft.Problems);
        Assert.Equal("/targetShares", error.Path);
        Assert.Equal(
            "Formula t: the target shares sum to 100%, leaving nothing for pupils.key-stage-3; they must sum to less than 100%.",
            error.Message
        );
        var overlap = FundingFormula
            .Builder("t", "1")
            .PerPupil(PupilPhase.KeyStage3, 1, "basic")
            .LumpSum(1)
            .TargetShare("basic", 0.2m)
            .TargetShare("pupils.key-stage-3", 0.2m)
            .Build();
        Assert.Equal(
            "Formula t: factor pupils.key-stage-3 is in more than one target share (basic, pupils.key-stage-3).",
            overlap.Problems[0].Message
        );
        Assert.Contains(
            "+0%",
            FundingFormula
                .Builder("t", "1")
                .LumpSum(1)
                .MinimumFundingGuarantee(0m)
                .Build()
                .GetResultOrThrow()
                .Describe(),
            StringComparison.Ordinal
        );
        Assert.DoesNotContain(
            "Target shares",
            FundingFormula.Builder("t", "1").LumpSum(1).Build().GetResultOrThrow().Describe(),
            StringComparison.Ordinal
        );
        Assert.DoesNotContain(
            "targeted group",
            FundingFormula.Builder("t", "1").LumpSum(1).Build().GetResultOrThrow().Describe(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Describe_PhasesAndTypesInOrder()
    {
        var text = FundingFormula
            .Builder("t", "1")
            .ByInstitutionType(
                new Dictionary<InstitutionType, long>
                {
                    [InstitutionType.Special] = 2,
                    [InstitutionType.Primary] = 1,
                }
            )
            .MinimumPerPupil(PupilPhase.KeyStage4, 2)
            .MinimumPerPupil(PupilPhase.Primary, 1)
            .Build()
            .GetResultOrThrow()
            .Describe();
        Assert.Contains(
            "By institution type: by type Primary £0.01, Special £0.02",
            text,
            StringComparison.Ordinal
        );
        Assert.True(
            text.IndexOf("per Primary pupil", StringComparison.Ordinal)
                < text.IndexOf("per KeyStage4 pupil", StringComparison.Ordinal)
        );
    }

    [Theory]
    [InlineData(PupilPhase.Primary, "Primary pupils")]
    [InlineData(PupilPhase.KeyStage3, "Key stage 3 pupils")]
    [InlineData(PupilPhase.KeyStage4, "Key stage 4 pupils")]
    [InlineData(PupilPhase.Post16, "Post-16 pupils")]
    public void Labels_Phases(PupilPhase phase, string label) =>
        Assert.Equal(
            label,
            FundingFormula
                .Builder("t", "1")
                .PerPupil(phase, 1)
                .Build()
                .GetResultOrThrow()
                .Factors[0]
                .Label
        );

    [Theory]
    [InlineData(PupilCharacteristic.Disadvantaged, "Disadvantaged")]
    [InlineData(PupilCharacteristic.FreeSchoolMeals, "Free school meals")]
    [InlineData(
        PupilCharacteristic.FreeSchoolMealsEver6,
        "Free school meals in the last six years (FSM6)"
    )]
    [InlineData(PupilCharacteristic.SenSupport, "SEN support")]
    [InlineData(PupilCharacteristic.EhcPlan, "EHC plan")]
    [InlineData(
        PupilCharacteristic.EnglishAsAdditionalLanguage,
        "English as an additional language"
    )]
    [InlineData(PupilCharacteristic.AtRiskOfNeet, "At risk of NEET")]
    [InlineData(PupilCharacteristic.AlternativeProvision, "Alternative provision")]
    [InlineData(PupilCharacteristic.LowPriorAttainment, "Low prior attainment")]
    [InlineData(PupilCharacteristic.Mobility, "Mobility")]
    [InlineData(PupilCharacteristic.LookedAfter, "Looked after")]
    [InlineData(PupilCharacteristic.ServiceChild, "Service child")]
    public void Labels_Characteristics(PupilCharacteristic characteristic, string label) =>
        Assert.Equal(
            label,
            FundingFormula
                .Builder("t", "1")
                .PerEligiblePupil(characteristic, 1)
                .Build()
                .GetResultOrThrow()
                .Factors[0]
                .Label
        );

    [Fact]
    public void Labels_OtherKinds()
    {
        var formula = FundingFormula
            .Builder("t", "1")
            .BandedByDeprivationDecile([1, 1, 1, 1, 1, 1, 1, 1, 1, 1])
            .ByInstitutionType(new Dictionary<InstitutionType, long>())
            .PerGap(NeedGap.BenchmarksNotAchieved, 1)
            .Build()
            .GetResultOrThrow();
        Assert.Equal(
            ["Deprivation decile", "By institution type", "Benchmarks not achieved"],
            formula.Factors.Select(f => f.Label)
        );
    }

    [Fact]
    public void Institution_TotalsAndGaps()
    {
        var school = new FundedInstitution("S", "S")
        {
            Pupils = new Dictionary<PupilPhase, int>
            {
                [PupilPhase.KeyStage3] = 30,
                [PupilPhase.KeyStage4] = 20,
            },
            BenchmarksNotAchieved = 3,
            LearnersBelowEntitlement = 7,
        };
        Assert.Equal(50, school.TotalPupils);
        Assert.Equal(3, school.GapCount(NeedGap.BenchmarksNotAchieved));
        Assert.Equal(7, school.GapCount(NeedGap.LearnersBelowEntitlement));
    }

    [Fact]
    public void Institution_EqualityChecksEveryValue()
    {
        var a = Fixtures.School("A", 10, 2);
        Assert.False(a.Equals(null));
        Assert.True(a.Equals(Fixtures.School("A", 10, 2)));
        FundedInstitution[] different =
        [
            Fixtures.School("Z", 10, 2),
            new FundedInstitution("A", "Other", InstitutionType.Secondary)
            {
                Pupils = a.Pupils,
                EligiblePupils = a.EligiblePupils,
            },
            new FundedInstitution("A", a.Name, InstitutionType.Primary)
            {
                Pupils = a.Pupils,
                EligiblePupils = a.EligiblePupils,
            },
            a with
            {
                IdaciPupils = new Dictionary<IdaciBand, int> { [IdaciBand.A] = 1 },
            },
            a with
            {
                EligiblePupils = new Dictionary<PupilCharacteristic, int>
                {
                    [PupilCharacteristic.Disadvantaged] = 2,
                    [PupilCharacteristic.EhcPlan] = 0,
                },
            },
            a with
            {
                DeprivationDecile = 1,
            },
            a with
            {
                BenchmarksNotAchieved = 1,
            },
            a with
            {
                LearnersBelowEntitlement = 1,
            },
            a with
            {
                SparsityDistanceMiles = 1m,
            },
            a with
            {
                AverageYearGroupSize = 1m,
            },
            a with
            {
                AreaCostAdjustment = 1.1m,
            },
            a with
            {
                BaselinePence = 1,
            },
            a with
            {
                BaselinePupils = 1,
            },
        ];
        Assert.All(different, d => Assert.False(a.Equals(d)));
    }

    [Fact]
    public void Equity_RanksByShareNotCount_AndLeavesOutEmptyInstitutions()
    {
        // P: 5 of 10 disadvantaged (50%), R: 6 of 20 (30%): P is the more deprived although R has more such pupils.
        // Lump sum £100: P £10 per pupil, R £5; W has no pupils and is left out.
        var formula = FundingFormula.Builder("t", "1").LumpSum(100_00).Build().GetResultOrThrow();
        var allocation = formula.Allocate(
            1_000_000,
            Fixtures.School("R", 20, 6),
            new FundedInstitution("W", "W"),
            Fixtures.School("P", 10, 5)
        );
        var equity = EquityMeasures.Of(allocation);
        // P first (r = 5/30), R second (r = 20/30); μ = 20,000/30; cov = [10(1000 − μ)(1/6) + 20(500 − μ)(2/3)]/30.
        var mu = 20_000.0 / 30;
        var cov = ((10 * (1000 - mu) / 6) + (20 * (500 - mu) * 2 / 3)) / 30;
        Assert.Equal(2 * cov / mu, equity.ConcentrationIndex, 12);
        Assert.True(equity.ConcentrationIndex < 0);
        // The most deprived fifth is 6 of P's 10 pupils: 0.6 × £100 of £200.
        Assert.Equal(0.3, equity.MostDeprivedQuintileShare, 12);
    }

    [Fact]
    public void Equity_QuintileAcrossTwoInstitutions_AndEveryoneDisadvantaged()
    {
        // Four schools of 5, 5, 10, 30 pupils, all disadvantaged, most deprived first by decile; the fifth (10 pupils)
        // is the first two schools. Funding £50 each: 2 × £50 of £200 = 0.5. Nobody is "other".
        var formula = FundingFormula.Builder("t", "1").LumpSum(50_00).Build().GetResultOrThrow();
        FundedInstitution Make(string id, int pupils, int decile) =>
            Fixtures.School(id, pupils, pupils) with
            {
                DeprivationDecile = decile,
            };
        var allocation = formula.Allocate(
            10_000_000,
            Make("C", 10, 3),
            Make("A", 5, 1),
            Make("D", 30, 4),
            Make("B", 5, 2)
        );
        var equity = EquityMeasures.Of(allocation, i => -i.DeprivationDecile!.Value);
        Assert.Equal(0.5, equity.MostDeprivedQuintileShare, 12);
        Assert.Null(equity.OthersPerPupilPence);
        Assert.Null(equity.DisadvantagedRatio);
        Assert.Equal(20_000.0 / 50, equity.DisadvantagedPerPupilPence!.Value, 9); // £200 over 50 pupils
    }

    [Fact]
    public void Equity_Weights_ZeroAllowedNegativeOrNaNNot()
    {
        Assert.Equal(0.0, EquityMeasures.WeightedGini([1.0, 5.0], [0.0, 1.0]), 12);
        Assert.Throws<ArgumentException>(() =>
            EquityMeasures.WeightedGini([1.0, 5.0], [-1.0, 2.0])
        );
        Assert.Throws<ArgumentException>(() =>
            EquityMeasures.WeightedGini([1.0, 5.0], [double.NaN, 2.0])
        );
        Assert.Throws<ArgumentNullException>(() => EquityMeasures.WeightedGini(null!, [1.0]));
        Assert.Throws<ArgumentNullException>(() => EquityMeasures.WeightedGini([1.0], null!));
        Assert.Throws<ArgumentNullException>(() =>
            EquityMeasures.ConcentrationIndexOf([1.0], [1.0], null!)
        );
        var allocation = FundingFormula
            .Builder("t", "1")
            .LumpSum(1)
            .Build()
            .GetResultOrThrow()
            .Allocate(10, Fixtures.School("A", 1));
        Assert.Throws<ArgumentNullException>(() => EquityMeasures.Of(allocation, null!));
    }

    [Fact]
    public void Scenario_ExactChanges_UnchangedAndTies()
    {
        // Before: £1.00 each. After: £0.50 per disadvantaged pupil and £0.50 each, scaled to £3.00:
        // A and B gain the same 20p (ties listed by id), C loses 40p.
        var schools = new[]
        {
            Fixtures.School("B", 10, 1),
            Fixtures.School("A", 10, 1),
            Fixtures.School("C", 10, 0),
        };
        var before = FundingFormula
            .Builder("b", "1")
            .LumpSum(1)
            .ScaleToPot()
            .Build()
            .GetResultOrThrow()
            .Allocate(300, schools);
        var after = FundingFormula
            .Builder("a", "1")
            .PerEligiblePupil(PupilCharacteristic.Disadvantaged, 50)
            .LumpSum(50)
            .ScaleToPot()
            .Build()
            .GetResultOrThrow()
            .Allocate(300, schools);
        // After: formula B 100, A 100, C 50 of 250 -> 120, 120, 60.
        var scenario = FundingScenario.Compare(before, after);
        Assert.Equal([20L, 20, -40], scenario.Changes.Select(c => c.ChangePence));
        Assert.Equal(["A", "B"], scenario.Winners.Select(c => c.Id));
        Assert.Equal(["C"], scenario.Losers.Select(c => c.Id));
        Assert.Equal(
            scenario.EquityAfter.ConcentrationIndex - scenario.EquityBefore.ConcentrationIndex,
            scenario.ConcentrationIndexChange
        );
        Assert.Equal(
            scenario.EquityAfter.MostDeprivedQuintileShare
                - scenario.EquityBefore.MostDeprivedQuintileShare,
            scenario.MostDeprivedQuintileShareChange
        );
        Assert.Equal(
            scenario.EquityAfter.DisadvantagedRatio - scenario.EquityBefore.DisadvantagedRatio,
            scenario.DisadvantagedRatioChange
        );
        Assert.Contains(
            "School A (A): £1.00 → £1.20 (+£0.20)",
            scenario.Explain(),
            StringComparison.Ordinal
        );
        Assert.Contains("Gini ", scenario.Explain(), StringComparison.Ordinal);

        var same = FundingScenario.Compare(before, before);
        Assert.Empty(same.Winners);
        Assert.Empty(same.Losers);
        Assert.Contains("0 gain, 0 lose, 3 unchanged", same.Explain(), StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => FundingScenario.Compare(null!, before));
        Assert.Throws<ArgumentNullException>(() => FundingScenario.Compare(before, null!));
    }

    [Fact]
    public void Allocation_FactorsAreStable_AndLookupRepeats()
    {
        var allocation = Fixtures
            .Simple()
            .ScaleToPot()
            .Build()
            .GetResultOrThrow()
            .Allocate(1_000_000, Fixtures.FiveSchools());
        Assert.Same(allocation["A"].Factors, allocation["A"].Factors);
        Assert.Same(allocation["A"], allocation["A"]);
        Assert.Equal(3, allocation["A"].Factors.Count);
        Assert.Equal(
            new FactorAmount("lump-sum", "Lump sum", 100_000m),
            allocation["A"].Factors[2]
        );
    }

    [Fact]
    public void AddCareersFunding_AlsoRegistersTheAbstractions()
    {
        var services = new ServiceCollection().AddCareersFunding();
        Assert.Contains(services, d => d.ServiceType == typeof(IClock));
    }

    [Fact]
    public void Builder_NullArguments_Throw()
    {
        var b = FundingFormula.Builder("t", "1");
        Assert.Throws<ArgumentNullException>(() => b.TargetShare(null!, 0.5m));
        Assert.Throws<ArgumentNullException>(() => b.BandedByIdaci(null!));
        Assert.Throws<ArgumentNullException>(() =>
            b.LumpSum(1).Build().GetResultOrThrow().Factors[0].TaperFraction(null!)
        );
    }

    [Fact]
    public void Hamilton_ZeroWeightAllowed_NegativeNot()
    {
        Assert.Equal([0L, 3], Apportionment.Hamilton([0m, 1m], 3));
        var error = Assert.Throws<ArgumentException>(() => Apportionment.Hamilton([2m, -1m], 3));
        Assert.Contains("negative", error.Message, StringComparison.Ordinal);
    }
}
