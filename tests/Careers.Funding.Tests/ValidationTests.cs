using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.Funding.Tests;

public class ValidationTests
{
    private static Evaluation<FundingAllocation> Run(
        FundingFormula formula,
        long pot,
        params FundedInstitution[] institutions
    ) => formula.Allocate(institutions, pot, Fixtures.AsAt);

    private static ValidationError Single(Evaluation<FundingAllocation> evaluation)
    {
        Assert.False(evaluation.Success);
        Assert.Null(evaluation.Result);
        return Assert.Single(evaluation.Problems);
    }

    [Fact]
    public void NegativeCount_NamesInstitutionAndFactor()
    {
        var bad = Fixtures.School("B", -5);
        var error = Single(
            Run(
                Fixtures.Simple().Build().GetResultOrThrow(),
                1_000_000,
                Fixtures.School("A", 10),
                bad
            )
        );
        Assert.Equal("funding.institution.negative-count", error.Code);
        Assert.Equal("/institutions/1/pupils/KeyStage3", error.Path);
        Assert.Contains("Institution B (School B)", error.Message, StringComparison.Ordinal);
        Assert.Contains("factor pupils.key-stage-3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeCount_NamesTheProtectionsThatUseIt()
    {
        var bad = Fixtures.School("B", -5);
        var plain = Single(Run(Fixtures.Simple().Build().GetResultOrThrow(), 1_000_000, bad));
        Assert.EndsWith(
            "(used by factor pupils.key-stage-3).",
            plain.Message,
            StringComparison.Ordinal
        );
        var minimum = Single(
            Run(Fixtures.Simple().MinimumPerPupil(1).Build().GetResultOrThrow(), 1_000_000, bad)
        );
        Assert.EndsWith(
            "(used by factor pupils.key-stage-3, the per-pupil protections).",
            minimum.Message,
            StringComparison.Ordinal
        );
        var cap = Single(
            Run(Fixtures.Simple().CapPerPupil(1_000_00).Build().GetResultOrThrow(), 1_000_000, bad)
        );
        Assert.EndsWith(
            "(used by factor pupils.key-stage-3, the per-pupil protections).",
            cap.Message,
            StringComparison.Ordinal
        );
        var unused = Single(
            Run(
                FundingFormula.Builder("t", "1").LumpSum(1).Build().GetResultOrThrow(),
                1_000_000,
                bad
            )
        );
        Assert.EndsWith(
            "(no factor of this formula uses it).",
            unused.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void NegativeEligibleAndBandCounts_EachReported()
    {
        var bad = new FundedInstitution("B", "School B")
        {
            Pupils = new Dictionary<PupilPhase, int> { [PupilPhase.KeyStage3] = 10 },
            EligiblePupils = new Dictionary<PupilCharacteristic, int>
            {
                [PupilCharacteristic.Disadvantaged] = -1,
                [PupilCharacteristic.SenSupport] = 11,
            },
            IdaciPupils = new Dictionary<IdaciBand, int> { [IdaciBand.C] = -2 },
            LearnersBelowEntitlement = -3,
            BenchmarksNotAchieved = 9,
            DeprivationDecile = 11,
            SparsityDistanceMiles = -1m,
            AverageYearGroupSize = -1m,
            AreaCostAdjustment = 0m,
            BaselinePence = -1,
            BaselinePupils = 0,
        };
        var evaluation = Run(Fixtures.Simple().Build().GetResultOrThrow(), 1_000_000, bad);
        Assert.Equal(
            [
                "funding.institution.negative-count at /institutions/0/eligiblePupils/Disadvantaged",
                "funding.institution.eligible-exceeds-pupils at /institutions/0/eligiblePupils/SenSupport",
                "funding.institution.negative-count at /institutions/0/idaciPupils/C",
                "funding.institution.out-of-range at /institutions/0/benchmarksNotAchieved",
                "funding.institution.negative-count at /institutions/0/learnersBelowEntitlement",
                "funding.institution.out-of-range at /institutions/0/deprivationDecile",
                "funding.institution.out-of-range at /institutions/0/sparsityDistanceMiles",
                "funding.institution.out-of-range at /institutions/0/averageYearGroupSize",
                "funding.institution.out-of-range at /institutions/0/areaCostAdjustment",
                "funding.institution.out-of-range at /institutions/0/baselinePence",
                "funding.institution.out-of-range at /institutions/0/baselinePupils",
            ],
            evaluation.Problems.Select(p => p.Code + " at " + p.Path)
        );
        Assert.Contains(
            "factor eligible.disadvantaged",
            evaluation.Problems[0].Message,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "no factor of this formula uses it",
            evaluation.Problems[1].Message,
            StringComparison.Ordinal
        );
        Assert.All(
            evaluation.Problems,
            p =>
                Assert.StartsWith("Institution B (School B): ", p.Message, StringComparison.Ordinal)
        );
    }

    [Fact]
    public void IdaciBandsAboveRoll_Reported()
    {
        var bad = Fixtures.School("B", 10) with
        {
            IdaciPupils = new Dictionary<IdaciBand, int> { [IdaciBand.A] = 6, [IdaciBand.B] = 5 },
        };
        var error = Single(
            Run(
                FundingFormula
                    .Builder("t", "1")
                    .BandedByIdaci([1, 1, 1, 1, 1, 1])
                    .Build()
                    .GetResultOrThrow(),
                1_000,
                bad
            )
        );
        Assert.Equal("funding.institution.eligible-exceeds-pupils", error.Code);
        Assert.Equal("/institutions/0/idaciPupils", error.Path);
        Assert.Contains("factor idaci", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateInstitution_PointsAtTheSecond()
    {
        var error = Single(
            Run(
                Fixtures.Simple().Build().GetResultOrThrow(),
                1_000_000,
                Fixtures.School("A", 10),
                Fixtures.School("B", 10),
                Fixtures.School("A", 20)
            )
        );
        Assert.Equal("funding.institution.duplicate-id", error.Code);
        Assert.Equal("/institutions/2/id", error.Path);
        Assert.Contains("first at /institutions/0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PotBelowFloors_Reported()
    {
        var formula = Fixtures.Simple().Floor(2_000_00).ScaleToPot().Build().GetResultOrThrow();
        var error = Single(
            Run(formula, 399_999, Fixtures.School("A", 10), Fixtures.School("B", 10))
        );
        Assert.Equal("funding.pot.below-protections", error.Code);
        Assert.Equal("/potPence", error.Path);
        Assert.Contains("£3,999.99", error.Message, StringComparison.Ordinal);
        Assert.Contains("£4,000.00", error.Message, StringComparison.Ordinal);
        Assert.True(
            Run(formula, 400_000, Fixtures.School("A", 10), Fixtures.School("B", 10)).Success
        );
    }

    [Fact]
    public void PotAboveCaps_Reported()
    {
        var formula = Fixtures
            .Simple()
            .CapPerInstitution(2_000_00)
            .ScaleToPot()
            .Build()
            .GetResultOrThrow();
        var error = Single(
            Run(formula, 400_001, Fixtures.School("A", 10), Fixtures.School("B", 10))
        );
        Assert.Equal("funding.pot.above-caps", error.Code);
        Assert.True(
            Run(formula, 400_000, Fixtures.School("A", 10), Fixtures.School("B", 10)).Success
        );
    }

    [Fact]
    public void PotOverspent_WhenNotScaling()
    {
        var error = Single(
            Run(Fixtures.Simple().Build().GetResultOrThrow(), 100, Fixtures.School("A", 10))
        );
        Assert.Equal("funding.pot.overspent", error.Code);
    }

    [Fact]
    public void NegativePotAndNoInstitutions_Reported()
    {
        var evaluation = Run(Fixtures.Simple().ScaleToPot().Build().GetResultOrThrow(), -1);
        Assert.Equal(
            ["funding.pot.negative", "funding.institutions.empty"],
            evaluation.Problems.Select(p => p.Code)
        );
        var thrown = Assert.Throws<InvalidOperationException>(() => evaluation.GetResultOrThrow());
        Assert.Contains(
            "funding.pot.negative at /potPence",
            thrown.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void SharesNotSummingAsDeclared_Reported()
    {
        var everyFactor = FundingFormula
            .Builder("t", "1")
            .PerPupil(PupilPhase.KeyStage3, 1, "basic")
            .PerEligiblePupil(PupilCharacteristic.Disadvantaged, 1, "deprivation")
            .TargetShare("basic", 0.5m)
            .TargetShare("deprivation", 0.4m)
            .Build();
        var error = Assert.Single(everyFactor.Problems);
        Assert.Equal("funding.formula.shares-sum", error.Code);
        Assert.Equal("/targetShares", error.Path);
        Assert.Contains("90%", error.Message, StringComparison.Ordinal);
        Assert.False(everyFactor.Success);
        Assert.Null(everyFactor.Result);

        var nothingLeft = FundingFormula
            .Builder("t", "1")
            .PerPupil(PupilPhase.KeyStage3, 1)
            .PerEligiblePupil(PupilCharacteristic.Disadvantaged, 1, "deprivation")
            .TargetShare("deprivation", 1m)
            .Build();
        Assert.Equal("funding.formula.shares-sum", Assert.Single(nothingLeft.Problems).Code);
        Assert.Contains(
            "pupils.key-stage-3",
            nothingLeft.Problems[0].Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void ShareTargets_UnknownOverlappingOrUnreachable_Reported()
    {
        var unknown = FundingFormula
            .Builder("t", "1")
            .PerPupil(PupilPhase.KeyStage3, 1)
            .TargetShare("nope", 0.5m)
            .Build();
        Assert.Equal(
            "funding.formula.share-target-unknown at /targetShares/nope",
            Assert.Single(unknown.Problems).Code + " at " + unknown.Problems[0].Path
        );

        var overlap = FundingFormula
            .Builder("t", "1")
            .PerPupil(PupilPhase.KeyStage3, 1, "basic")
            .LumpSum(1)
            .TargetShare("basic", 0.2m)
            .TargetShare("pupils.key-stage-3", 0.2m)
            .Build();
        Assert.Equal(
            "funding.formula.share-overlap at /factors/pupils.key-stage-3",
            Assert.Single(overlap.Problems).Code + " at " + overlap.Problems[0].Path
        );

        var unreachable = FundingFormula
            .Builder("t", "1")
            .PerPupil(PupilPhase.KeyStage3, 1)
            .PerEligiblePupil(PupilCharacteristic.EhcPlan, 1, "send")
            .TargetShare("send", 0.5m)
            .Build()
            .GetResultOrThrow();
        var error = Single(Run(unreachable, 1_000, Fixtures.School("A", 10)));
        Assert.Equal("funding.formula.share-unreachable", error.Code);
        Assert.Equal("/formula/targetShares/send", error.Path);
        Assert.Contains("eligible.ehc-plan", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CapBelowFloor_InTheFormula_Reported()
    {
        var formula = Fixtures
            .Simple()
            .Floor(2_000_00)
            .CapPerInstitution(1_000_00)
            .MinimumPerPupil(PupilPhase.KeyStage3, 50_00)
            .CapPerPupil(40_00)
            .MinimumFundingGuarantee(0.02m)
            .CapGains(0.01m)
            .Build();
        Assert.Equal(
            ["/capPerPupilPence", "/capPerInstitutionPence", "/capOnGains"],
            formula.Problems.Select(p => p.Path)
        );
        Assert.All(formula.Problems, p => Assert.Equal("funding.formula.cap-below-floor", p.Code));
        Assert.Contains("£1,000.00", formula.Problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("£2,000.00", formula.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CapBelowProtection_ForOneInstitution_NamesIt()
    {
        // A guarantee of the baseline (£5,000) is above the £3,000 cap for this institution only.
        var formula = Fixtures
            .Simple()
            .MinimumFundingGuarantee(0m)
            .CapPerInstitution(3_000_00)
            .ScaleToPot()
            .Build()
            .GetResultOrThrow();
        var error = Single(
            Run(
                formula,
                1_000_000,
                Fixtures.School("A", 10),
                Fixtures.School("B", 10) with
                {
                    BaselinePence = 500_000,
                }
            )
        );
        Assert.Equal("funding.institution.protections-conflict", error.Code);
        Assert.Equal("/institutions/1", error.Path);
        Assert.Equal(
            "Institution B (School B): the cap per institution (£3,000.00) is below the minimum funding guarantee (£5,000.00).",
            error.Message
        );
    }

    [Fact]
    public void RefusedFormula_TheBuilderStillNamesItsFactors()
    {
        var builder = FundingFormula
            .Builder("t", "1")
            .PerPupil(PupilPhase.KeyStage3, 1)
            .LumpSum(1, "x")
            .TargetShare("x", 1m);
        Assert.Equal(["pupils.key-stage-3", "lump-sum"], builder.Factors.Select(f => f.Id));
        var refused = builder.Build();
        Assert.False(refused.Success);
        Assert.Equal("funding.formula.shares-sum", Assert.Single(refused.Problems).Code);
    }

    [Fact]
    public void NoFactors_Reported()
    {
        var formula = FundingFormula.Builder("t", "1").Build();
        Assert.Equal("funding.formula.no-factors", Assert.Single(formula.Problems).Code);
    }

    [Fact]
    public void ProgrammingErrors_Throw()
    {
        var b = FundingFormula.Builder("t", "1");
        Assert.Throws<ArgumentException>(() => FundingFormula.Builder(" ", "1"));
        Assert.Throws<ArgumentNullException>(() => FundingFormula.Builder("t", null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.PerPupil(PupilPhase.Primary, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.PerPupil((PupilPhase)99, 1));
        Assert.Throws<ArgumentException>(() =>
            b.PerPupil(PupilPhase.Primary, 1).PerPupil(PupilPhase.Primary, 2)
        );
        Assert.Throws<ArgumentException>(() => b.LumpSum(1, " "));
        Assert.Throws<ArgumentException>(() => b.BandedByIdaci([1, 2, 3]));
        Assert.Throws<ArgumentException>(() => b.BandedByDeprivationDecile([1, 2, 3, 4, 5, 6]));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            b.BandedByDeprivationDecile([1, 2, 3, 4, 5, 6, 7, 8, 9, -10])
        );
        Assert.Throws<ArgumentOutOfRangeException>(() => b.TargetShare("x", 0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.TargetShare("x", 1.01m));
        Assert.Throws<ArgumentException>(() => b.TargetShare("x", 0.1m).TargetShare("x", 0.2m));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.MinimumFundingGuarantee(-1m));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.CapGains(-1.5m));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.Floor(-1));
        Assert.Throws<ArgumentException>(() => b.WithAreaCostAdjustment("nope"));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.Taper("s", "S", 1, 1m, 0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.Taper("s", "S", 1, 1m, 10m, 2m));
        Assert.Throws<ArgumentOutOfRangeException>(() => b.Taper("s", "S", 1, -1m, 10m));
        Assert.Throws<ArgumentNullException>(() => b.ByInstitutionType(null!));
        Assert.Throws<ArgumentException>(() => new FundedInstitution("", "x"));
        Assert.Throws<ArgumentNullException>(() =>
            new FundedInstitution("a", "x") { Pupils = null! }
        );
        Assert.Throws<ArgumentNullException>(() =>
            Fixtures.Simple().Build().GetResultOrThrow().Allocate(null!, 1, Fixtures.AsAt)
        );
        Assert.Throws<ArgumentException>(() =>
            Fixtures.Simple().Build().GetResultOrThrow().Allocate([null!], 1, Fixtures.AsAt)
        );
    }
}
