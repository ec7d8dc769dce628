using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;

namespace Careers.Funding.Tests;

public class FormulaTests
{
    [Fact]
    public void Builder_FactorIdsAndLabels_ReadLikeThePolicy()
    {
        var formula = FundingFormula
            .Builder("t", "2")
            .Named("Test formula")
            .PerPupil(PupilPhase.Post16, 1)
            .PerEligiblePupil(PupilCharacteristic.FreeSchoolMealsEver6, 2)
            .PerEligiblePupil(PupilCharacteristic.EnglishAsAdditionalLanguage, 3)
            .PerGap(NeedGap.LearnersBelowEntitlement, 4)
            .ByInstitutionType(
                new Dictionary<InstitutionType, long>
                {
                    [InstitutionType.FurtherEducationCollege] = 5,
                }
            )
            .BandedByIdaci([1, 2, 3, 4, 5, 6])
            .BandedByDeprivationDecile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
            .Build()
            .GetResultOrThrow();
        Assert.Equal(
            [
                "pupils.post-16",
                "eligible.free-school-meals-ever-6",
                "eligible.english-as-additional-language",
                "gap.learners-below-entitlement",
                "institution-type",
                "idaci",
                "deprivation-decile",
            ],
            formula.Factors.Select(f => f.Id)
        );
        Assert.Equal("t@2", formula.ToString());
        Assert.Equal("Test formula", formula.Name);
        Assert.Equal(
            "t",
            FundingFormula.Builder("t", "1").LumpSum(1).Build().GetResultOrThrow().Name
        );
        Assert.Equal(FundingFactorKind.ByInstitutionType, formula.Factors[4].Kind);
    }

    [Fact]
    public void ByInstitutionType_PaysByType()
    {
        var formula = FundingFormula
            .Builder("t", "1")
            .ByInstitutionType(
                new Dictionary<InstitutionType, long>
                {
                    [InstitutionType.FurtherEducationCollege] = 5_000_00,
                    [InstitutionType.Secondary] = 1_000_00,
                }
            )
            .Build()
            .GetResultOrThrow();
        var college = new FundedInstitution(
            "C",
            "College",
            InstitutionType.FurtherEducationCollege
        );
        var school = new FundedInstitution("S", "School");
        var primary = new FundedInstitution("P", "Primary", InstitutionType.Primary);
        var allocation = formula.Allocate(10_000_000, college, school, primary);
        Assert.Equal([500_000L, 100_000, 0], allocation.Institutions.Select(i => i.Pence));
    }

    [Fact]
    public void Factors_AmountsForEveryKind()
    {
        var school = new FundedInstitution("S", "S")
        {
            Pupils = new Dictionary<PupilPhase, int> { [PupilPhase.Primary] = 100 },
            EligiblePupils = new Dictionary<PupilCharacteristic, int>
            {
                [PupilCharacteristic.FreeSchoolMeals] = 20,
            },
            IdaciPupils = new Dictionary<IdaciBand, int> { [IdaciBand.A] = 3, [IdaciBand.F] = 7 },
            DeprivationDecile = 2,
            BenchmarksNotAchieved = 3,
        };
        var formula = FundingFormula
            .Builder("t", "1")
            .PerPupil(PupilPhase.Primary, 100)
            .PerEligiblePupil(PupilCharacteristic.FreeSchoolMeals, 10)
            .BandedByIdaci([1000, 0, 0, 0, 0, 10])
            .BandedByDeprivationDecile([0, 7, 0, 0, 0, 0, 0, 0, 0, 0])
            .PerGap(NeedGap.BenchmarksNotAchieved, 50)
            .Build()
            .GetResultOrThrow();
        Assert.Equal(
            [10_000m, 200m, 3_070m, 700m, 150m],
            formula.Factors.Select(f => f.AmountFor(school))
        );
        Assert.Equal(0m, formula.Factors[3].AmountFor(school with { DeprivationDecile = null }));
        Assert.Equal(0m, formula.Factors[0].TaperFraction(school));
        Assert.Throws<ArgumentNullException>(() => formula.Factors[0].AmountFor(null!));
    }

    [Fact]
    public void Describe_ListsFactorsSharesAndStepsInOrder()
    {
        var text = FundingFormulas.DerbyCareersFundExample.Describe();
        Assert.Contains(
            "Derby careers fund (example, not policy) (derby.careers-fund.example, version 1.0)",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "  - Disadvantaged: £20.00 per eligible pupil [deprivation]",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains("  - deprivation: 40%", text, StringComparison.Ordinal);
        var floor = text.IndexOf("floor of £1,500.00", StringComparison.Ordinal);
        var guarantee = text.IndexOf("-5% (minimum funding guarantee)", StringComparison.Ordinal);
        var gains = text.IndexOf("cap gains at the baseline +25%", StringComparison.Ordinal);
        var scale = text.IndexOf("scale the formula amounts", StringComparison.Ordinal);
        Assert.True(0 < floor && floor < guarantee && guarantee < gains && gains < scale, text);
    }

    [Fact]
    public void Describe_EveryFactorKindAndProtection()
    {
        var formula = FundingFormula
            .Builder("t", "1")
            .PerPupil(PupilPhase.Primary, 1)
            .BandedByDeprivationDecile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
            .ByInstitutionType(
                new Dictionary<InstitutionType, long> { [InstitutionType.Special] = 100 }
            )
            .PerGap(NeedGap.BenchmarksNotAchieved, 1)
            .PerGap(NeedGap.LearnersBelowEntitlement, 1)
            .Taper("sparsity", "Sparsity", 57_400_00, 2m, 21.4m, 0.5m)
            .LumpSum(1)
            .WithAreaCostAdjustment("lump-sum")
            .MinimumPerPupil(PupilPhase.Primary, 4_610_00)
            .CapPerPupil(10_000_00)
            .CapPerInstitution(1_000_000_00)
            .Build()
            .GetResultOrThrow();
        var text = formula.Describe();
        Assert.Contains(
            "per pupil by deprivation decile 1–10 £0.01 / £0.02",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains("by type Special £1.00", text, StringComparison.Ordinal);
        Assert.Contains("£0.01 per benchmark not achieved", text, StringComparison.Ordinal);
        Assert.Contains("£0.01 per learner below the entitlement", text, StringComparison.Ordinal);
        Assert.Contains(
            "Sparsity: up to £57,400.00, for a distance of 2 miles or more (tapering over 0.5 miles) and an average year group below 21.4",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "Lump sum: £0.01 per institution (area cost adjusted)",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "raise to a minimum of £4,610.00 per Primary pupil",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains("cap at £10,000.00 per pupil", text, StringComparison.Ordinal);
        Assert.Contains("cap at £1,000,000.00 per institution", text, StringComparison.Ordinal);
        Assert.Contains("spend what the formula gives", text, StringComparison.Ordinal);
        Assert.Contains("multiplying the area-cost-adjusted ones", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Approved_DerbyExampleDescription() =>
        Approvals.Verify(
            "derby-careers-fund-example.txt",
            FundingFormulas.DerbyCareersFundExample.Describe()
        );

    [Fact]
    public void Presets_Build_AndHaveOnlyVerifiedValues()
    {
        // Each preset is built with GetResultOrThrow: reading it proves it has no problems.
        Assert.NotNull(FundingFormulas.DerbyCareersFundExample);

        var nff2425 = FundingFormulas.NationalFundingFormulaShape202425;
        Assert.Equal(490_00, Assert.Single(nff2425.Factors).RatePence);
        Assert.Equal(4_610_00, nff2425.MinimumPerPupilPence[PupilPhase.Primary]);
        Assert.Equal(5_995_00, nff2425.MinimumPerPupilPence[PupilPhase.KeyStage3]);
        Assert.Equal(5_995_00, nff2425.MinimumPerPupilPence[PupilPhase.KeyStage4]);
        Assert.Equal(0.005m, nff2425.MinimumFundingGuarantee);
        Assert.False(nff2425.ScalesToPot);

        var nff2526 = FundingFormulas.NationalFundingFormulaShape202526;
        Assert.Equal([495_00L, 145_100_00], nff2526.Factors.Select(f => f.RatePence));
        Assert.True(nff2526.RoundsFactorsToPence);
        Assert.All(nff2526.Factors, f => Assert.True(f.AreaCostAdjusted));
    }

    [Fact]
    public void NffShape202425_RaisesToMinimumPerPupil_AndFundingFloor()
    {
        // Primary of 200 pupils, 30 FSM: formula 30 × £490 = £14,700; minimum per pupil 200 × £4,610 = £922,000.
        // Its baseline £900,000 for 190 pupils (£4,736.84 per pupil) + 0.5% × 200 pupils = £952,105.26 binds instead.
        var school = new FundedInstitution("P", "Primary", InstitutionType.Primary)
        {
            Pupils = new Dictionary<PupilPhase, int> { [PupilPhase.Primary] = 200 },
            EligiblePupils = new Dictionary<PupilCharacteristic, int>
            {
                [PupilCharacteristic.FreeSchoolMeals] = 30,
            },
            BaselinePence = 900_000_00,
            BaselinePupils = 190,
        };
        var allocation = FundingFormulas.NationalFundingFormulaShape202425.Allocate(
            2_000_000_00,
            school
        );
        Assert.Equal(95_210_526, allocation["P"].Pence); // 90,000,000 / 190 × 200 × 1.005 = 95,210,526.3
        Assert.Equal(ProtectionKind.MinimumFundingGuarantee, allocation["P"].Protection!.Kind);
        allocation = FundingFormulas.NationalFundingFormulaShape202425.Allocate(
            2_000_000_00,
            school with
            {
                BaselinePence = null,
            }
        );
        Assert.Equal(92_200_000, allocation["P"].Pence);
        Assert.Equal(ProtectionKind.MinimumPerPupil, allocation["P"].Protection!.Kind);
    }

    [Fact]
    public void DerbyExample_AllocatesAFiveSchoolArea()
    {
        var schools = Fixtures
            .FiveSchools()
            .Select(
                (s, i) =>
                    s with
                    {
                        BenchmarksNotAchieved = i,
                        LearnersBelowEntitlement = 10 * i,
                        IdaciPupils = new Dictionary<IdaciBand, int> { [IdaciBand.A] = 5 * i },
                        EligiblePupils = new Dictionary<PupilCharacteristic, int>
                        {
                            [PupilCharacteristic.Disadvantaged] = s.EligibleFor(
                                PupilCharacteristic.Disadvantaged
                            ),
                            [PupilCharacteristic.SenSupport] = 3 + i,
                        },
                    }
            )
            .ToArray();
        var allocation = FundingFormulas.DerbyCareersFundExample.Allocate(10_000_000, schools);
        Assert.Equal(10_000_000, allocation.AllocatedPence);
        Assert.All(allocation.Institutions, i => Assert.True(i.Pence >= 150_000));
        var equity = EquityMeasures.Of(allocation);
        Assert.True(equity.DisadvantagedRatio > 1);
    }

    [Fact]
    public void Scenario_WinnersLosersAndEquityChange()
    {
        // Before: lump sum only (£2,000 each). After: all by disadvantaged pupils.
        var schools = Fixtures.FiveSchools();
        var before = FundingFormula
            .Builder("before", "1")
            .LumpSum(1)
            .ScaleToPot()
            .Build()
            .GetResultOrThrow()
            .Allocate(1_000_000, schools);
        var after = FundingFormula
            .Builder("after", "1")
            .PerEligiblePupil(PupilCharacteristic.Disadvantaged, 1)
            .ScaleToPot()
            .Build()
            .GetResultOrThrow()
            .Allocate(1_000_000, schools);
        var scenario = FundingScenario.Compare(before, after);

        // Disadvantaged 50, 20, 40, 0, 60 of 170: 294,118, 117,647, 235,294, 0, 352,941 (quotas ...117.6, ...647.1, ...294.1, 0, ...941.2).
        Assert.Equal(
            [94_118L, -82_353, 35_294, -200_000, 152_941],
            scenario.Changes.Select(c => c.ChangePence)
        );
        Assert.Equal(["E", "A", "C"], scenario.Winners.Select(c => c.Id));
        Assert.Equal(["D", "B"], scenario.Losers.Select(c => c.Id));
        Assert.Equal(-1m, scenario.Changes[3].ChangeFraction);
        Assert.True(scenario.ConcentrationIndexChange < 0);
        Assert.True(scenario.MostDeprivedQuintileShareChange > 0);
        Assert.True(scenario.DisadvantagedRatioChange > 0);
        Assert.Equal(scenario.EquityAfter.Gini - scenario.EquityBefore.Gini, scenario.GiniChange);
        var text = scenario.Explain();
        Assert.Contains(
            "before@1 → after@1: £10,000.00 → £10,000.00",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains("3 gain, 2 lose, 0 unchanged", text, StringComparison.Ordinal);
        Assert.Contains(
            "School D (D): £2,000.00 → £0.00 (-£2,000.00)",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "School E (E): £2,000.00 → £3,529.41 (+£1,529.41)",
            text,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Scenario_DifferentInstitutions_Throws()
    {
        var formula = Fixtures.Simple().ScaleToPot().Build().GetResultOrThrow();
        var a = formula.Allocate(1_000, Fixtures.School("A", 1), Fixtures.School("B", 1));
        var b = formula.Allocate(1_000, Fixtures.School("A", 1), Fixtures.School("C", 1));
        var error = Assert.Throws<ArgumentException>(() => FundingScenario.Compare(a, b));
        Assert.Contains("B, C", error.Message, StringComparison.Ordinal);
        Assert.Null(new InstitutionChange("x", "x", 0, 5).ChangeFraction);
    }

    [Fact]
    public void Allocation_LookupById()
    {
        var allocation = Fixtures
            .Simple()
            .ScaleToPot()
            .Build()
            .GetResultOrThrow()
            .Allocate(1_000, Fixtures.School("A", 1));
        Assert.True(allocation.TryGet("A", out var a));
        Assert.Equal(1_000, a.Pence);
        Assert.False(allocation.TryGet("Z", out _));
        Assert.Throws<KeyNotFoundException>(() => allocation["Z"]);
        Assert.Equal(1_000m, a.PerPupilPence);
        Assert.Null(
            Fixtures
                .Simple()
                .ScaleToPot()
                .Build()
                .GetResultOrThrow()
                .Allocate(1_000, new FundedInstitution("W", "W"))
                .Institutions[0]
                .PerPupilPence
        );
    }

    [Fact]
    public void Institution_ValueEquality()
    {
        Assert.Equal(Fixtures.School("A", 10, 2), Fixtures.School("A", 10, 2));
        Assert.NotEqual(Fixtures.School("A", 10, 2), Fixtures.School("A", 10, 3));
        Assert.NotEqual(Fixtures.School("A", 10, 2), Fixtures.School("A", 11, 2));
        Assert.Equal(
            Fixtures.School("A", 10).GetHashCode(),
            Fixtures.School("A", 11).GetHashCode()
        );
        Assert.Equal(10, Fixtures.School("A", 10).TotalPupils);
        Assert.Equal(0, Fixtures.School("A", 10).PupilsInBand(IdaciBand.B));
    }

    [Fact]
    public void AddCareersFunding_RegistersTheEvaluatorOnce_AndChecksTheFormula()
    {
        var services = new ServiceCollection();
        services.AddCareersFunding(o =>
            o.Formula = FundingFormulas.NationalFundingFormulaShape202526
        );
        services.AddCareersFunding();
        using var provider = services.BuildServiceProvider();
        var allocator = provider.GetRequiredService<FundingEvaluator>();
        Assert.Same(FundingFormulas.NationalFundingFormulaShape202526, allocator.Formula);
        Assert.Single(services, d => d.ServiceType == typeof(FundingEvaluator));
        Assert.True(
            allocator.Allocate([Fixtures.School("A", 1)], 1_000_000_000, Fixtures.AsAt).Success
        );

        Assert.Same(
            FundingFormulas.DerbyCareersFundExample,
            new ServiceCollection()
                .AddCareersFunding()
                .BuildServiceProvider()
                .GetRequiredService<FundingEvaluator>()
                .Formula
        );
        Assert.Throws<ArgumentException>(() =>
            new ServiceCollection().AddCareersFunding(o => o.Formula = null!)
        );
        Assert.Throws<ArgumentNullException>(() =>
            CareersFundingServiceCollectionExtensions.AddCareersFunding(null!)
        );
        Assert.Throws<ArgumentNullException>(() => new FundingEvaluator(null!));
    }
}
