using System;
using System.Linq;

namespace Careers.Funding.Tests;

public class ApportionmentTests
{
    [Fact]
    public void Hamilton_KnownAnswer_FloorsThenLargestRemainders()
    {
        // Weights 5, 3, 2 of 7 units: quotas 3.5, 2.1, 1.4 -> floors 3, 2, 1 (6), one left -> the 0.5.
        Assert.Equal([4L, 2, 1], Apportionment.Hamilton([5m, 3m, 2m], 7));
    }

    [Fact]
    public void Hamilton_AlabamaParadox_OneMorePennyCostsAShareAPenny()
    {
        // Weights 6, 6, 2 (of 14). A pot of 10p: quotas 4.286, 4.286, 1.429 -> floors 4, 4, 1; the penny left goes
        // to the largest fraction, 0.429 -> 4, 4, 2.
        Assert.Equal([4L, 4, 2], Apportionment.Hamilton([6m, 6m, 2m], 10));

        // A pot of 11p: quotas 4.714, 4.714, 1.571 -> floors 4, 4, 1; two pence left go to the two 0.714s -> 5, 5, 1.
        // The third party loses a penny although the pot grew by one: the Alabama paradox.
        Assert.Equal([5L, 5, 1], Apportionment.Hamilton([6m, 6m, 2m], 11));
    }

    [Fact]
    public void LargestRemainder_TieOnFraction_LargerQuotaFirst()
    {
        // Fractions all 0.5; one penny left: the larger quota (2.5) gets it.
        Assert.Equal([1L, 3, 1], Apportionment.LargestRemainder([1.5m, 2.5m, 1.0m], 5));
    }

    [Fact]
    public void LargestRemainder_TieOnFractionAndQuota_IdInOrdinalOrder()
    {
        // Three equal quotas of 2/3, two pence: a and b (ordinal order) get them, c does not.
        var shares = Apportionment.Hamilton([1m, 1m, 1m], 2, ["b", "a", "c"]);
        Assert.Equal([1L, 1, 0], shares);
        Assert.Equal([0L, 1, 1], Apportionment.Hamilton([1m, 1m, 1m], 2, ["c", "b", "a"]));
    }

    [Fact]
    public void LargestRemainder_FullTie_WithoutIds_Position()
    {
        Assert.Equal([1L, 0], Apportionment.LargestRemainder([0.5m, 0.5m], 1));
    }

    [Fact]
    public void LargestRemainder_WholeQuotas_Unchanged()
    {
        Assert.Equal([3L, 4], Apportionment.LargestRemainder([3m, 4m], 7));
        Assert.Empty(Apportionment.LargestRemainder([], 0));
    }

    [Fact]
    public void LargestRemainder_LeftoverUpToOnePerQuota_IsGiven()
    {
        Assert.Equal([2L, 1], Apportionment.LargestRemainder([1m, 1m], 3));
        Assert.Equal([2L, 2], Apportionment.LargestRemainder([1m, 1m], 4));
    }

    [Fact]
    public void LargestRemainder_BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => Apportionment.LargestRemainder([-1m, 2m], 1));
        Assert.Throws<ArgumentException>(() => Apportionment.LargestRemainder([1m, 1m], 1));
        Assert.Throws<ArgumentException>(() => Apportionment.LargestRemainder([1m, 1m], 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Apportionment.LargestRemainder([1m], -1));
        Assert.Throws<ArgumentException>(() => Apportionment.LargestRemainder([1m], 1, ["a", "b"]));
        Assert.Throws<ArgumentNullException>(() => Apportionment.LargestRemainder(null!, 1));
        Assert.Throws<ArgumentException>(() => Apportionment.Hamilton([0m, 0m], 1));
        Assert.Throws<ArgumentException>(() => Apportionment.Hamilton([1m, -1m], 1));
        Assert.Throws<ArgumentNullException>(() => Apportionment.Hamilton(null!, 1));
    }

    [Fact]
    public void Hamilton_LargePot_SumsExactly()
    {
        var weights = Enumerable.Range(1, 7).Select(i => (decimal)i * i).ToArray();
        var shares = Apportionment.Hamilton(weights, 1_000_000_007);
        Assert.Equal(1_000_000_007, shares.Sum());
    }
}
