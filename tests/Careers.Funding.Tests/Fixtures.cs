using System.Collections.Generic;
using NodaTime;

namespace Careers.Funding.Tests;

/// <summary>Small institutions and formulas for hand-worked tests.</summary>
internal static class Fixtures
{
    public static readonly LocalDate AsAt = new(2025, 4, 1);

    public static FundedInstitution School(string id, int ks3, int disadvantaged = 0) =>
        new(id, "School " + id)
        {
            Pupils = new Dictionary<PupilPhase, int> { [PupilPhase.KeyStage3] = ks3 },
            EligiblePupils = new Dictionary<PupilCharacteristic, int>
            {
                [PupilCharacteristic.Disadvantaged] = disadvantaged,
            },
        };

    /// <summary>£10 per KS3 pupil, £30 per disadvantaged pupil, a £1,000 lump sum.</summary>
    public static FundingFormulaBuilder Simple(string id = "test.simple") =>
        FundingFormula
            .Builder(id, "1.0")
            .PerPupil(PupilPhase.KeyStage3, 10_00)
            .PerEligiblePupil(PupilCharacteristic.Disadvantaged, 30_00)
            .LumpSum(1_000_00);

    /// <summary>The five-institution area of the hand-worked allocation.</summary>
    public static FundedInstitution[] FiveSchools() =>
        [
            School("A", 100, 50),
            School("B", 200, 20),
            School("C", 50, 40),
            School("D", 300, 0),
            School("E", 150, 60),
        ];

    public static FundingAllocation Allocate(
        this FundingFormula formula,
        long pot,
        params FundedInstitution[] institutions
    ) => new FundingEvaluator(formula).Allocate(institutions, pot, AsAt).GetResultOrThrow();

    /// <summary>The evaluator's allocation, written as a call on the formula for brevity.</summary>
    public static Evaluation<FundingAllocation> Allocate(
        this FundingFormula formula,
        IReadOnlyList<FundedInstitution> institutions,
        long pot,
        LocalDate asAt
    ) => new FundingEvaluator(formula).Allocate(institutions, pot, asAt);
}
