namespace Careers;

/// <summary>
/// What kind of careers activity took place. The kinds cover everything the Gatsby Benchmarks, the four-encounter
/// entitlement and the Provider Access Legislation count (docs/articles/domain.md §3–6); which kinds count for which rule is the
/// rule's decision, not the kind's. <see cref="ActivityKindExtensions.Category"/> gives the usual grouping.
/// </summary>
public enum ActivityKind
{
    /// <summary>A talk or assembly given by an employer or employee.</summary>
    EmployerTalk = 0,

    /// <summary>Mentoring by an employer or employee.</summary>
    Mentoring = 1,

    /// <summary>An enterprise challenge or competition run with employers.</summary>
    EnterpriseChallenge = 2,

    /// <summary>A careers fair with several employers or providers.</summary>
    CareersFair = 3,

    /// <summary>A visit to a workplace.</summary>
    WorkplaceVisit = 4,

    /// <summary>Shadowing someone at work.</summary>
    WorkShadowing = 5,

    /// <summary>A work experience placement.</summary>
    WorkExperience = 6,

    /// <summary>Work experience delivered online.</summary>
    VirtualWorkExperience = 7,

    /// <summary>A part-time job the learner holds.</summary>
    PartTimeJob = 8,

    /// <summary>An encounter with a provider of education or training: a sixth form, college, higher education or apprenticeship provider.</summary>
    ProviderEncounter = 9,

    /// <summary>A visit to a higher education provider.</summary>
    HigherEducationVisit = 10,

    /// <summary>A personal guidance meeting with a careers adviser.</summary>
    GuidanceMeeting = 11,

    /// <summary>A session using careers and labour market information.</summary>
    LabourMarketInformationSession = 12,

    /// <summary>A career-related learning session, typically in primary school.</summary>
    CareerRelatedLearningSession = 13,
}

/// <summary>The usual grouping of activity kinds by what they are evidence of.</summary>
public enum ActivityCategory
{
    /// <summary>An encounter with employers or employees (Gatsby Benchmark 5).</summary>
    EmployerEncounter = 0,

    /// <summary>An experience of a workplace (Gatsby Benchmark 6).</summary>
    WorkplaceExperience = 1,

    /// <summary>Paid part-time work, which Benchmark 6 excludes and the 2024 edition of Benchmark 5 may count.</summary>
    PartTimeWork = 2,

    /// <summary>An encounter with further or higher education or training providers (Gatsby Benchmark 7, the Provider Access Legislation).</summary>
    ProviderEncounter = 3,

    /// <summary>Personal guidance (Gatsby Benchmark 8).</summary>
    Guidance = 4,

    /// <summary>Careers and labour market information (Gatsby Benchmark 2).</summary>
    Information = 5,

    /// <summary>Career-related learning in primary school.</summary>
    CareerRelatedLearning = 6,
}

/// <summary>Classifications of <see cref="ActivityKind"/>.</summary>
public static class ActivityKindExtensions
{
    /// <summary>
    /// The category an activity kind usually falls in: employer talks, mentoring, enterprise challenges and careers
    /// fairs are employer encounters; visits, shadowing and (virtual) work experience are workplace experiences.
    /// Source: Gatsby Foundation, <i>Good Career Guidance</i> (2014, 2024), Benchmarks 5–8 (docs/articles/domain.md §3).
    /// </summary>
    /// <param name="kind">The activity kind.</param>
    /// <returns>The category.</returns>
    public static ActivityCategory Category(this ActivityKind kind) =>
        kind switch
        {
            ActivityKind.EmployerTalk
            or ActivityKind.Mentoring
            or ActivityKind.EnterpriseChallenge
            or ActivityKind.CareersFair => ActivityCategory.EmployerEncounter,
            ActivityKind.WorkplaceVisit
            or ActivityKind.WorkShadowing
            or ActivityKind.WorkExperience
            or ActivityKind.VirtualWorkExperience => ActivityCategory.WorkplaceExperience,
            ActivityKind.PartTimeJob => ActivityCategory.PartTimeWork,
            ActivityKind.ProviderEncounter or ActivityKind.HigherEducationVisit =>
                ActivityCategory.ProviderEncounter,
            ActivityKind.GuidanceMeeting => ActivityCategory.Guidance,
            ActivityKind.LabourMarketInformationSession => ActivityCategory.Information,
            ActivityKind.CareerRelatedLearningSession => ActivityCategory.CareerRelatedLearning,
            _ => throw new System.ArgumentOutOfRangeException(
                nameof(kind),
                kind,
                "Not a defined ActivityKind."
            ),
        };
}
