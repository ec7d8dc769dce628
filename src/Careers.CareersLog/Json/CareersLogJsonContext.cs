using System.Text.Json.Serialization;

namespace Careers.CareersLog;

/// <summary>Source-generated metadata for the careers log: no reflection, safe under trimming and native AOT.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [
        typeof(IsoLocalDateJsonConverter),
        typeof(WholeNumberJsonConverter),
        typeof(MeaningfulEvidenceJsonConverter),
        typeof(LogEntryJsonConverter),
        typeof(CamelCaseEnumJsonConverter<LogEntryType>),
        typeof(CamelCaseEnumJsonConverter<AuthorRole>),
        typeof(CamelCaseEnumJsonConverter<EssentialSkill>),
        typeof(CamelCaseEnumJsonConverter<SkillAssessor>),
        typeof(CamelCaseEnumJsonConverter<ActivityKind>),
        typeof(CamelCaseEnumJsonConverter<DestinationStage>),
        typeof(CamelCaseEnumJsonConverter<LogDestinationCategory>),
    ]
)]
[JsonSerializable(typeof(CareersLogDocument))]
[JsonSerializable(typeof(AspirationEntry))]
[JsonSerializable(typeof(CareerRelatedLearningEntry))]
[JsonSerializable(typeof(SkillEntry))]
[JsonSerializable(typeof(FamilyEngagementEntry))]
[JsonSerializable(typeof(EmployerEncounterEntry))]
[JsonSerializable(typeof(WorkplaceExperienceEntry))]
[JsonSerializable(typeof(ProviderEncounterEntry))]
[JsonSerializable(typeof(GuidanceMeetingEntry))]
[JsonSerializable(typeof(ReflectionEntry))]
[JsonSerializable(typeof(DestinationEntry))]
internal sealed partial class CareersLogJsonContext : JsonSerializerContext { }
