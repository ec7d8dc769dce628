using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.Funding;

/// <summary>
/// How equitably an allocation shares the pot, on per-pupil funding weighted by pupils: the Gini coefficient, the
/// concentration index against a deprivation ranking, the share reaching the most deprived fifth of pupils, and the
/// funding per disadvantaged pupil against the funding per other pupil. Immutable. Institutions with no pupils are left out.
/// </summary>
/// <remarks>
/// Each pupil is taken to receive the per-pupil funding of their institution. Sources: R. I. Lerman and S. Yitzhaki,
/// "Improving the accuracy of estimates of Gini coefficients", Journal of Econometrics 42 (1989) — G = 2·cov(y, F)/μ
/// with F the weighted fractional rank; O. O'Donnell, E. van Doorslaer, A. Wagstaff and M. Lindelow, "Analyzing Health
/// Equity Using Household Survey Data", World Bank (2008), ch. 8 — C = 2·cov(h, r)/μ. Tied values share the mean of
/// their fractional ranks.
/// </remarks>
public sealed record EquityMeasures
{
    /// <summary>The pupil-weighted Gini coefficient of per-pupil funding: 0 when every pupil gets the same, towards 1 when a few get it all.</summary>
    public double Gini { get; internal init; }

    /// <summary>
    /// The concentration index of per-pupil funding against deprivation, ranked most deprived first: negative when
    /// funding is concentrated on the more deprived, positive when on the less deprived, 0 when neutral.
    /// </summary>
    public double ConcentrationIndex { get; internal init; }

    /// <summary>The share of the allocated funding reaching the most deprived fifth of pupils (by institution, the boundary institution counted pro rata).</summary>
    public double MostDeprivedQuintileShare { get; internal init; }

    /// <summary>Funding per disadvantaged pupil in pence; null when there are none.</summary>
    public double? DisadvantagedPerPupilPence { get; internal init; }

    /// <summary>Funding per other pupil in pence; null when there are none.</summary>
    public double? OthersPerPupilPence { get; internal init; }

    /// <summary>Funding per disadvantaged pupil ÷ funding per other pupil; null when either is missing or the second is 0.</summary>
    public double? DisadvantagedRatio =>
        DisadvantagedPerPupilPence is double d && OthersPerPupilPence is double o && o != 0
            ? d / o
            : null;

    /// <summary>The measures of an allocation, ranking deprivation by the share of each institution's pupils who are disadvantaged.</summary>
    /// <param name="allocation">The allocation.</param>
    /// <returns>The measures.</returns>
    public static EquityMeasures Of(FundingAllocation allocation) =>
        Of(allocation, DisadvantagedShare);

    /// <summary>The measures of an allocation, with a deprivation measure of your own (higher = more deprived), such as an IDACI score.</summary>
    /// <param name="allocation">The allocation.</param>
    /// <param name="deprivation">The deprivation of an institution; higher is more deprived.</param>
    /// <returns>The measures.</returns>
    /// <exception cref="ArgumentException">No institution in the allocation has pupils.</exception>
    public static EquityMeasures Of(
        FundingAllocation allocation,
        Func<FundedInstitution, decimal> deprivation
    )
    {
        Guard.NotNull(allocation, nameof(allocation));
        Guard.NotNull(deprivation, nameof(deprivation));
        var rows = allocation.Institutions.Where(i => i.Institution.TotalPupils > 0).ToArray();
        if (rows.Length == 0)
        {
            throw new ArgumentException(
                "No institution in the allocation has pupils.",
                nameof(allocation)
            );
        }

        var perPupil = rows.Select(r => (double)r.Pence / r.Institution.TotalPupils).ToArray();
        var pupils = rows.Select(r => (double)r.Institution.TotalPupils).ToArray();
        var depth = rows.Select(r => (double)deprivation(r.Institution)).ToArray();
        double disadvantaged = 0,
            disadvantagedFunding = 0,
            others = 0,
            othersFunding = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var d = Math.Min(
                rows[i].Institution.EligibleFor(PupilCharacteristic.Disadvantaged),
                rows[i].Institution.TotalPupils
            );
            disadvantaged += d;
            disadvantagedFunding += d * perPupil[i];
            others += pupils[i] - d;
            othersFunding += (pupils[i] - d) * perPupil[i];
        }

        return new EquityMeasures
        {
            Gini = WeightedGini(perPupil, pupils),
            ConcentrationIndex = ConcentrationIndexOf(perPupil, pupils, depth),
            MostDeprivedQuintileShare = MostDeprivedShare(
                rows.Select(r => (double)r.Pence).ToArray(),
                pupils,
                depth,
                0.2
            ),
            DisadvantagedPerPupilPence =
                disadvantaged > 0 ? disadvantagedFunding / disadvantaged : null,
            OthersPerPupilPence = others > 0 ? othersFunding / others : null,
        };
    }

    /// <summary>The weighted Gini coefficient, G = 2·cov(y, F)/μ, F the weighted fractional rank of y (Lerman and Yitzhaki 1989).</summary>
    /// <param name="values">The values, for example funding per pupil.</param>
    /// <param name="weights">The weights, for example pupils; none negative, their sum above 0.</param>
    /// <returns>The coefficient; 0 when the mean is 0.</returns>
    public static double WeightedGini(
        IReadOnlyList<double> values,
        IReadOnlyList<double> weights
    ) =>
        Concentration(
            values,
            weights,
            Guard.NotNull(values, nameof(values)).ToArray(),
            mostFirst: false
        );

    /// <summary>
    /// The concentration index C = 2·cov(h, r)/μ (O'Donnell et al., World Bank 2008), r the weighted fractional rank by
    /// deprivation with the most deprived first: C &lt; 0 means the values are concentrated on the more deprived.
    /// </summary>
    /// <param name="values">The values h, for example funding per pupil.</param>
    /// <param name="weights">The weights, for example pupils; none negative, their sum above 0.</param>
    /// <param name="deprivation">The deprivation of each; higher is more deprived.</param>
    /// <returns>The index; 0 when the mean is 0.</returns>
    public static double ConcentrationIndexOf(
        IReadOnlyList<double> values,
        IReadOnlyList<double> weights,
        IReadOnlyList<double> deprivation
    ) => Concentration(values, weights, deprivation, mostFirst: true);

    private static decimal DisadvantagedShare(FundedInstitution institution) =>
        institution.TotalPupils > 0
            ? (decimal)institution.EligibleFor(PupilCharacteristic.Disadvantaged)
                / institution.TotalPupils
            : 0m;

    private static double Concentration(
        IReadOnlyList<double> values,
        IReadOnlyList<double> weights,
        IReadOnlyList<double> key,
        bool mostFirst
    )
    {
        Guard.NotNull(values, nameof(values));
        Guard.NotNull(weights, nameof(weights));
        Guard.NotNull(key, nameof(key));
        if (weights.Count != values.Count || key.Count != values.Count)
        {
            throw new ArgumentException(
                "Give one weight and one rank key per value.",
                nameof(weights)
            );
        }

        var total = weights.Sum();
        if (weights.Any(w => w < 0 || double.IsNaN(w)) || !(total > 0))
        {
            throw new ArgumentException(
                "Weights cannot be negative and must sum to more than 0.",
                nameof(weights)
            );
        }

        var ranks = FractionalRanks(weights, key, mostFirst, total);
        double mean = 0;
        for (var i = 0; i < values.Count; i++)
        {
            mean += weights[i] * values[i] / total;
        }

        if (mean == 0)
        {
            return 0;
        }

        // cov(h, r) = Σ w (h − μ)(r − r̄) / W, and Σ w (h − μ) = 0, so the mean rank drops out.
        double covariance = 0;
        for (var i = 0; i < values.Count; i++)
        {
            covariance += weights[i] * (values[i] - mean) * ranks[i] / total;
        }

        return 2 * covariance / mean;
    }

    /// <summary>Weighted fractional ranks: the weight before a group of tied keys plus half the group's weight, over the total.</summary>
    private static double[] FractionalRanks(
        IReadOnlyList<double> weights,
        IReadOnlyList<double> key,
        bool mostFirst,
        double total
    )
    {
        var order = Enumerable.Range(0, key.Count).ToArray();
        Array.Sort(
            order,
            (x, y) => mostFirst ? key[y].CompareTo(key[x]) : key[x].CompareTo(key[y])
        );
        var ranks = new double[key.Count];
        double before = 0;
        for (var start = 0; start < order.Length; )
        {
            var end = start;
            double group = 0;
            while (end < order.Length && key[order[end]].Equals(key[order[start]]))
            {
                group += weights[order[end]];
                end++;
            }

            for (var k = start; k < end; k++)
            {
                ranks[order[k]] = (before + (group / 2)) / total;
            }

            before += group;
            start = end;
        }

        return ranks;
    }

    private static double MostDeprivedShare(
        double[] funding,
        double[] pupils,
        double[] deprivation,
        double fraction
    )
    {
        var totalFunding = funding.Sum();
        if (totalFunding == 0)
        {
            return 0;
        }

        var order = Enumerable.Range(0, funding.Length).ToArray();
        Array.Sort(order, (x, y) => deprivation[y].CompareTo(deprivation[x]));
        var cutoff = fraction * pupils.Sum();
        double before = 0,
            reached = 0;
        for (var start = 0; start < order.Length && before < cutoff; )
        {
            var end = start;
            double groupPupils = 0,
                groupFunding = 0;
            while (end < order.Length && deprivation[order[end]].Equals(deprivation[order[start]]))
            {
                groupPupils += pupils[order[end]];
                groupFunding += funding[order[end]];
                end++;
            }

            var included = Math.Min(1, (cutoff - before) / groupPupils);
            reached += included * groupFunding;
            before += groupPupils;
            start = end;
        }

        return reached / totalFunding;
    }
}
