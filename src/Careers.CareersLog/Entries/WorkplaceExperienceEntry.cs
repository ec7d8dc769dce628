using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace Careers.CareersLog;

/// <summary>An experience of a workplace, with the evidence that made it meaningful (docs/articles/domain.md §4).</summary>
public sealed record WorkplaceExperienceEntry : LogEntry
{
    private readonly MeaningfulEvidence meaningful;
    private readonly int? days;
    private readonly string? activityId;

    /// <summary>Creates a workplace experience.</summary>
    /// <param name="id">The entry's stable id.</param>
    /// <param name="date">When it happened: any date; one outside the supported range (1 September 1900 to 31 August 9999) is <c>rule.date-range</c> to <see cref="CareersLogValidator"/>.</param>
    /// <param name="yearGroup">The learner's year group then.</param>
    /// <param name="author">Who wrote it.</param>
    /// <param name="kind">A workplace visit, work shadowing, work experience, virtual work experience or a part-time job.</param>
    /// <param name="employer">The employer, 1 to 200 characters.</param>
    public WorkplaceExperienceEntry(
        string id,
        LocalDate date,
        YearGroup yearGroup,
        LogAuthor author,
        ActivityKind kind,
        string employer
    )
        : base(LogEntryType.WorkplaceExperience, id, date, yearGroup, author)
    {
        Kind = LogGuard.KindIn(
            kind,
            nameof(kind),
            ActivityKind.WorkplaceVisit,
            ActivityKind.WorkShadowing,
            ActivityKind.WorkExperience,
            ActivityKind.VirtualWorkExperience,
            ActivityKind.PartTimeJob
        );
        Employer = LogGuard.Text(employer, LogVocabulary.NameLength, nameof(employer));
    }

    /// <summary>The kind of experience.</summary>
    public ActivityKind Kind { get; }

    /// <summary>The employer.</summary>
    public string Employer { get; }

    /// <summary>The evidence that made it meaningful.</summary>
    public MeaningfulEvidence Meaningful
    {
        get => meaningful;
        init => meaningful = LogGuard.Evidence(value, nameof(Meaningful));
    }

    /// <summary>How many days it lasted, 1 to 365.</summary>
    public int? Days
    {
        get => days;
        init => days = LogGuard.OptionalRange(value, 1, 365, nameof(Days));
    }

    /// <summary>The id of the activity in the school's records.</summary>
    public string? ActivityId
    {
        get => activityId;
        init => activityId = LogGuard.OptionalId(value, nameof(ActivityId));
    }
}
