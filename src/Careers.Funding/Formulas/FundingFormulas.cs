namespace Careers.Funding;

/// <summary>Ready-made formulas: an example in the spirit of the Derby careers strategy, and the National Funding Formula's shape with verified values.</summary>
public static class FundingFormulas
{
    /// <summary>
    /// An EXAMPLE careers-fund formula in the spirit of the Championing Careers Derby strategy 2020–2025 ("distributed
    /// equitably across the city", towards "NEET, SEND and Alternative Education priority areas"). Not policy: its rates
    /// and shares are illustrations to start a local discussion from. Id <c>derby.careers-fund.example</c>, version <c>1.0</c>.
    /// </summary>
    /// <remarks>
    /// Factors: £4 per KS3 pupil, £6 per KS4 and post-16 learner, and a £2,000 lump sum (together 25% of the pot);
    /// £20 per disadvantaged pupil and IDACI bands A–F at £12/£9/£7/£5/£3/£1 ("deprivation", 40%); SEN support £10,
    /// EHC plan £30, at risk of NEET £40, alternative provision £60 ("priority", 20%); £500 per Gatsby benchmark not
    /// achieved and £5 per learner below the encounter entitlement ("need", 15%). Each factor rounded to the penny;
    /// a £1,500 floor; no institution with a baseline loses more than 5% or gains more than 25%; scaled to the pot.
    /// </remarks>
    public static FundingFormula DerbyCareersFundExample { get; } =
        FundingFormula
            .Builder("derby.careers-fund.example", "1.0")
            .Named("Derby careers fund (example, not policy)")
            .PerPupil(PupilPhase.KeyStage3, 4_00, "basic")
            .PerPupil(PupilPhase.KeyStage4, 6_00, "basic")
            .PerPupil(PupilPhase.Post16, 6_00, "basic")
            .LumpSum(2_000_00, "basic")
            .PerEligiblePupil(PupilCharacteristic.Disadvantaged, 20_00, "deprivation")
            .BandedByIdaci([12_00, 9_00, 7_00, 5_00, 3_00, 1_00], "deprivation")
            .PerEligiblePupil(PupilCharacteristic.SenSupport, 10_00, "priority")
            .PerEligiblePupil(PupilCharacteristic.EhcPlan, 30_00, "priority")
            .PerEligiblePupil(PupilCharacteristic.AtRiskOfNeet, 40_00, "priority")
            .PerEligiblePupil(PupilCharacteristic.AlternativeProvision, 60_00, "priority")
            .PerGap(NeedGap.BenchmarksNotAchieved, 500_00, "need")
            .PerGap(NeedGap.LearnersBelowEntitlement, 5_00, "need")
            .TargetShare("deprivation", 0.40m)
            .TargetShare("priority", 0.20m)
            .TargetShare("need", 0.15m)
            .RoundFactorsToPence()
            .Floor(1_500_00)
            .MinimumFundingGuarantee(-0.05m)
            .CapGains(0.25m)
            .ScaleToPot()
            .Build()
            .GetResultOrThrow();

    /// <summary>
    /// The shape of the schools National Funding Formula 2024-25, built only from values verified in
    /// docs/articles/domain.md §10: free school meals £490 per eligible pupil; minimum per-pupil levels £4,610 primary and
    /// £5,995 secondary (key stages 3 and 4); and the funding floor of +0.5% per pupil against the previous year, as a
    /// guarantee on <see cref="FundedInstitution.BaselinePence"/> per <see cref="FundedInstitution.BaselinePupils"/>.
    /// Add the other factors (basic entitlement, IDACI, EAL, sparsity...) with their published rates to model a real year.
    /// It does not scale: the pot must cover what it gives. Id <c>dfe.nff.shape.2024-25</c>, version <c>1.0</c>.
    /// </summary>
    public static FundingFormula NationalFundingFormulaShape202425 { get; } =
        FundingFormula
            .Builder("dfe.nff.shape.2024-25", "1.0")
            .Named("National Funding Formula 2024-25 (shape, verified values only)")
            .PerEligiblePupil(PupilCharacteristic.FreeSchoolMeals, 490_00)
            .RoundFactorsToPence()
            .MinimumPerPupil(PupilPhase.Primary, 4_610_00)
            .MinimumPerPupil(PupilPhase.KeyStage3, 5_995_00)
            .MinimumPerPupil(PupilPhase.KeyStage4, 5_995_00)
            .MinimumFundingGuarantee(0.005m)
            .Build()
            .GetResultOrThrow();

    /// <summary>
    /// The shape of the schools National Funding Formula 2025-26, built only from values verified in
    /// docs/articles/domain.md §10: free school meals £495 per eligible pupil and the lump sum of £145,100, each rounded to
    /// the penny as DfE's engine does. The sparsity maxima (£57,400 primary, £83,400 other) are verified but the
    /// distance and year-group thresholds are not, so sparsity is left to <see cref="FundingFormulaBuilder.Taper"/>
    /// with the published thresholds. It does not scale. Id <c>dfe.nff.shape.2025-26</c>, version <c>1.0</c>.
    /// </summary>
    public static FundingFormula NationalFundingFormulaShape202526 { get; } =
        FundingFormula
            .Builder("dfe.nff.shape.2025-26", "1.0")
            .Named("National Funding Formula 2025-26 (shape, verified values only)")
            .PerEligiblePupil(PupilCharacteristic.FreeSchoolMeals, 495_00)
            .LumpSum(145_100_00)
            .WithAreaCostAdjustment()
            .RoundFactorsToPence()
            .Build()
            .GetResultOrThrow();
}
