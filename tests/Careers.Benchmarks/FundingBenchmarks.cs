using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Careers.Funding;
using NodaTime;

namespace Careers.Benchmarks;

/// <summary>
/// Allocating a pot across 25,000 institutions with a ten-factor formula (per pupil by key stage, per eligible pupil,
/// IDACI bands, deprivation deciles, need by gap, lump sum, area cost adjustment), a floor, a minimum funding
/// guarantee and a cap on gains, scaled to the pot and apportioned to the penny; and the largest-remainder step and
/// the equity measures on their own.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class FundingBenchmarks
{
    private static readonly LocalDate AsAt = new(2025, 4, 1);
    private const long Pot = 250_000_000_00; // £250m
    private FundedInstitution[] institutions = null!;
    private FundingEvaluator evaluator = null!;
    private decimal[] quotas = null!;
    private string[] ids = null!;
    private FundingAllocation allocation = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20250401);
        institutions = Enumerable
            .Range(0, 25_000)
            .Select(i =>
            {
                var ks3 = random.Next(0, 900);
                var ks4 = random.Next(0, 600);
                var all = ks3 + ks4;
                return new FundedInstitution(
                    "I" + i.ToString("D5", CultureInfo.InvariantCulture),
                    "Institution " + i.ToString(CultureInfo.InvariantCulture)
                )
                {
                    Pupils = new Dictionary<PupilPhase, int>
                    {
                        [PupilPhase.KeyStage3] = ks3,
                        [PupilPhase.KeyStage4] = ks4,
                    },
                    EligiblePupils = new Dictionary<PupilCharacteristic, int>
                    {
                        [PupilCharacteristic.Disadvantaged] = random.Next(0, all + 1),
                        [PupilCharacteristic.SenSupport] = random.Next(0, (all / 5) + 1),
                        [PupilCharacteristic.AtRiskOfNeet] = random.Next(0, (ks4 / 5) + 1),
                    },
                    IdaciPupils = new Dictionary<IdaciBand, int>
                    {
                        [IdaciBand.A] = random.Next(0, (all / 4) + 1),
                        [IdaciBand.C] = random.Next(0, (all / 4) + 1),
                    },
                    DeprivationDecile = random.Next(1, 11),
                    BenchmarksNotAchieved = random.Next(0, 9),
                    LearnersBelowEntitlement = random.Next(0, all + 1),
                    AreaCostAdjustment = 1m + (random.Next(0, 200) / 1000m),
                    BaselinePence = random.Next(0, 2) == 0 ? null : random.Next(500_000, 2_000_000),
                };
            })
            .ToArray();
        var formula = FundingFormula
            .Builder("bench.ten-factors", "1.0")
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
            .WithAreaCostAdjustment()
            .TargetShare("deprivation", 0.4m)
            .RoundFactorsToPence()
            .Floor(1_000_00)
            .MinimumFundingGuarantee(-0.05m)
            .CapGains(0.5m)
            .ScaleToPot()
            .Build()
            .GetResultOrThrow();
        evaluator = new FundingEvaluator(formula);
        allocation = evaluator.Allocate(institutions, Pot, AsAt).GetResultOrThrow();
        quotas = allocation.Institutions.Select(i => i.QuotaPence).ToArray();
        ids = institutions.Select(i => i.Id).ToArray();
    }

    [Benchmark]
    public long Allocate_25000Institutions_TenFactors() =>
        evaluator.Allocate(institutions, Pot, AsAt).GetResultOrThrow().AllocatedPence;

    [Benchmark]
    public long LargestRemainder_25000Quotas() =>
        Apportionment.LargestRemainder(quotas, Pot, ids)[0];

    [Benchmark]
    public double EquityMeasures_25000Institutions() => EquityMeasures.Of(allocation).Gini;
}
