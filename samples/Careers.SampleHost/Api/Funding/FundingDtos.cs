using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Careers.Funding;

namespace Careers.SampleHost.Api;

/// <summary>
/// A funding scenario: a pot, a formula and the date the area is taken as at. Money is in pence (whole numbers):
/// <c>1000000</c> is £10,000.00.
/// </summary>
/// <param name="PotPence">The pot to share, in pence; required, 0 or more.</param>
/// <param name="AsAt">The date the pupils, the benchmarks and the entitlement are counted at (ISO); by default the area's reference date.</param>
/// <param name="Formula">The formula; required.</param>
internal sealed record FundingScenarioRequest(long? PotPence, string? AsAt, FormulaDto? Formula);

/// <summary>Two scenarios to compare: usually the same pot with a formula before and after a change.</summary>
/// <param name="Before">The first scenario.</param>
/// <param name="After">The second scenario.</param>
internal sealed record FundingComparisonRequest(
    FundingScenarioRequest? Before,
    FundingScenarioRequest? After
);

/// <summary>
/// A formula for Careers.Funding's <see cref="FundingFormulaBuilder"/>, as JSON: its factors, the target shares of the
/// pot, the protections, and whether to scale to the pot.
/// </summary>
/// <param name="Id">The formula's id; default <c>scenario</c>.</param>
/// <param name="Version">Its version; default <c>1</c>.</param>
/// <param name="Name">A name for people.</param>
/// <param name="Factors">The factors, in order; at least one.</param>
/// <param name="TargetShares">Shares of the pot (above 0, at most 1) by factor group or factor id: <c>{"deprivation": 0.4}</c>.</param>
/// <param name="FloorPence">No institution below this sum.</param>
/// <param name="MinimumPerPupilPence">No institution below this sum per pupil.</param>
/// <param name="CapPerPupilPence">No institution above this sum per pupil.</param>
/// <param name="CapPerInstitutionPence">No institution above this sum.</param>
/// <param name="ScaleToPot">Scale the formula to spend the pot exactly; default true.</param>
internal sealed record FormulaDto(
    string? Id,
    string? Version,
    string? Name,
    IReadOnlyList<FactorDto>? Factors,
    IReadOnlyDictionary<string, decimal>? TargetShares,
    long? FloorPence,
    long? MinimumPerPupilPence,
    long? CapPerPupilPence,
    long? CapPerInstitutionPence,
    bool? ScaleToPot
);

/// <summary>
/// One factor. <c>kind</c> is one of <c>perPupil</c> (with <c>phase</c>: Primary, KeyStage3, KeyStage4, Post16),
/// <c>perEligiblePupil</c> (with <c>characteristic</c>: Disadvantaged, FreeSchoolMeals, FreeSchoolMealsEver6,
/// SenSupport, EhcPlan, EnglishAsAdditionalLanguage), <c>lumpSum</c>, <c>perGap</c> (with <c>gap</c>:
/// BenchmarksNotAchieved, LearnersBelowEntitlement), each with <c>ratePence</c>; <c>deprivationDecile</c> (with ten
/// <c>bandRatesPence</c> per pupil, decile 1 the most deprived first); <c>byInstitutionType</c> (with
/// <c>typeRatesPence</c> by institution type, such as <c>{"Secondary": 500000}</c>).
/// </summary>
/// <param name="Kind">What the factor pays for.</param>
/// <param name="Phase">The phase of a per-pupil factor.</param>
/// <param name="Characteristic">The characteristic of a per-eligible-pupil factor.</param>
/// <param name="Gap">The need of a per-gap factor.</param>
/// <param name="RatePence">The rate in pence.</param>
/// <param name="BandRatesPence">The ten rates of a deprivation-decile factor.</param>
/// <param name="TypeRatesPence">The sums by institution type.</param>
/// <param name="Group">A group name, for target shares (such as <c>deprivation</c>).</param>
internal sealed record FactorDto(
    string? Kind,
    string? Phase,
    string? Characteristic,
    string? Gap,
    long? RatePence,
    IReadOnlyList<long>? BandRatesPence,
    IReadOnlyDictionary<string, long>? TypeRatesPence,
    string? Group
);

/// <summary>One institution's allocation.</summary>
internal sealed record AllocationDto(
    string Id,
    string Name,
    string Type,
    int Pupils,
    int Disadvantaged,
    decimal DisadvantagedShare,
    int? DeprivationDecile,
    long Pence,
    string Pounds,
    decimal? PerPupilPence,
    decimal FormulaPence,
    ProtectionDto? Protection,
    IReadOnlyList<FactorAmountDto> Factors,
    string Explanation
);

/// <summary>A protection that changed an institution's sum.</summary>
internal sealed record ProtectionDto(string Kind, decimal LimitPence, decimal EffectPence);

/// <summary>What one factor gave an institution, before scaling.</summary>
internal sealed record FactorAmountDto(string FactorId, string Label, decimal Pence);

/// <summary>
/// Equity measures: the weighted Gini of funding per pupil (0 equal), the concentration index against deprivation (below
/// 0: towards the more deprived), the most deprived fifth's share, funding per disadvantaged and per other pupil.
/// </summary>
internal sealed record EquityDto(
    double? Gini,
    double? ConcentrationIndex,
    double? MostDeprivedQuintileShare,
    double? DisadvantagedPerPupilPence,
    double? OthersPerPupilPence,
    double? DisadvantagedRatio
)
{
    public static EquityDto From(EquityMeasures e) =>
        new(
            Finite(e.Gini),
            Finite(e.ConcentrationIndex),
            Finite(e.MostDeprivedQuintileShare),
            Finite(e.DisadvantagedPerPupilPence),
            Finite(e.OthersPerPupilPence),
            Finite(e.DisadvantagedRatio)
        );

    public static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}

/// <summary>The formula as allocated.</summary>
internal sealed record FormulaSummaryDto(
    string Id,
    string Version,
    string Name,
    string Description
);

/// <summary>An allocation: every institution to the penny, the explanations and the equity measures.</summary>
internal sealed record FundingScenarioDto(
    FormulaSummaryDto Formula,
    string AsAt,
    string Provenance,
    long PotPence,
    long AllocatedPence,
    long UnallocatedPence,
    decimal ScalingFactor,
    IReadOnlyList<AllocationDto> Institutions,
    EquityDto Equity,
    string Explanation,
    bool Synthetic
)
{
    public static FundingScenarioDto From(FundingAllocation a, NodaTime.LocalDate asAt) =>
        new(
            new FormulaSummaryDto(
                a.Formula.Id,
                a.Formula.Version,
                a.Formula.Name,
                a.Formula.Describe()
            ),
            Text.Date(asAt),
            a.Provenance.ToString(),
            a.PotPence,
            a.AllocatedPence,
            a.UnallocatedPence,
            a.ScalingFactor,
            a.Institutions.Select(i => new AllocationDto(
                    i.Id,
                    i.Institution.Name,
                    i.Institution.Type.ToString(),
                    i.Institution.TotalPupils,
                    i.Institution.EligibleFor(PupilCharacteristic.Disadvantaged),
                    i.Institution.TotalPupils == 0
                        ? 0
                        : (decimal)i.Institution.EligibleFor(PupilCharacteristic.Disadvantaged)
                            / i.Institution.TotalPupils,
                    i.Institution.DeprivationDecile,
                    i.Pence,
                    (i.Pence / 100m).ToString("0.00", CultureInfo.InvariantCulture),
                    i.PerPupilPence,
                    i.FormulaPence,
                    i.Protection is { } p
                        ? new ProtectionDto(p.Kind.ToString(), p.LimitPence, p.EffectPence)
                        : null,
                    i.Factors.Select(f => new FactorAmountDto(f.FactorId, f.Label, f.Pence))
                        .ToArray(),
                    i.Explain(a.ScalingFactor)
                ))
                .ToArray(),
            EquityDto.From(EquityMeasures.Of(a)),
            a.Explain(),
            true
        );
}

/// <summary>One institution's change between two allocations.</summary>
internal sealed record ChangeDto(
    string Id,
    string Name,
    long BeforePence,
    long AfterPence,
    long ChangePence,
    decimal? ChangeFraction
);

/// <summary>How the equity measures moved from the first allocation to the second (after minus before).</summary>
internal sealed record EquityChangeDto(
    double? Gini,
    double? ConcentrationIndex,
    double? MostDeprivedQuintileShare,
    double? DisadvantagedRatio
);

/// <summary>Two allocations side by side: both, the difference per institution and the change in equity.</summary>
internal sealed record FundingComparisonDto(
    FundingScenarioDto Before,
    FundingScenarioDto After,
    IReadOnlyList<ChangeDto> Changes,
    EquityChangeDto EquityChange,
    string Explanation,
    bool Synthetic
)
{
    public static FundingComparisonDto From(
        FundingScenario s,
        NodaTime.LocalDate beforeAsAt,
        NodaTime.LocalDate afterAsAt
    ) =>
        new(
            FundingScenarioDto.From(s.Before, beforeAsAt),
            FundingScenarioDto.From(s.After, afterAsAt),
            s.Changes.Select(c => new ChangeDto(
                    c.Id,
                    c.Name,
                    c.BeforePence,
                    c.AfterPence,
                    c.ChangePence,
                    c.ChangeFraction
                ))
                .ToArray(),
            new EquityChangeDto(
                EquityDto.Finite(s.GiniChange),
                EquityDto.Finite(s.ConcentrationIndexChange),
                EquityDto.Finite(s.MostDeprivedQuintileShareChange),
                EquityDto.Finite(s.DisadvantagedRatioChange)
            ),
            s.Explain(),
            true
        );
}
