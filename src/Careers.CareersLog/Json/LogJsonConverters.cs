using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Text;

namespace Careers.CareersLog;

/// <summary>Dates as ISO 8601 <c>yyyy-MM-dd</c>.</summary>
internal sealed class IsoLocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    ) =>
        LocalDatePattern.Iso.Parse(reader.GetString() ?? string.Empty) is { Success: true } result
            ? result.Value
            : throw new JsonException(
                $"'{reader.GetString()}' is not a date in the form yyyy-MM-dd."
            );

    public override void Write(
        Utf8JsonWriter writer,
        LocalDate value,
        JsonSerializerOptions options
    ) => writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}

/// <summary>Whole numbers as JSON Schema sees them: 3 and 3.0 alike.</summary>
internal sealed class WholeNumberJsonConverter : JsonConverter<int>
{
    public override int Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    )
    {
        if (reader.TryGetInt32(out var value))
        {
            return value;
        }

        var number = reader.GetDouble();
        return Math.Floor(number) == number && number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : throw new JsonException(
                $"{number.ToString(CultureInfo.InvariantCulture)} is not a whole number."
            );
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value);
}

/// <summary>A year group as its number, 0 for Reception.</summary>
internal sealed class YearGroupNumberJsonConverter : JsonConverter<YearGroup>
{
    private static readonly WholeNumberJsonConverter Numbers = new();

    public override YearGroup Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    ) => YearGroup.FromNumber(Numbers.Read(ref reader, typeof(int), options));

    public override void Write(
        Utf8JsonWriter writer,
        YearGroup value,
        JsonSerializerOptions options
    ) => writer.WriteNumberValue(value.Number);
}

/// <summary>Meaningful-encounter evidence as an array of the schema's names.</summary>
internal sealed class MeaningfulEvidenceJsonConverter : JsonConverter<MeaningfulEvidence>
{
    public override MeaningfulEvidence Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    )
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Meaningful-encounter evidence is an array of names.");
        }

        var evidence = MeaningfulEvidence.None;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var name = reader.GetString() ?? string.Empty;
            evidence |=
                LogVocabulary.EvidenceNamed(name)
                ?? throw new JsonException($"'{name}' is not meaningful-encounter evidence.");
        }

        return evidence;
    }

    public override void Write(
        Utf8JsonWriter writer,
        MeaningfulEvidence value,
        JsonSerializerOptions options
    )
    {
        writer.WriteStartArray();
        foreach (var (flag, name, _) in LogVocabulary.Evidence)
        {
            if ((value & flag) != 0)
            {
                writer.WriteStringValue(name);
            }
        }

        writer.WriteEndArray();
    }
}

/// <summary>Enumerations as camelCase names, as the schema writes them; numbers are refused.</summary>
internal sealed class CamelCaseEnumJsonConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumJsonConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false) { }
}

/// <summary>
/// Log entries by their <c>type</c>: each kind is read and written with its own source-generated metadata, so the
/// discriminator may come anywhere in the object.
/// </summary>
internal sealed class LogEntryJsonConverter : JsonConverter<LogEntry>
{
    private static readonly Dictionary<string, Type> Types = new(StringComparer.Ordinal)
    {
        ["aspiration"] = typeof(AspirationEntry),
        ["careerRelatedLearning"] = typeof(CareerRelatedLearningEntry),
        ["skill"] = typeof(SkillEntry),
        ["familyEngagement"] = typeof(FamilyEngagementEntry),
        ["employerEncounter"] = typeof(EmployerEncounterEntry),
        ["workplaceExperience"] = typeof(WorkplaceExperienceEntry),
        ["providerEncounter"] = typeof(ProviderEncounterEntry),
        ["guidanceMeeting"] = typeof(GuidanceMeetingEntry),
        ["reflection"] = typeof(ReflectionEntry),
        ["destination"] = typeof(DestinationEntry),
    };

    public override LogEntry Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    )
    {
        using var entry = JsonDocument.ParseValue(ref reader);
        var type =
            entry.RootElement.TryGetProperty("type", out var name)
            && name.GetString() is { } text
            && Types.TryGetValue(text, out var found)
                ? found
                : throw new JsonException("A log entry needs a known type.");
        return (LogEntry)(
            entry.RootElement.Deserialize(options.GetTypeInfo(type))
            ?? throw new JsonException("A log entry cannot be null.")
        );
    }

    public override void Write(
        Utf8JsonWriter writer,
        LogEntry value,
        JsonSerializerOptions options
    ) => JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
}

/// <summary>Leaves out what the schema does not allow empty: lists with no items and evidence with no flags.</summary>
internal sealed class OmitEmptyResolver(IJsonTypeInfoResolver inner) : IJsonTypeInfoResolver
{
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        var info = inner.GetTypeInfo(type, options);
        if (info?.Kind == JsonTypeInfoKind.Object)
        {
            foreach (var property in info.Properties)
            {
                if (property.PropertyType == typeof(IReadOnlyList<string>))
                {
                    property.ShouldSerialize = static (_, value) =>
                        value is IReadOnlyList<string> { Count: > 0 };
                }
                else if (property.PropertyType == typeof(MeaningfulEvidence))
                {
                    property.ShouldSerialize = static (_, value) =>
                        value is MeaningfulEvidence evidence && evidence != MeaningfulEvidence.None;
                }
            }
        }

        return info;
    }
}
