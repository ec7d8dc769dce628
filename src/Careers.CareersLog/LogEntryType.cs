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
