namespace Careers.CareersLog;

/// <summary>The kind of a careers-log entry; the schema's <c>type</c>.</summary>
public enum LogEntryType
{
    /// <summary>Jobs hoped for, occupations discussed and sectors of interest (<see cref="AspirationEntry"/>).</summary>
    Aspiration = 0,

    /// <summary>A career-related learning session (<see cref="CareerRelatedLearningEntry"/>).</summary>
    CareerRelatedLearning = 1,

    /// <summary>A step in one of the eight essential skills (<see cref="SkillEntry"/>).</summary>
    Skill = 2,

    /// <summary>A careers conversation or event with the family (<see cref="FamilyEngagementEntry"/>).</summary>
    FamilyEngagement = 3,

    /// <summary>An encounter with employers (<see cref="EmployerEncounterEntry"/>).</summary>
    EmployerEncounter = 4,

    /// <summary>An experience of a workplace (<see cref="WorkplaceExperienceEntry"/>).</summary>
    WorkplaceExperience = 5,

    /// <summary>An encounter with a provider (<see cref="ProviderEncounterEntry"/>).</summary>
    ProviderEncounter = 6,

    /// <summary>A personal guidance meeting (<see cref="GuidanceMeetingEntry"/>).</summary>
    GuidanceMeeting = 7,

    /// <summary>The learner's reflection (<see cref="ReflectionEntry"/>).</summary>
    Reflection = 8,

    /// <summary>An intended or actual destination (<see cref="DestinationEntry"/>).</summary>
    Destination = 9,
}

/// <summary>Who wrote a log entry.</summary>
public enum AuthorRole
{
    /// <summary>The learner, in their own words.</summary>
    Learner = 0,

    /// <summary>A teacher.</summary>
    Teacher = 1,

    /// <summary>The careers leader.</summary>
    CareersLeader = 2,

    /// <summary>A careers adviser.</summary>
    CareersAdviser = 3,

    /// <summary>A parent or carer.</summary>
    ParentCarer = 4,

    /// <summary>An employer.</summary>
    Employer = 5,

    /// <summary>A provider of education or training.</summary>
    Provider = 6,

    /// <summary>Someone else.</summary>
    Other = 7,
}

/// <summary>
/// The eight essential skills of the Skills Builder Universal Framework, each assessed in steps 0 to 15
/// (docs/articles/domain.md §7). A closed list: the schema accepts no others.
/// </summary>
public enum EssentialSkill
{
    /// <summary>Listening.</summary>
    Listening = 0,

    /// <summary>Speaking.</summary>
    Speaking = 1,

    /// <summary>Problem solving.</summary>
    ProblemSolving = 2,

    /// <summary>Creativity.</summary>
    Creativity = 3,

    /// <summary>Staying positive.</summary>
    StayingPositive = 4,

    /// <summary>Aiming high.</summary>
    AimingHigh = 5,

    /// <summary>Leadership.</summary>
    Leadership = 6,

    /// <summary>Teamwork.</summary>
    Teamwork = 7,
}

/// <summary>Who judged that a skill step was mastered (docs/articles/domain.md §7).</summary>
public enum SkillAssessor
{
    /// <summary>A teacher.</summary>
    Teacher = 0,

    /// <summary>The learner, assessing themselves.</summary>
    Self = 1,

    /// <summary>An employer.</summary>
    Employer = 2,
}

/// <summary>Whether a destination is planned or has happened.</summary>
public enum DestinationStage
{
    /// <summary>What the learner intends to do.</summary>
    Intended = 0,

    /// <summary>What the learner did.</summary>
    Actual = 1,
}

/// <summary>
/// The kind of a destination recorded in a careers log, close to the categories of DfE destination measures
/// (docs/articles/domain.md §8). Named apart from <c>Careers.Kpi.DestinationCategory</c>, which classifies sustained
/// destinations for the KPIs, so that code using both namespaces reads without ambiguity.
/// </summary>
public enum LogDestinationCategory
{
    /// <summary>Education: school sixth form, college, university.</summary>
    Education = 0,

    /// <summary>An apprenticeship.</summary>
    Apprenticeship = 1,

    /// <summary>Employment.</summary>
    Employment = 2,

    /// <summary>Not in education, employment or training.</summary>
    NotInEducationEmploymentOrTraining = 3,

    /// <summary>Something else.</summary>
    Other = 4,

    /// <summary>Not decided yet (an intention).</summary>
    Undecided = 5,
}
