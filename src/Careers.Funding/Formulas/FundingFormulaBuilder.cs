using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.Funding;

/// <summary>
/// Builds a <see cref="FundingFormula"/> with a chain that reads like the policy:
/// <c>FundingFormula.Builder(id, version).Named(...).PerPupil(...).PerEligiblePupil(...).TargetShare(...).Floor(...).ScaleToPot().Build()</c>.
/// A mistake in a single call (a negative rate, a factor added twice) throws at once; a problem of the formula as a
/// whole (no factors, shares that do not sum as declared, a cap below a floor) is found by <see cref="Build"/>, which
/// answers every such problem instead of a formula (docs/articles/conventions.md, "Building a rule set"). Mutable; not thread-safe. The built formula is immutable.
/// </summary>
public sealed class FundingFormulaBuilder
{
    internal FundingFormulaBuilder(string id, string version)
    {
        FormulaId = Guard.NotEmpty(id, nameof(id));
        FormulaVersion = Guard.NotEmpty(version, nameof(version));
    }

    internal string FormulaId { get; }

    internal string FormulaVersion { get; }

    internal string? FormulaName { get; private set; }

    internal List<FundingFactor> FactorList { get; } = [];

    /// <summary>
    /// The factors added so far, in order, with the ids the builder gave them: a caller can name a problem's factor
    /// (<c>/factors/{id}</c>) by its place in its own request even when <see cref="Build"/> refuses the formula.
    /// </summary>
    public IReadOnlyList<FundingFactor> Factors => FactorList.AsReadOnly();

    internal List<KeyValuePair<string, decimal>> Shares { get; } = [];

    internal bool RoundFactors { get; private set; }

    internal Dictionary<PupilPhase, long> MinimumPerPupilByPhase { get; } = [];

    internal long? FloorAmount { get; private set; }

    internal decimal? Guarantee { get; private set; }

    internal long? PerPupilCap { get; private set; }

    internal long? InstitutionCap { get; private set; }

    internal decimal? GainsCap { get; private set; }

    internal bool Scale { get; private set; }

    /// <summary>Names the formula for board papers.</summary>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    public FundingFormulaBuilder Named(string name)
    {
        FormulaName = Guard.NotEmpty(name, nameof(name));
        return this;
    }

    /// <summary>Pays a rate per pupil in a phase or key stage. Id <c>pupils.&lt;phase&gt;</c>.</summary>
    /// <param name="phase">The phase.</param>
    /// <param name="ratePence">The rate per pupil in pence.</param>
    /// <param name="group">The group for a target share, if any.</param>
    /// <returns>This builder.</returns>
    public FundingFormulaBuilder PerPupil(PupilPhase phase, long ratePence, string? group = null) =>
        Add(
            new FundingFactor(
                "pupils." + Kebab(Guard.Defined(phase, nameof(phase)).ToString()),
                PhaseLabel(phase) + " pupils",
                FundingFactorKind.PerPupil,
                Group(group)
            )
            {
                Phase = phase,
                RatePence = Rate(ratePence, nameof(ratePence)),
            }
        );

    /// <summary>Pays a rate per pupil with a characteristic (disadvantaged, FSM, FSM6, SEN support, EHC plan, EAL, at risk of NEET, alternative provision...). Id <c>eligible.&lt;characteristic&gt;</c>.</summary>
    /// <param name="characteristic">The characteristic.</param>
    /// <param name="ratePence">The rate per eligible pupil in pence.</param>
    /// <param name="group">The group for a target share, if any.</param>
    /// <returns>This builder.</returns>
    public FundingFormulaBuilder PerEligiblePupil(
        PupilCharacteristic characteristic,
        long ratePence,
        string? group = null
    ) =>
        Add(
            new FundingFactor(
                "eligible."
                    + Kebab(Guard.Defined(characteristic, nameof(characteristic)).ToString()),
                CharacteristicLabel(characteristic),
                FundingFactorKind.PerEligiblePupil,
                Group(group)
            )
            {
                Characteristic = characteristic,
                RatePence = Rate(ratePence, nameof(ratePence)),
            }
        );

    /// <summary>Pays a rate per pupil in each IDACI band, A (most deprived) to F. Id <c>idaci</c>.</summary>
    /// <param name="ratesPenceAtoF">Six rates in pence, for bands A to F.</param>
    /// <param name="group">The group for a target share, if any.</param>
    /// <returns>This builder.</returns>
    public FundingFormulaBuilder BandedByIdaci(
        IReadOnlyList<long> ratesPenceAtoF,
        string? group = null
    ) =>
        Add(
            new FundingFactor(
                "idaci",
                "IDACI bands A–F",
                FundingFactorKind.IdaciBanded,
                Group(group)
            )
            {
                BandRatesPence = Bands(ratesPenceAtoF, 6, nameof(ratesPenceAtoF)),
            }
        );

    /// <summary>Pays a rate per pupil on roll that depends on the institution's deprivation decile, 1 (most deprived) to 10. Id <c>deprivation-decile</c>.</summary>
    /// <param name="ratesPenceByDecile">Ten rates in pence, for deciles 1 to 10.</param>
    /// <param name="group">The group for a target share, if any.</param>
    /// <returns>This builder.</returns>
    public FundingFormulaBuilder BandedByDeprivationDecile(
        IReadOnlyList<long> ratesPenceByDecile,
        string? group = null
    ) =>
        Add(
            new FundingFactor(
                "deprivation-decile",
                "Deprivation decile",
                FundingFactorKind.DeprivationDecileBanded,
                Group(group)
            )
            {
                BandRatesPence = Bands(ratesPenceByDecile, 10, nameof(ratesPenceByDecile)),
            }
        );

    /// <summary>Pays the same sum to every institution. Id <c>lump-sum</c>.</summary>
    /// <param name="pence">The sum in pence.</param>
    /// <param name="group">The group for a target share, if any.</param>
    /// <returns>This builder.</returns>
    public FundingFormulaBuilder LumpSum(long pence, string? group = null) =>
        Add(
            new FundingFactor("lump-sum", "Lump sum", FundingFactorKind.LumpSum, Group(group))
            {
                RatePence = Rate(pence, nameof(pence)),
            }
        );

    /// <summary>Pays a sum per institution by its type; a type left out gets nothing. Id <c>institution-type</c>.</summary>
    /// <param name="pence">The sum in pence for each type.</param>
    /// <param name="group">The group for a target share, if any.</param>
    /// <returns>This builder.</returns>
    public FundingFormulaBuilder ByInstitutionType(
        IReadOnlyDictionary<InstitutionType, long> pence,
        string? group = null
    )
    {
        var copy = Guard
            .NotNull(pence, nameof(pence))
            .ToDictionary(
                p => Guard.Defined(p.Key, nameof(pence)),
                p => Rate(p.Value, nameof(pence))
            );
        return Add(
            new FundingFactor(
                "institution-type",
                "By institution type",
                FundingFactorKind.ByInstitutionType,
                Group(group)
            )
            {
                TypeRatesPence = copy,
            }
        );
    }

    /// <summary>Pays a rate per unit of need by gap: per benchmark not achieved, or per learner below the encounter entitlement. Id <c>gap.&lt;gap&gt;</c>.</summary>
    /// <param name="gap">The gap.</param>
    /// <param name="ratePence">The rate in pence.</param>
    /// <param name="group">The group for a target share, if any.</param>
    /// <returns>This builder.</returns>
    public FundingFormulaBuilder PerGap(NeedGap gap, long ratePence, string? group = null) =>
        Add(
            new FundingFactor(
                "gap." + Kebab(Guard.Defined(gap, nameof(gap)).ToString()),
                gap == NeedGap.BenchmarksNotAchieved
                    ? "Benchmarks not achieved"
                    : "Learners below the entitlement",
                FundingFactorKind.NeedByGap,
                Group(group)
            )
            {
                Gap = gap,
                RatePence = Rate(ratePence, nameof(ratePence)),
            }
        );

    /// <summary>
    /// Pays up to a maximum, tapered as the NFF's sparsity factor is: nothing unless the average year group is below
    /// <paramref name="yearGroupSizeThreshold"/> and the distance reaches the threshold (or falls within the distance
    /// taper below it); then maximum × distance taper × (1 − year group ÷ threshold).
    /// </summary>
    /// <param name="id">The factor's id, for example <c>sparsity</c>.</param>
    /// <param name="label">The factor's label.</param>
    /// <param name="maximumPence">The largest sum in pence.</param>
    /// <param name="distanceThresholdMiles">The distance at or beyond which the distance taper is 1.</param>
    /// <param name="yearGroupSizeThreshold">The year-group size at or above which nothing is paid; above 0.</param>
    /// <param name="distanceTaperMiles">The distance below the threshold over which the amount falls to 0; 0 for a cliff edge.</param>
    /// <param name="group">The group for a target share, if any.</param>
    /// <returns>This builder.</returns>
    public FundingFormulaBuilder Taper(
        string id,
        string label,
        long maximumPence,
        decimal distanceThresholdMiles,
        decimal yearGroupSizeThreshold,
        decimal distanceTaperMiles = 0m,
        string? group = null
    )
    {
        if (
            distanceThresholdMiles < 0m
            || distanceTaperMiles < 0m
            || distanceTaperMiles > distanceThresholdMiles
        )
        {
            throw new ArgumentOutOfRangeException(
                nameof(distanceTaperMiles),
                "Distances cannot be negative, and the taper cannot be longer than the threshold."
            );
        }

        if (yearGroupSizeThreshold <= 0m)
        {
            throw new ArgumentOutOfRangeException(
                nameof(yearGroupSizeThreshold),
                yearGroupSizeThreshold,
                "A year-group size threshold is above 0."
            );
        }

        return Add(
            new FundingFactor(
                Guard.NotEmpty(id, nameof(id)),
                Guard.NotEmpty(label, nameof(label)),
                FundingFactorKind.Taper,
                Group(group)
            )
            {
                MaximumPence = Rate(maximumPence, nameof(maximumPence)),
                DistanceThresholdMiles = distanceThresholdMiles,
                DistanceTaperMiles = distanceTaperMiles,
                YearGroupSizeThreshold = yearGroupSizeThreshold,
            }
        );
    }

    /// <summary>Multiplies factors by the institution's <see cref="FundedInstitution.AreaCostAdjustment"/>: those named (by id or group), or every factor added so far when none is named.</summary>
    /// <param name="factorsOrGroups">Factor ids or group names.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A name matches no factor added so far.</exception>
    public FundingFormulaBuilder WithAreaCostAdjustment(params string[] factorsOrGroups)
    {
        Guard.NotNull(factorsOrGroups, nameof(factorsOrGroups));
        foreach (var name in factorsOrGroups)
        {
            if (!FactorList.Any(f => f.Id == name || f.Group == name))
            {
                throw new ArgumentException(
                    FormattableString.Invariant($"No factor or group {name} has been added."),
                    nameof(factorsOrGroups)
                );
            }
        }

        for (var i = 0; i < FactorList.Count; i++)
        {
            var f = FactorList[i];
            if (
                factorsOrGroups.Length == 0
                || factorsOrGroups.Contains(f.Id)
                || (f.Group is not null && factorsOrGroups.Contains(f.Group))
            )
            {
                FactorList[i] = new FundingFactor(f.Id, f.Label, f.Kind, f.Group)
                {
                    RatePence = f.RatePence,
                    Phase = f.Phase,
                    Characteristic = f.Characteristic,
                    Gap = f.Gap,
                    BandRatesPence = f.BandRatesPence,
                    TypeRatesPence = f.TypeRatesPence,
                    MaximumPence = f.MaximumPence,
                    DistanceThresholdMiles = f.DistanceThresholdMiles,
                    DistanceTaperMiles = f.DistanceTaperMiles,
                    YearGroupSizeThreshold = f.YearGroupSizeThreshold,
                    AreaCostAdjusted = true,
                };
            }
        }

        return this;
    }

    /// <summary>
    /// Targets a share of the pot for a group of factors, or one factor: "40% through deprivation". The group's
    /// factors keep their relative rates and are scaled together to the share, before protections. If every factor
    /// is targeted the shares must sum to 100%; otherwise to less, and the other factors share the rest.
    /// </summary>
    /// <param name="groupOrFactorId">A group name or a factor id.</param>
    /// <param name="share">The share as a fraction above 0 and at most 1 (0.4 = 40%).</param>
    /// <returns>This builder.</returns>
    public FundingFormulaBuilder TargetShare(string groupOrFactorId, decimal share)
    {
        Guard.NotEmpty(groupOrFactorId, nameof(groupOrFactorId));
        if (share is <= 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(
                nameof(share),
                share,
                "A share is a fraction above 0 and at most 1."
            );
        }

        if (Shares.Any(s => s.Key == groupOrFactorId))
        {
            throw new ArgumentException(
                FormattableString.Invariant($"{groupOrFactorId} already has a target share."),
                nameof(groupOrFactorId)
            );
        }

        Shares.Add(new(groupOrFactorId, share));
        return this;
    }

    /// <summary>Rounds each factor's amount to the penny, half away from zero, before summing: DfE's engine rounds money to 2 d.p. this way.</summary>
    /// <returns>This builder.</returns>
    public FundingFormulaBuilder RoundFactorsToPence()
    {
        RoundFactors = true;
        return this;
    }

    /// <summary>Raises every institution to a minimum per pupil, in every phase.</summary>
    /// <param name="pence">The minimum per pupil in pence.</param>
    /// <returns>This builder.</returns>
    public FundingFormulaBuilder MinimumPerPupil(long pence)
    {
        foreach (
            var phase in new[]
            {
                PupilPhase.Primary,
                PupilPhase.KeyStage3,
                PupilPhase.KeyStage4,
                PupilPhase.Post16,
            }
        )
        {
            MinimumPerPupil(phase, pence);
        }

        return this;
    }

    /// <summary>Raises every institution to a minimum per pupil in one phase (the NFF's minimum per-pupil levels differ for primary and secondary).</summary>
    /// <param name="phase">The phase.</param>
    /// <param name="pence">The minimum per pupil in pence.</param>
    /// <returns>This builder.</returns>
    public FundingFormulaBuilder MinimumPerPupil(PupilPhase phase, long pence)
    {
        MinimumPerPupilByPhase[Guard.Defined(phase, nameof(phase))] = Rate(pence, nameof(pence));
        return this;
    }

    /// <summary>Raises every institution to at least a sum.</summary>
    /// <param name="pence">The floor in pence.</param>
    /// <returns>This builder.</returns>
    public FundingFormulaBuilder Floor(long pence)
    {
        FloorAmount = Rate(pence, nameof(pence));
        return this;
    }

    /// <summary>
    /// Guarantees every institution with a baseline at least its baseline changed by a fraction (0.005 = +0.5%, −0.01 = at
    /// most 1% less); per pupil when the institution gives <see cref="FundedInstitution.BaselinePupils"/>.
    /// </summary>
    /// <param name="change">The least change, as a fraction above −1.</param>
    /// <returns>This builder.</returns>
    public FundingFormulaBuilder MinimumFundingGuarantee(decimal change)
    {
        Guarantee = Change(change, nameof(change));
        return this;
    }

    /// <summary>Caps every institution's funding per pupil.</summary>
    /// <param name="pence">The cap per pupil in pence.</param>
    /// <returns>This builder.</returns>
    public FundingFormulaBuilder CapPerPupil(long pence)
    {
        PerPupilCap = Rate(pence, nameof(pence));
        return this;
    }

    /// <summary>Caps every institution's funding.</summary>
    /// <param name="pence">The cap in pence.</param>
    /// <returns>This builder.</returns>
    public FundingFormulaBuilder CapPerInstitution(long pence)
    {
        InstitutionCap = Rate(pence, nameof(pence));
        return this;
    }

    /// <summary>Caps every institution's gain against its baseline (0.03 = at most +3%); per pupil when it gives <see cref="FundedInstitution.BaselinePupils"/>.</summary>
    /// <param name="change">The largest change, as a fraction above −1.</param>
    /// <returns>This builder.</returns>
    public FundingFormulaBuilder CapGains(decimal change)
    {
        GainsCap = Change(change, nameof(change));
        return this;
    }

    /// <summary>Scales the formula amounts by one factor so that, after protections and caps, the whole pot is spent.</summary>
    /// <returns>This builder.</returns>
    public FundingFormulaBuilder ScaleToPot()
    {
        Scale = true;
        return this;
    }

    /// <summary>
    /// Builds the immutable formula, or answers every problem of the formula as a whole: no factors
    /// (<c>funding.formula.no-factors</c>), a target share that names nothing (<c>funding.formula.share-target-unknown</c>),
    /// shares that do not sum as declared (<c>funding.formula.shares-sum</c>), a factor in two shares
    /// (<c>funding.formula.share-overlap</c>), a cap below a floor or minimum (<c>funding.formula.cap-below-floor</c>).
    /// An unsound formula never exists.
    /// </summary>
    /// <returns>The formula, or the problems.</returns>
    public Evaluation<FundingFormula> Build()
    {
        var formula = new FundingFormula(this);
        var problems = formula.FindProblems();
        return problems.Length > 0
            ? Evaluation<FundingFormula>.Of(problems)
            : Evaluation<FundingFormula>.Of(formula);
    }

    internal static string Kebab(string name)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && (char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(name[i - 1]))))
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static string PhaseLabel(PupilPhase phase) =>
        phase switch
        {
            PupilPhase.Primary => "Primary",
            PupilPhase.KeyStage3 => "Key stage 3",
            PupilPhase.KeyStage4 => "Key stage 4",
            _ => "Post-16",
        };

    private static string CharacteristicLabel(PupilCharacteristic c) =>
        c switch
        {
            PupilCharacteristic.Disadvantaged => Breakdowns.Disadvantaged,
            PupilCharacteristic.FreeSchoolMeals => "Free school meals",
            PupilCharacteristic.FreeSchoolMealsEver6 =>
                "Free school meals in the last six years (FSM6)",
            PupilCharacteristic.SenSupport => Breakdowns.SenSupport,
            PupilCharacteristic.EhcPlan => Breakdowns.EhcPlan,
            PupilCharacteristic.EnglishAsAdditionalLanguage => "English as an additional language",
            PupilCharacteristic.AtRiskOfNeet => "At risk of NEET",
            PupilCharacteristic.AlternativeProvision => "Alternative provision",
            PupilCharacteristic.LowPriorAttainment => "Low prior attainment",
            PupilCharacteristic.Mobility => "Mobility",
            PupilCharacteristic.LookedAfter => "Looked after",
            _ => "Service child",
        };

    private static string? Group(string? group) => Guard.NullOrNotBlank(group, nameof(group));

    private static long Rate(long pence, string name) =>
        pence >= 0
            ? pence
            : throw new ArgumentOutOfRangeException(
                name,
                pence,
                "A rate or sum in pence cannot be negative."
            );

    private static decimal Change(decimal change, string name) =>
        change > -1m
            ? change
            : throw new ArgumentOutOfRangeException(
                name,
                change,
                "A change is a fraction above -1."
            );

    private static long[] Bands(IReadOnlyList<long> rates, int count, string name)
    {
        Guard.NotNull(rates, name);
        if (rates.Count != count)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"Give {count} rates, one per band."),
                name
            );
        }

        return rates.Select(r => Rate(r, name)).ToArray();
    }

    private FundingFormulaBuilder Add(FundingFactor factor)
    {
        if (FactorList.Any(f => f.Id == factor.Id))
        {
            throw new ArgumentException(
                FormattableString.Invariant($"The formula already has a factor {factor.Id}."),
                nameof(factor)
            );
        }

        FactorList.Add(factor);
        return this;
    }
}
