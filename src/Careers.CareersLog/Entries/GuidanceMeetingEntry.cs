using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace Careers.CareersLog;

/// <summary>A personal guidance meeting: the adviser, their qualification level and the decisions agreed.</summary>
public sealed record GuidanceMeetingEntry : LogEntry
{
    private readonly IReadOnlyList<string> agreedDecisions = ValueList<string>.Empty;
    private readonly string? activityId;

    /// <summary>Creates a guidance meeting.</summary>
    /// <param name="id">The entry's stable id.</param>
    /// <param name="date">When it happened: any date; one outside the supported range (1 September 1900 to 31 August 9999) is <c>rule.date-range</c> to <see cref="CareersLogValidator"/>.</param>
    /// <param name="yearGroup">The learner's year group then.</param>
    /// <param name="author">Who wrote it.</param>
    /// <param name="adviser">The adviser.</param>
    public GuidanceMeetingEntry(
        string id,
        LocalDate date,
        YearGroup yearGroup,
        LogAuthor author,
        GuidanceAdviser adviser
    )
        : base(LogEntryType.GuidanceMeeting, id, date, yearGroup, author) =>
        Adviser = Guard.NotNull(adviser, nameof(adviser));

    /// <summary>The adviser.</summary>
    public GuidanceAdviser Adviser { get; init; }

    /// <summary>The decisions agreed, each up to 4000 characters; null is read as none.</summary>
    public IReadOnlyList<string> AgreedDecisions
    {
        get => agreedDecisions;
        init =>
            agreedDecisions = LogGuard.Texts(
                value ?? [],
                20,
                LogVocabulary.TextLength,
                nameof(AgreedDecisions)
            );
    }

    /// <summary>The id of the activity in the school's records.</summary>
    public string? ActivityId
    {
        get => activityId;
        init => activityId = LogGuard.OptionalId(value, nameof(ActivityId));
    }
}
