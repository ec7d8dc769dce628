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
