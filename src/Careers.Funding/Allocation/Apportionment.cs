using System;
using System.Collections.Generic;

namespace Careers.Funding;

/// <summary>
/// Exact apportionment of a whole number of units (pence) by largest remainder, Hamilton's method: floor every quota,
/// then give the units left over, one each, to the largest fractional parts. Ties are broken deterministically: the
/// larger fractional part first, then the larger quota (the larger need), then the id in ordinal order, then the
/// position. When the quotas sum to the total, the shares sum to the total and each is within one unit of its quota.
/// </summary>
/// <remarks>
/// Hamilton's method is not monotone in the total: adding a unit to the total can take a unit from one party (the
/// Alabama paradox), and raising one party's quota can leave it a unit worse off. The shares are always within one
/// unit of the quotas, which is the property a funding allocation relies on (docs/articles/funding.md).
/// </remarks>
public static class Apportionment
{
    /// <summary>Shares a total in proportion to weights: the quota of each is total × weight ÷ sum of weights.</summary>
    /// <param name="weights">The weights, none negative, at least one above 0.</param>
    /// <param name="total">The units to share, not negative.</param>
    /// <param name="ids">Ids for the tie-break, one per weight; null to break ties on position.</param>
    /// <returns>The shares, in the order of the weights; they sum to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentException">A weight is negative, every weight is 0, or the ids do not match the weights.</exception>
    public static long[] Hamilton(
        IReadOnlyList<decimal> weights,
        long total,
        IReadOnlyList<string>? ids = null
    )
    {
        Guard.NotNull(weights, nameof(weights));
        var sum = 0m;
        foreach (var weight in weights)
        {
            if (weight < 0m)
            {
                throw new ArgumentException("A weight cannot be negative.", nameof(weights));
            }

            sum += weight;
        }

        if (sum <= 0m)
        {
            throw new ArgumentException("At least one weight must be above 0.", nameof(weights));
        }

        var quotas = new decimal[weights.Count];
        for (var i = 0; i < quotas.Length; i++)
        {
            quotas[i] = total * weights[i] / sum;
        }

        return LargestRemainder(quotas, total, ids);
    }

    /// <summary>Rounds quotas to whole units that sum to a total, by largest remainder with the deterministic tie-break.</summary>
    /// <param name="quotas">The unrounded shares, none negative; they should sum to <paramref name="total"/>.</param>
    /// <param name="total">The units to share, not negative.</param>
    /// <param name="ids">Ids for the tie-break, one per quota; null to break ties on position.</param>
    /// <returns>The shares, in the order of the quotas; they sum to <paramref name="total"/>.</returns>
    /// <exception cref="ArgumentException">
    /// A quota is negative, the ids do not match the quotas, or the total is more than one unit per quota away from the
    /// quotas (below the sum of their floors, or above it by more than their number).
    /// </exception>
    public static long[] LargestRemainder(
        IReadOnlyList<decimal> quotas,
        long total,
        IReadOnlyList<string>? ids = null
    )
    {
        Guard.NotNull(quotas, nameof(quotas));
        if (ids is not null && ids.Count != quotas.Count)
        {
            throw new ArgumentException("Give one id per quota.", nameof(ids));
        }

        if (total < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(total),
                total,
                "The total cannot be negative."
            );
        }

        var n = quotas.Count;
        var shares = new long[n];
        var fractions = new decimal[n];
        long floors = 0;
        for (var i = 0; i < n; i++)
        {
            var quota = quotas[i];
            if (quota < 0m)
            {
                throw new ArgumentException("A quota cannot be negative.", nameof(quotas));
            }

            var floor = decimal.Floor(quota);
            shares[i] = (long)floor;
            fractions[i] = quota - floor;
            floors += shares[i];
        }

        var left = total - floors;
        if (left < 0 || left > n)
        {
            throw new ArgumentException(
                FormattableString.Invariant(
                    $"The quotas (floors summing to {floors}) cannot be rounded to a total of {total}."
                ),
                nameof(total)
            );
        }

        if (left == 0)
        {
            return shares;
        }

        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, new TieBreak(fractions, quotas, ids));
        for (var k = 0; k < left; k++)
        {
            shares[order[k]]++;
        }

        return shares;
    }

    private sealed class TieBreak(
        decimal[] fractions,
        IReadOnlyList<decimal> quotas,
        IReadOnlyList<string>? ids
    ) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var c = fractions[y].CompareTo(fractions[x]);
            if (c != 0)
            {
                return c;
            }

            c = quotas[y].CompareTo(quotas[x]);
            if (c != 0)
            {
                return c;
            }

            if (ids is not null)
            {
                c = string.CompareOrdinal(ids[x], ids[y]);
                if (c != 0)
                {
                    return c;
                }
            }

            return x.CompareTo(y);
        }
    }
}
