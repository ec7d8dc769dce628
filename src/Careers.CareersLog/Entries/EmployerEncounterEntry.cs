using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace Careers.CareersLog;

/// <summary>
/// An encounter with one or more employers, with the evidence that made it meaningful (docs/articles/domain.md §4);
/// it feeds the entitlement and Gatsby Benchmark 5 through <see cref="CareersLogActivities"/>.
/// </summary>
public sealed record EmployerEncounterEntry : LogEntry
{
    private readonly MeaningfulEvidence meaningful;
    private readonly int? durationMinutes;
    private readonly string? activityId;

    /// <summary>Creates an employer encounter.</summary>
    /// <param name="id">The entry's stable id.</param>
    /// <param name="date">When it happened: any date; one outside the supported range (1 September 1900 to 31 August 9999) is <c>rule.date-range</c> to <see cref="CareersLogValidator"/>.</param>
    /// <param name="yearGroup">The learner's year group then.</param>
    /// <param name="author">Who wrote it.</param>
    /// <param name="kind">An employer encounter kind: a talk, mentoring, an enterprise challenge or a careers fair.</param>
    /// <param name="employers">The employers met, by name; at least one.</param>
    public EmployerEncounterEntry(
        string id,
        LocalDate date,
        YearGroup yearGroup,
        LogAuthor author,
        ActivityKind kind,
        IReadOnlyList<string> employers
    )
        : base(LogEntryType.EmployerEncounter, id, date, yearGroup, author)
    {
        Kind = LogGuard.KindIn(
            kind,
            nameof(kind),
            ActivityKind.EmployerTalk,
            ActivityKind.Mentoring,
            ActivityKind.EnterpriseChallenge,
            ActivityKind.CareersFair
        );
        Employers = LogGuard.Texts(employers, 50, LogVocabulary.NameLength, nameof(employers));
        if (Employers.Count == 0)
        {
            throw new System.ArgumentException(
                "An employer encounter names at least one employer.",
                nameof(employers)
            );
        }
    }

    /// <summary>The kind of encounter.</summary>
    public ActivityKind Kind { get; }

    /// <summary>The employers met.</summary>
    public IReadOnlyList<string> Employers { get; }

    /// <summary>The evidence that made it meaningful.</summary>
    public MeaningfulEvidence Meaningful
    {
        get => meaningful;
        init => meaningful = LogGuard.Evidence(value, nameof(Meaningful));
    }

    /// <summary>How long it took, 1 to 1440 minutes.</summary>
    public int? DurationMinutes
    {
        get => durationMinutes;
        init => durationMinutes = LogGuard.OptionalRange(value, 1, 1440, nameof(DurationMinutes));
    }

    /// <summary>The id of the activity in the school's records, so that the same encounter is not counted twice.</summary>
    public string? ActivityId
    {
        get => activityId;
        init => activityId = LogGuard.OptionalId(value, nameof(ActivityId));
    }
}
