using System.Linq;

namespace Careers.Funding.Tests;

/// <summary>
/// A five-institution area worked by hand. Formula: £10 per KS3 pupil, £30 per disadvantaged pupil, £1,000 lump sum.
/// <code>
///      KS3  disadv  formula amount
///   A  100    50    1,000 + 1,500 + 1,000 = £3,500
///   B  200    20    2,000 +   600 + 1,000 = £3,600
///   C   50    40      500 + 1,200 + 1,000 = £2,700
///   D  300     0    3,000 +     0 + 1,000 = £4,000
///   E  150    60    1,500 + 1,800 + 1,000 = £4,300
///                                 total  £18,100
/// </code>
/// </summary>
public class FiveInstitutionTests
{
    private const long Pot = 1_000_000; // £10,000.00

    [Fact]
    public void ScaledToPot_HandWorked()
    {
        // s = 1,000,000 / 1,810,000 = 100/181. Quotas in pence (numerator / 181):
        //   A 35,000,000/181 = 193,370 r 30   B 36,000,000/181 = 198,895 r 5    C 27,000,000/181 = 149,171 r 49
        //   D 40,000,000/181 = 220,994 r 86   E 43,000,000/181 = 237,569 r 11
        // Floors sum to 999,999; the one penny left goes to the largest remainder, D (86/181).
        var formula = Fixtures.Simple().ScaleToPot().Build().GetResultOrThrow();
        var allocation = formula.Allocate(Pot, Fixtures.FiveSchools());

        Assert.Equal(
            [193_370L, 198_895, 149_171, 220_995, 237_569],
            allocation.Institutions.Select(i => i.Pence)
        );
        Assert.Equal(Pot, allocation.AllocatedPence);
        Assert.Equal(0, allocation.UnallocatedPence);
        Assert.Equal(100m / 181m, allocation.ScalingFactor);
        Assert.Equal(350_000m, allocation["A"].FormulaPence);
        Assert.Equal(150_000m, allocation["A"].FromFactor("eligible.disadvantaged"));
        Assert.Equal(0m, allocation["A"].FromFactor("no-such-factor"));
        Assert.All(allocation.Institutions, i => Assert.Null(i.Protection));
        Assert.Equal(1m - (40_000_000m / 181m - 220_994m), allocation["D"].RoundingPence, 20);
        Assert.Equal(new Provenance("test.simple", "1.0", Fixtures.AsAt), allocation.Provenance);
    }

    [Fact]
    public void WithFloor_HandWorked()
    {
        // Floor £1,700. C's scaled amount (149,171p) is below it, so C is held at 170,000p; the other 830,000p are
        // scaled over A, B, D, E (formula 1,540,000p): s = 830,000/1,540,000 = 83/154, and all four stay above the floor.
        //   A 29,050,000/154 = 188,636 r 56   B 29,880,000/154 = 194,025 r 150
        //   D 33,200,000/154 = 215,584 r 64   E 35,690,000/154 = 231,753 r 38
        // Floors with C: 999,998; two pence go to B (150) and D (64).
        var formula = Fixtures.Simple().Floor(1_700_00).ScaleToPot().Build().GetResultOrThrow();
        var allocation = formula.Allocate(Pot, Fixtures.FiveSchools());

        Assert.Equal(
            [188_636L, 194_026, 170_000, 215_585, 231_753],
            allocation.Institutions.Select(i => i.Pence)
        );
        Assert.Equal(83m / 154m, allocation.ScalingFactor);
        var c = allocation["C"];
        Assert.Equal(ProtectionKind.Floor, c.Protection!.Kind);
        Assert.Equal(170_000m, c.Protection.LimitPence);
        Assert.Equal(170_000m - (270_000m * 83m / 154m), c.Protection.EffectPence, 18);
        Assert.Contains(
            "The floor raised it by £244.81 to £1,700.00",
            c.Explain(allocation.ScalingFactor),
            System.StringComparison.Ordinal
        );
    }

    [Fact]
    public void Explain_NamesEveryFactorTheScalingAndTheRounding()
    {
        var allocation = Fixtures
            .Simple()
            .ScaleToPot()
            .Build()
            .GetResultOrThrow()
            .Allocate(Pot, Fixtures.FiveSchools());
        var text = allocation.Explain();
        Assert.Contains(
            "Pot £10,000.00; allocated £10,000.00 to 5 institutions; unallocated £0.00; scaling factor 0.552486",
            text,
            System.StringComparison.Ordinal
        );
        Assert.Contains(
            "School D (D): £2,209.95 for 300 pupils, £7.37 per pupil",
            text,
            System.StringComparison.Ordinal
        );
        Assert.Contains("  Key stage 3 pupils: £3,000.00", text, System.StringComparison.Ordinal);
        Assert.Contains(
            "  Formula total: £4,000.00; scaled × 0.552486 = £2,209.94",
            text,
            System.StringComparison.Ordinal
        );
        Assert.Contains(
            "Rounded to the penny by largest remainder: +0.5249 p",
            text,
            System.StringComparison.Ordinal
        );
    }

    [Fact]
    public void Approved_Explanation()
    {
        var allocation = Fixtures
            .Simple()
            .Floor(1_700_00)
            .ScaleToPot()
            .Build()
            .GetResultOrThrow()
            .Allocate(Pot, Fixtures.FiveSchools());
        Approvals.Verify("five-institutions.txt", allocation.Explain());
    }
}
