#region usings
using System;
using System.Collections.Generic;
using System.Linq;
using Careers;
using Careers.Funding;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
#endregion

namespace Careers.Snippets;

/// <summary>
/// The code samples of the Careers.Funding article (docs/articles/funding.md), compiled so that they cannot drift from
/// the API. Each method holds one <c>#region</c> that the article quotes and returns what the region computed.
/// </summary>
public static class FundingSnippets
{
    /// <summary>Builds a formula with the builder.</summary>
    /// <returns>The formula.</returns>
    public static FundingFormula Formula()
    {
        #region formula
        // Money is pence (long): 10_00 is £10.00.
        var formula = FundingFormula
            .Builder("area.careers-fund", "2025-26.1")
            .Named("Area careers fund")
            .PerPupil(PupilPhase.KeyStage3, 10_00) // £10 per KS3 pupil
            .PerEligiblePupil(PupilCharacteristic.Disadvantaged, 30_00) // £30 per disadvantaged pupil
            .LumpSum(1_000_00) // £1,000 per school
            .Floor(1_700_00) // nobody below £1,700
            .ScaleToPot() // spend the pot exactly
            .Build() // the formula, or every problem (shares, caps and floors that do not fit together)
            .GetResultOrThrow();

        var text = formula.Describe(); // the factors and the steps in order, for a board paper
        #endregion
        return formula;
    }

    /// <summary>The five schools of the worked example.</summary>
    /// <returns>The schools.</returns>
    public static FundedInstitution[] Area()
    {
        #region institutions
        static FundedInstitution School(string id, int pupils, int disadvantaged) =>
            new(id, "School " + id)
            {
                Pupils = new Dictionary<PupilPhase, int> { [PupilPhase.KeyStage3] = pupils },
                EligiblePupils = new Dictionary<PupilCharacteristic, int>
                {
                    [PupilCharacteristic.Disadvantaged] = disadvantaged,
                },
            };

        FundedInstitution[] area =
        [
            School("A", 100, 50), // formula: £1,000 + £1,500 + £1,000 = £3,500
            School("B", 200, 20), //          £2,000 +   £600 + £1,000 = £3,600
            School("C", 50, 40), //             £500 + £1,200 + £1,000 = £2,700
            School("D", 300, 0), //           £3,000 +     £0 + £1,000 = £4,000
            School("E", 150, 60), //          £1,500 + £1,800 + £1,000 = £4,300
        ];
        #endregion
        return area;
    }

    /// <summary>Allocates £10,000 across the five schools.</summary>
    /// <returns>The allocation.</returns>
    public static FundingAllocation Allocate()
    {
        var formula = Formula();
        var area = Area();
        #region allocate
        var evaluation = new FundingEvaluator(formula).Allocate(
            area,
            potPence: 10_000_00,
            new LocalDate(2025, 4, 1)
        );
        var allocation = evaluation.GetResultOrThrow(); // throws, listing every problem, if the input is bad

        var pence = allocation.Institutions.Select(i => i.Pence).ToArray();
        // 188_636, 194_026, 170_000, 215_585, 231_753: sums to 1_000_000, the pot, to the penny
        var scaling = allocation.ScalingFactor; // 83/154 = 0.538961...
        var c = allocation["C"].Protection; // Floor: raised by £244.81 to £1,700.00
        var fromDisadvantage = allocation["A"].FromFactor("eligible.disadvantaged"); // 150_000 (before scaling)
        Console.WriteLine(allocation.Explain());
        #endregion
        return allocation;
    }

    /// <summary>Shows the Alabama paradox and the tie-break.</summary>
    /// <returns>The shares of 10p and 11p.</returns>
    public static (long[] Ten, long[] Eleven) Apportion()
    {
        #region apportionment
        // Hamilton's method: floor each quota, then the pence left over to the largest fractional parts.
        var ten = Apportionment.Hamilton([6m, 6m, 2m], 10); // quotas 4.29, 4.29, 1.43 -> 4, 4, 2
        var eleven = Apportionment.Hamilton([6m, 6m, 2m], 11); // quotas 4.71, 4.71, 1.57 -> 5, 5, 1
        // One more penny in the pot, one penny less for the third: the Alabama paradox.

        // Ties: the larger fraction, then the larger quota, then the id in ordinal order.
        var tied = Apportionment.Hamilton([1m, 1m, 1m], 2, ["b", "a", "c"]); // 1, 1, 0: a and b
        #endregion
        return (ten, eleven);
    }

    /// <summary>Measures equity and compares two formulas.</summary>
    /// <returns>The comparison.</returns>
    public static FundingScenario Equity()
    {
        var area = Area();
        var asAt = new LocalDate(2025, 4, 1);
        #region equity
        var flat = FundingFormula
            .Builder("flat", "1")
            .LumpSum(1)
            .ScaleToPot()
            .Build()
            .GetResultOrThrow();
        var targeted = FundingFormula
            .Builder("targeted", "1")
            .PerPupil(PupilPhase.KeyStage3, 10_00, "basic")
            .PerEligiblePupil(PupilCharacteristic.Disadvantaged, 10_00, "deprivation")
            .TargetShare("deprivation", 0.40m) // "40% through deprivation"
            .ScaleToPot()
            .Build()
            .GetResultOrThrow();
        var before = new FundingEvaluator(flat).Allocate(area, 10_000_00, asAt).GetResultOrThrow();
        var after = new FundingEvaluator(targeted)
            .Allocate(area, 10_000_00, asAt)
            .GetResultOrThrow();

        var equity = EquityMeasures.Of(after);
        // Gini, ConcentrationIndex (< 0: towards the more deprived), MostDeprivedQuintileShare,
        // DisadvantagedPerPupilPence, OthersPerPupilPence, DisadvantagedRatio

        var scenario = FundingScenario.Compare(before, after);
        var winners = scenario.Winners; // institutions that gain, the largest gain first
        var change = scenario.ConcentrationIndexChange; // negative: funding moved towards the more deprived
        Console.WriteLine(scenario.Explain());
        #endregion
        return scenario;
    }

    /// <summary>Shows what bad input gives.</summary>
    /// <returns>The problems.</returns>
    public static IReadOnlyList<ValidationError> BadInput()
    {
        var formula = Formula();
        #region validation
        var bad = new FundedInstitution("B", "School B")
        {
            Pupils = new Dictionary<PupilPhase, int> { [PupilPhase.KeyStage3] = -5 },
        };
        var evaluation = new FundingEvaluator(formula).Allocate(
            [bad],
            1_000_00,
            new LocalDate(2025, 4, 1)
        );
        var success = evaluation.Success; // false
        var problem = evaluation.Problems[0];
        // funding.institution.negative-count at /institutions/0/pupils/KeyStage3:
        // "Institution B (School B): KeyStage3 pupils is -5; a count cannot be negative
        //  (used by factor pupils.key-stage-3)."
        #endregion
        return evaluation.Problems;
    }

    /// <summary>Uses a preset and registers the allocator.</summary>
    /// <param name="services">The application's services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection Presets(IServiceCollection services)
    {
        #region presets
        var example = FundingFormulas.DerbyCareersFundExample; // an example, not policy
        var nff = FundingFormulas.NationalFundingFormulaShape202526; // FSM £495, lump sum £145,100

        // Registers a FundingEvaluator singleton; the formula is checked here, at start-up.
        services.AddCareersFunding(options => options.Formula = example);
        #endregion
        return services;
    }
}
