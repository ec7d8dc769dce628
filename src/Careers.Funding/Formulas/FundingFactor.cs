using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.Funding;

/// <summary>
/// One factor of a <see cref="FundingFormula"/>: what it pays for, at what rate, and whether the area cost
/// adjustment multiplies it. Built by <see cref="FundingFormulaBuilder"/>; immutable. Rates are in pence.
/// </summary>
public sealed class FundingFactor
{
    private static readonly IReadOnlyList<long> NoBands = Array.Empty<long>();
    private static readonly IReadOnlyDictionary<InstitutionType, long> NoTypes =
        new Dictionary<InstitutionType, long>();

    internal FundingFactor(string id, string label, FundingFactorKind kind, string? group)
    {
        Id = id;
        Label = label;
        Kind = kind;
        Group = group;
    }

    /// <summary>The factor's id, unique in its formula, for example <c>pupils.key-stage-3</c> or <c>eligible.free-school-meals</c>.</summary>
    public string Id { get; }

    /// <summary>A label for explanations and board papers.</summary>
    public string Label { get; }

    /// <summary>The kind of factor.</summary>
    public FundingFactorKind Kind { get; }

    /// <summary>The group the factor belongs to for a target share (for example <c>deprivation</c>); null if none.</summary>
    public string? Group { get; }

    /// <summary>The rate in pence: per pupil, per eligible pupil, per unit of gap, or per institution; 0 for banded factors and tapers.</summary>
    public long RatePence { get; internal init; }

    /// <summary>The phase of a <see cref="FundingFactorKind.PerPupil"/> factor.</summary>
    public PupilPhase? Phase { get; internal init; }

    /// <summary>The characteristic of a <see cref="FundingFactorKind.PerEligiblePupil"/> factor.</summary>
    public PupilCharacteristic? Characteristic { get; internal init; }

    /// <summary>The gap of a <see cref="FundingFactorKind.NeedByGap"/> factor.</summary>
    public NeedGap? Gap { get; internal init; }

    /// <summary>
    /// The rates in pence of a banded factor: six for IDACI bands A–F, or ten for deprivation deciles 1–10 (paid per
    /// pupil on roll by the institution's decile). Empty for other kinds.
    /// </summary>
    public IReadOnlyList<long> BandRatesPence { get; internal init; } = NoBands;

    /// <summary>The sums in pence by institution type of a <see cref="FundingFactorKind.ByInstitutionType"/> factor; a type left out gets 0.</summary>
    public IReadOnlyDictionary<InstitutionType, long> TypeRatesPence { get; internal init; } =
        NoTypes;

    /// <summary>The largest sum in pence of a <see cref="FundingFactorKind.Taper"/> factor.</summary>
    public long MaximumPence { get; internal init; }

    /// <summary>A taper's distance threshold in miles: at or beyond it the distance taper is 1.</summary>
    public decimal DistanceThresholdMiles { get; internal init; }

    /// <summary>A taper's distance taper in miles: below the threshold the amount falls linearly to 0 over this distance; 0 for a cliff edge.</summary>
    public decimal DistanceTaperMiles { get; internal init; }

    /// <summary>A taper's year-group size threshold: the amount is the maximum × (1 − size ÷ threshold), 0 at or above it.</summary>
    public decimal YearGroupSizeThreshold { get; internal init; }

    /// <summary>Whether the institution's area cost adjustment multiplies this factor.</summary>
    public bool AreaCostAdjusted { get; internal init; }

    /// <summary>The amount in pence, before area cost adjustment, shares and scaling, that the factor gives an institution.</summary>
    /// <param name="institution">The institution.</param>
    /// <returns>The unrounded amount in pence.</returns>
    public decimal AmountFor(FundedInstitution institution)
    {
        Guard.NotNull(institution, nameof(institution));
        switch (Kind)
        {
            case FundingFactorKind.PerPupil:
                return (decimal)institution.PupilsIn(Phase!.Value) * RatePence;
            case FundingFactorKind.PerEligiblePupil:
                return (decimal)institution.EligibleFor(Characteristic!.Value) * RatePence;
            case FundingFactorKind.IdaciBanded:
                decimal sum = 0m;
                for (var band = 0; band < BandRatesPence.Count; band++)
                {
                    sum +=
                        (decimal)institution.PupilsInBand((IdaciBand)band) * BandRatesPence[band];
                }

                return sum;
            case FundingFactorKind.DeprivationDecileBanded:
                return institution.DeprivationDecile is int decile and >= 1 and <= 10
                    ? (decimal)institution.TotalPupils * BandRatesPence[decile - 1]
                    : 0m;
            case FundingFactorKind.LumpSum:
                return RatePence;
            case FundingFactorKind.ByInstitutionType:
                return TypeRatesPence.TryGetValue(institution.Type, out var rate) ? rate : 0m;
            case FundingFactorKind.NeedByGap:
                return (decimal)institution.GapCount(Gap!.Value) * RatePence;
            default:
                return MaximumPence * TaperFraction(institution);
        }
    }

    /// <summary>The fraction of <see cref="MaximumPence"/> a taper gives an institution: distance taper × year-group size taper.</summary>
    /// <param name="institution">The institution.</param>
    /// <returns>A fraction from 0 to 1; 0 when the distance or the year-group size is not known.</returns>
    public decimal TaperFraction(FundedInstitution institution)
    {
        Guard.NotNull(institution, nameof(institution));
        if (
            Kind != FundingFactorKind.Taper
            || institution.SparsityDistanceMiles is not decimal distance
            || institution.AverageYearGroupSize is not decimal size
            || size >= YearGroupSizeThreshold
        )
        {
            return 0m;
        }

        decimal distanceFraction;
        if (distance >= DistanceThresholdMiles)
        {
            distanceFraction = 1m;
        }
        else if (DistanceTaperMiles > 0m && distance > DistanceThresholdMiles - DistanceTaperMiles)
        {
            distanceFraction =
                (distance - (DistanceThresholdMiles - DistanceTaperMiles)) / DistanceTaperMiles;
        }
        else
        {
            return 0m;
        }

        return distanceFraction * (1m - (Math.Max(size, 0m) / YearGroupSizeThreshold));
    }

    /// <summary>Describes the factor and its rates on one line, for a board paper.</summary>
    /// <returns>For example <c>Free school meals: £495.00 per eligible pupil</c>.</returns>
    public override string ToString()
    {
        var aca = AreaCostAdjusted ? " (area cost adjusted)" : string.Empty;
        var group = Group is null ? string.Empty : " [" + Group + "]";
        return Kind switch
        {
            FundingFactorKind.PerPupil => FormattableString.Invariant(
                $"{Label}: {Text.Pounds(RatePence)} per pupil{group}{aca}"
            ),
            FundingFactorKind.PerEligiblePupil => FormattableString.Invariant(
                $"{Label}: {Text.Pounds(RatePence)} per eligible pupil{group}{aca}"
            ),
            FundingFactorKind.IdaciBanded => FormattableString.Invariant(
                $"{Label}: per pupil in IDACI bands A–F {string.Join(" / ", BandRatesPence.Select(Text.Pounds))}{group}{aca}"
            ),
            FundingFactorKind.DeprivationDecileBanded => FormattableString.Invariant(
                $"{Label}: per pupil by deprivation decile 1–10 {string.Join(" / ", BandRatesPence.Select(Text.Pounds))}{group}{aca}"
            ),
            FundingFactorKind.LumpSum => FormattableString.Invariant(
                $"{Label}: {Text.Pounds(RatePence)} per institution{group}{aca}"
            ),
            FundingFactorKind.ByInstitutionType => FormattableString.Invariant(
                $"{Label}: by type {string.Join(", ", TypeRatesPence.OrderBy(p => p.Key).Select(p => FormattableString.Invariant($"{p.Key} {Text.Pounds(p.Value)}")))}{group}{aca}"
            ),
            FundingFactorKind.NeedByGap => FormattableString.Invariant(
                $"{Label}: {Text.Pounds(RatePence)} per {(Gap == NeedGap.BenchmarksNotAchieved ? "benchmark not achieved" : "learner below the entitlement")}{group}{aca}"
            ),
            _ => FormattableString.Invariant(
                $"{Label}: up to {Text.Pounds(MaximumPence)}, for a distance of {DistanceThresholdMiles} miles or more (tapering over {DistanceTaperMiles} miles) and an average year group below {YearGroupSizeThreshold}, × (1 − year group ÷ {YearGroupSizeThreshold}){group}{aca}"
            ),
        };
    }
}
