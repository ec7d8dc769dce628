using System.Collections.Generic;

namespace Careers.Kpi;

/// <summary>
/// The KPIs of the Championing Careers Derby strategy 2020–2025 (docs/articles/domain.md §9), defined as DfE and The
/// Careers &amp; Enterprise Company compute them (§8). Ids are stable; a change to a definition's meaning gets a new
/// catalogue version. Pupil-level KPIs carry the strategy's equity breakdowns (<see cref="Breakdowns.Equity"/>).
/// </summary>
public static class KpiDefinitions
{
    private const string Strategy =
        "Championing Careers Derby strategy 2020–2025, docs/articles/domain.md §9";

    private static readonly string[] EquityAnd = [.. Breakdowns.Equity];

    /// <summary>16–17 year olds NEET: mean of the December–February counts over the mean cohort (DfE, NCCIS; §8).</summary>
    public static KpiDefinition Neet { get; } =
        new(
            "neet.16-17.neet",
            "16 and 17 year olds not in education, employment or training (NEET)"
        )
        {
            Numerator =
                "16–17 year olds known to the local authority to be NEET, mean of the end-of-month December, January and February counts",
            Denominator =
                "16–17 year olds known to the local authority (academic age), including not knowns and excluding young offenders in custody, mean of the same three months",
            Better = BetterDirection.Lower,
            Period = KpiPeriod.DecemberToFebruaryAverage,
            Breakdowns = [KpiBreakdowns.AcademicAge, .. EquityAnd],
            Suppression = SuppressionRule.Neet,
            Source =
                "DfE, Participation in education, training and NEET age 16 to 17 by local authority; docs/articles/domain.md §8, §9",
        };

    /// <summary>16–17 year olds whose activity is not known, over the whole cohort (§8).</summary>
    public static KpiDefinition NotKnown { get; } =
        Neet with
        {
            Id = "neet.16-17.not-known",
            Name = "16 and 17 year olds whose activity is not known",
            Numerator =
                "16–17 year olds whose activity is not known, mean of the end-of-month December, January and February counts",
        };

    /// <summary>16–17 year olds NEET or whose activity is not known: the headline measure since 2016 (§8).</summary>
    public static KpiDefinition NeetOrNotKnown { get; } =
        Neet with
        {
            Id = "neet.16-17.neet-or-not-known",
            Name = "16 and 17 year olds NEET or whose activity is not known",
            Numerator =
                "16–17 year olds NEET or not known, mean of the end-of-month December, January and February counts",
        };

    /// <summary>Pupils in a sustained education, apprenticeship or employment destination after key stage 4 (§8).</summary>
    public static KpiDefinition SustainedDestinations { get; } =
        new("destinations.ks4.sustained", "Pupils in a sustained destination after key stage 4")
        {
            Numerator =
                "Pupils in sustained education (all of October to March), an apprenticeship (six consecutive months) or employment (five of the six months), or a combination",
            Denominator = "Pupils who completed key stage 4 in the year",
            Period = KpiPeriod.DestinationYear,
            Breakdowns = [.. EquityAnd, Breakdowns.Institution],
            Source = "DfE, Key stage 4 destination measures; docs/articles/domain.md §8",
        };

    /// <summary>The disadvantage gap in sustained destinations, in percentage points (2022/23: 95.3 − 86.1 = 9.2; §8).</summary>
    public static KpiDefinition DestinationsDisadvantageGap { get; } =
        new(
            "destinations.ks4.disadvantage-gap",
            "Gap in sustained destinations between disadvantaged pupils and the rest"
        )
        {
            Numerator = "Percentage of pupils not disadvantaged in a sustained destination",
            Denominator =
                "Percentage of disadvantaged pupils in a sustained destination (subtracted)",
            Unit = KpiUnit.PercentagePoints,
            Better = BetterDirection.Lower,
            Period = KpiPeriod.DestinationYear,
            Source = "DfE, Key stage 4 destination measures; docs/articles/domain.md §8",
        };

    /// <summary>Schools and colleges with a published careers programme linked to the benchmarks (18 of 22 had a plan; §9).</summary>
    public static KpiDefinition CareersProgrammePublished { get; } =
        new(
            "institutions.careers-programme-published",
            "Schools and colleges with a published careers programme linked to the Gatsby Benchmarks"
        )
        {
            Numerator = "Schools and colleges publishing their careers programme on their website",
            Denominator = "Secondary schools and colleges in the area",
            Decimals = 0,
            Breakdowns = [Breakdowns.Ward],
            Suppression = SuppressionRule.None,
            Source = Strategy,
        };

    /// <summary>Schools with a published provider access policy statement (about half; §6, §9).</summary>
    public static KpiDefinition ProviderAccessStatement { get; } =
        CareersProgrammePublished with
        {
            Id = "institutions.provider-access-statement",
            Name = "Schools with a published provider access policy statement",
            Numerator =
                "Schools publishing a provider access policy statement with the times of access",
            Denominator = "Secondary schools in the area",
            Source = "Education Act 1997 s.42B; " + Strategy,
        };

    /// <summary>The mean number of Gatsby Benchmarks fully achieved per institution (national 5.96 in 2024/25; §3).</summary>
    public static KpiDefinition AverageBenchmarksFullyAchieved { get; } =
        new(
            "gatsby.average-benchmarks-fully-achieved",
            "Average number of Gatsby Benchmarks fully achieved"
        )
        {
            Numerator = "Benchmarks fully achieved (0–8 per institution)",
            Denominator = "Schools and colleges in the area",
            Unit = KpiUnit.Average,
            Decimals = 2,
            Suppression = SuppressionRule.None,
            Source = "The Careers & Enterprise Company, Compass; docs/articles/domain.md §3, §9",
        };

    /// <summary>Schools and colleges fully achieving all eight benchmarks (national about a quarter in 2024/25; §3).</summary>
    public static KpiDefinition AchievingAllEight { get; } =
        new(
            "gatsby.achieving-all-eight",
            "Schools and colleges fully achieving all eight benchmarks"
        )
        {
            Numerator = "Schools and colleges fully achieving all eight benchmarks",
            Denominator = "Schools and colleges in the area",
            Suppression = SuppressionRule.None,
            Source = "The Careers & Enterprise Company, Compass; docs/articles/domain.md §3, §9",
        };

    /// <summary>Learners in scope who have met the four-encounter entitlement (§5, §9).</summary>
    public static KpiDefinition EntitlementMet { get; } =
        new(
            "encounters.entitlement-met",
            "Learners who have had four meaningful encounters with employers"
        )
        {
            Numerator = "Learners in scope with at least four meaningful encounters in the window",
            Denominator = "Learners whose entitlement window has begun",
            Breakdowns = [.. EquityAnd, Breakdowns.Institution, Breakdowns.YearGroup],
            Source = "Derby Opportunity Area delivery plan (2017); docs/articles/domain.md §5, §9",
        };

    /// <summary>Learners in scope who have met the entitlement or are on track for it (§5).</summary>
    public static KpiDefinition EntitlementMetOrOnTrack { get; } =
        EntitlementMet with
        {
            Id = "encounters.entitlement-met-or-on-track",
            Name = "Learners who have met the four-encounter entitlement or are on track",
            Numerator =
                "Learners in scope who have met the entitlement or reached every milestone so far",
        };

    /// <summary>Meaningful encounters with employers delivered in the year (over 27,000 opportunities in 2017/18; §5).</summary>
    public static KpiDefinition EncountersDelivered { get; } =
        new("encounters.delivered", "Meaningful encounters with employers delivered")
        {
            Numerator =
                "Learner participations in meaningful employer encounters and workplace experiences, counted as the entitlement policy counts them",
            Unit = KpiUnit.Count,
            Decimals = 0,
            Breakdowns = [Breakdowns.Institution],
            Suppression = SuppressionRule.None,
            Source = "Derby Opportunity Area delivery plan (2017); docs/articles/domain.md §5, §9",
        };

    /// <summary>Pupils with a personal guidance meeting with a Level 6 adviser by 16 (end of Year 11; §2, §3 B8, §9).</summary>
    public static KpiDefinition GuidanceLevel6By16 { get; } =
        new(
            "guidance.level6-by-16",
            "Pupils who had personal guidance from a Level 6 qualified adviser by the age of 16"
        )
        {
            Numerator =
                "Year 11 pupils with at least one guidance meeting with an adviser qualified to Level 6 or above by the end of Year 11",
            Denominator = "Year 11 pupils",
            Breakdowns = [.. EquityAnd, Breakdowns.Institution],
            Source = "Gatsby Benchmark 8; " + Strategy,
        };

    /// <summary>The time careers leaders have for the role, hours per week, mean per institution (from five days a week to one hour a fortnight; §9).</summary>
    public static KpiDefinition CareersLeaderHours { get; } =
        new("careers-leader.hours-per-week", "Careers leader time, hours per week")
        {
            Numerator = "Hours a week each institution's careers leader has for the role",
            Denominator = "Schools and colleges in the area",
            Unit = KpiUnit.Average,
            Suppression = SuppressionRule.None,
            Source = Strategy,
        };

    /// <summary>Primary schools delivering career-related learning (Our Future Derby: 33 schools in the 7 most deprived wards, every ward by 2025; §9).</summary>
    public static KpiDefinition PrimaryCareerRelatedLearningSchools { get; } =
        new("primary.crl-schools", "Primary schools delivering career-related learning")
        {
            Numerator = "Primary schools delivering a career-related learning programme",
            Denominator = "Primary schools",
            Decimals = 0,
            Breakdowns = [Breakdowns.Ward],
            Suppression = SuppressionRule.None,
            Source = Strategy,
        };

    /// <summary>Primary pupils reached by career-related learning, by school and ward (§9).</summary>
    public static KpiDefinition PrimaryCareerRelatedLearningPupils { get; } =
        new("primary.crl-pupils", "Primary pupils reached by career-related learning")
        {
            Numerator = "Primary pupils taking part in career-related learning in the year",
            Denominator = "Primary pupils on roll",
            Breakdowns =
            [
                Breakdowns.Ward,
                Breakdowns.Institution,
                Breakdowns.Disadvantage,
                Breakdowns.SenProvision,
                Breakdowns.EnglishAsAdditionalLanguage,
                Breakdowns.Sex,
            ],
            Source = Strategy,
        };

    /// <summary>Employers engaged with schools and colleges in the year, by size (§9).</summary>
    public static KpiDefinition EmployersEngaged { get; } =
        new("employers.engaged", "Employers engaged with schools and colleges")
        {
            Numerator =
                "Distinct employers delivering at least one activity with a school or college in the year",
            Unit = KpiUnit.Count,
            Decimals = 0,
            Breakdowns = [KpiBreakdowns.EmployerSize],
            Suppression = SuppressionRule.None,
            Source = Strategy,
        };

    /// <summary>Small and medium-sized employers engaged (the careers and employability hub aimed at 180; §10).</summary>
    public static KpiDefinition SmesEngaged { get; } =
        EmployersEngaged with
        {
            Id = "employers.smes-engaged",
            Name = "Small and medium-sized employers engaged",
            Numerator =
                "Distinct employers with fewer than 250 employees delivering at least one activity in the year",
            Breakdowns = [],
            Source = "docs/articles/domain.md §9, §10",
        };

    /// <summary>Volunteers in the city-wide employer bank (§9).</summary>
    public static KpiDefinition EmployerVolunteers { get; } =
        EmployersEngaged with
        {
            Id = "employers.volunteers",
            Name = "Volunteers in the employer bank",
            Numerator = "Employer volunteers registered in the city-wide employer bank",
            Breakdowns = [],
        };

    /// <summary>Survey respondents agreeing that careers provision meets their needs, by respondent group (parents and carers, teachers, employers; §9).</summary>
    public static KpiDefinition SurveyAgreement { get; } =
        new("survey.agreement", "Survey respondents satisfied with careers provision")
        {
            Numerator =
                "Respondents agreeing or strongly agreeing with the survey's headline statement",
            Denominator = "Respondents answering the statement",
            Decimals = 0,
            Breakdowns = [KpiBreakdowns.Respondent],
            Suppression = SuppressionRule.Pupils with { MinimumNumerator = 0 },
            Source = Strategy,
        };

    /// <summary>Every preset, in the order of the domain reference §9.</summary>
    public static IReadOnlyList<KpiDefinition> All { get; } =
    [
        Neet,
        NotKnown,
        NeetOrNotKnown,
        SustainedDestinations,
        DestinationsDisadvantageGap,
        CareersProgrammePublished,
        ProviderAccessStatement,
        AverageBenchmarksFullyAchieved,
        AchievingAllEight,
        EntitlementMet,
        EntitlementMetOrOnTrack,
        EncountersDelivered,
        GuidanceLevel6By16,
        CareersLeaderHours,
        PrimaryCareerRelatedLearningSchools,
        PrimaryCareerRelatedLearningPupils,
        EmployersEngaged,
        SmesEngaged,
        EmployerVolunteers,
        SurveyAgreement,
    ];
}
