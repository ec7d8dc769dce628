using System;
using System.Collections.Generic;

namespace Careers.Funding.Tests;

public class EquityTests
{
    [Fact]
    public void WeightedGini_TwoEqualWeights_HandWorked()
    {
        // y = 1, 3; F = 0.25, 0.75; μ = 2; cov = ½[(−1)(−0.25) + (1)(0.25)] = 0.25; G = 2 × 0.25 / 2 = 0.25,
        // the mean absolute difference over 2μ: (2 × 2 / 4) / 4 = 0.25.
        Assert.Equal(0.25, EquityMeasures.WeightedGini([1.0, 3.0], [1.0, 1.0]), 12);
    }

    [Fact]
    public void WeightedGini_Weights_ActAsRepeatedPupils()
    {
        // y = 1 (weight 3), 3 (weight 1): as pupils 1, 1, 1, 3. μ = 1.5; F = 0.375, 0.875;
        // cov = [3 × (−0.5)(−0.125) + 1 × 1.5 × 0.375] / 4 = 0.1875; G = 2 × 0.1875 / 1.5 = 0.25.
        Assert.Equal(0.25, EquityMeasures.WeightedGini([1.0, 3.0], [3.0, 1.0]), 12);
        Assert.Equal(
            0.25,
            EquityMeasures.WeightedGini([3.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0]),
            12
        );
    }

    [Fact]
    public void WeightedGini_EqualValuesOrZeroMean_Zero()
    {
        Assert.Equal(0.0, EquityMeasures.WeightedGini([5.0, 5.0, 5.0], [1.0, 2.0, 3.0]), 12);
        Assert.Equal(0.0, EquityMeasures.WeightedGini([0.0, 0.0], [1.0, 1.0]));
    }

    [Fact]
    public void WeightedGini_OneHasAll_TendsToOne()
    {
        // n pupils, one with everything: G = (n − 1)/n.
        Assert.Equal(
            0.75,
            EquityMeasures.WeightedGini([0.0, 0.0, 0.0, 8.0], [1.0, 1.0, 1.0, 1.0]),
            12
        );
    }

    [Fact]
    public void ConcentrationIndex_FundingOnTheMoreDeprived_Negative()
    {
        // h = 3 for the more deprived (rank 0.25), 1 for the less (0.75): cov = ½[(1)(−0.25) + (−1)(0.25)] = −0.25;
        // C = 2 × −0.25 / 2 = −0.25.
        Assert.Equal(
            -0.25,
            EquityMeasures.ConcentrationIndexOf([3.0, 1.0], [1.0, 1.0], [0.9, 0.1]),
            12
        );
        Assert.Equal(
            0.25,
            EquityMeasures.ConcentrationIndexOf([1.0, 3.0], [1.0, 1.0], [0.9, 0.1]),
            12
        );
    }

    [Fact]
    public void ConcentrationIndex_TiedDeprivation_SharedRank_Zero()
    {
        Assert.Equal(
            0.0,
            EquityMeasures.ConcentrationIndexOf([3.0, 1.0], [1.0, 1.0], [0.5, 0.5]),
            12
        );
    }

    [Fact]
    public void Measures_BadInput_Throw()
    {
        Assert.Throws<ArgumentException>(() => EquityMeasures.WeightedGini([1.0], [1.0, 2.0]));
        Assert.Throws<ArgumentException>(() => EquityMeasures.WeightedGini([1.0], [-1.0]));
        Assert.Throws<ArgumentException>(() => EquityMeasures.WeightedGini([1.0], [0.0]));
        Assert.Throws<ArgumentException>(() =>
            EquityMeasures.ConcentrationIndexOf([1.0], [1.0], [1.0, 2.0])
        );
        Assert.Throws<ArgumentNullException>(() => EquityMeasures.Of(null!));
    }

    [Fact]
    public void Of_Allocation_HandWorked()
    {
        // Lump sum only, so each school gets the same total; per pupil it differs by size.
        //   P: 10 pupils, 5 disadvantaged (50%): £100 -> £10.00 per pupil
        //   Q: 10 pupils, 0 disadvantaged:       £100 -> £10.00 per pupil
        //   R: 20 pupils, 2 disadvantaged (10%): £100 -> £5.00 per pupil
        // Disadvantaged per pupil: (5 × 1,000 + 2 × 500) / 7 = 857.14p; others (5 × 1,000 + 10 × 1,000 + 18 × 500) / 33 = 727.27p.
        // Ranked most deprived first (share disadvantaged): P (r = 5/40), R (20/40), Q (35/40); μ = 30,000/40 = 750p.
        // cov = [10(1000−750)(0.125−0.5) + 20(500−750)(0) + 10(1000−750)(0.875−0.5)] / 40 = 0 -> C = 0.
        // Most deprived fifth = 8 pupils, all at P: 8/10 of £100 = £80 of £300 = 0.2667.
        var formula = FundingFormula.Builder("t", "1").LumpSum(100_00).Build().GetResultOrThrow();
        var allocation = formula.Allocate(
            1_000_000,
            Fixtures.School("P", 10, 5),
            Fixtures.School("Q", 10, 0),
            Fixtures.School("R", 20, 2)
        );
        var equity = EquityMeasures.Of(allocation);
        Assert.Equal(6000.0 / 7, equity.DisadvantagedPerPupilPence!.Value, 9);
        Assert.Equal(24_000.0 / 33, equity.OthersPerPupilPence!.Value, 9);
        Assert.Equal((6000.0 / 7) / (24_000.0 / 33), equity.DisadvantagedRatio!.Value, 9);
        Assert.Equal(0.0, equity.ConcentrationIndex, 12);
        Assert.Equal(80.0 / 300, equity.MostDeprivedQuintileShare, 12);
        // Gini: pupils 20 at 500, 20 at 1000; μ = 750; F = 0.25, 0.75; cov = ½(−250)(−0.25) + ½(250)(0.25) = 62.5;
        // G = 125/750 = 1/6.
        Assert.Equal(1.0 / 6, equity.Gini, 12);
    }

    [Fact]
    public void Of_DeprivationSelector_AndQuintileAcrossTies()
    {
        // Five schools of 10 pupils, deciles 1..5 (1 most deprived) -> selector -decile. Funding 500, 400, 300, 200, 100.
        // The most deprived fifth is the decile-1 school: 500 of 1,500 = 1/3. C < 0: funding leans to the deprived.
        var formula = FundingFormula
            .Builder("t", "1")
            .BandedByDeprivationDecile([50_00, 40_00, 30_00, 20_00, 10_00, 0, 0, 0, 0, 0])
            .Build()
            .GetResultOrThrow();
        var schools = new List<FundedInstitution>();
        for (var d = 1; d <= 5; d++)
        {
            schools.Add(Fixtures.School("S" + d, 10) with { DeprivationDecile = d });
        }

        var allocation = formula.Allocate(10_000_000, [.. schools]);
        var equity = EquityMeasures.Of(allocation, i => -i.DeprivationDecile!.Value);
        Assert.Equal(1.0 / 3, equity.MostDeprivedQuintileShare, 12);
        Assert.True(equity.ConcentrationIndex < 0);
        Assert.Null(equity.DisadvantagedPerPupilPence);
        Assert.Null(equity.DisadvantagedRatio);
        // h = 5000, 4000, 3000, 2000, 1000 (pence per pupil), r = 0.1, 0.3, ..., 0.9:
        // cov = (2000 × −0.4 + 1000 × −0.2 + 0 − 1000 × 0.2 − 2000 × 0.4) / 5 = −400; μ = 3000 -> C = −800/3000.
        Assert.Equal(-800.0 / 3000, equity.ConcentrationIndex, 12);
    }

    [Fact]
    public void Of_NoPupils_Throws()
    {
        var allocation = FundingFormula
            .Builder("t", "1")
            .LumpSum(100)
            .Build()
            .GetResultOrThrow()
            .Allocate(1_000, new FundedInstitution("W", "W"));
        Assert.Throws<ArgumentException>(() => EquityMeasures.Of(allocation));
    }
}
