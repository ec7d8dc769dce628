using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace Careers.CareersLog;

/// <summary>
/// An encounter with a provider of technical education or apprenticeships (the Provider Access Legislation,
/// docs/articles/domain.md §6), or a visit to higher education (Gatsby Benchmark 7).
/// </summary>
public sealed record ProviderEncounterEntry : LogEntry
{
    private readonly MeaningfulEvidence meaningful;
    private readonly string? activityId;

    /// <summary>Creates a provider encounter.</summary>
    /// <param name="id">The entry's stable id.</param>
    /// <param name="date">When it happened: any date; one outside the supported range (1 September 1900 to 31 August 9999) is <c>rule.date-range</c> to <see cref="CareersLogValidator"/>.</param>
    /// <param name="yearGroup">The learner's year group then.</param>
    /// <param name="author">Who wrote it.</param>
    /// <param name="kind">A provider encounter or a higher education visit.</param>
    /// <param name="provider">The provider.</param>
    public ProviderEncounterEntry(
        string id,
        LocalDate date,
        YearGroup yearGroup,
        LogAuthor author,
        ActivityKind kind,
        LogOrganisation provider
    )
        : base(LogEntryType.ProviderEncounter, id, date, yearGroup, author)
    {
        Kind = LogGuard.KindIn(
            kind,
            nameof(kind),
            ActivityKind.ProviderEncounter,
            ActivityKind.HigherEducationVisit
        );
        Provider = Guard.NotNull(provider, nameof(provider));
    }

    /// <summary>The kind of encounter.</summary>
    public ActivityKind Kind { get; }

    /// <summary>The provider.</summary>
    public LogOrganisation Provider { get; }

    /// <summary>Whether it took place during the school day; only such encounters count for Provider Access.</summary>
    public bool? DuringSchoolDay { get; init; }

    /// <summary>The evidence that made it meaningful.</summary>
    public MeaningfulEvidence Meaningful
    {
        get => meaningful;
        init => meaningful = LogGuard.Evidence(value, nameof(Meaningful));
    }

    /// <summary>The id of the activity in the school's records.</summary>
    public string? ActivityId
    {
        get => activityId;
        init => activityId = LogGuard.OptionalId(value, nameof(ActivityId));
    }
}
