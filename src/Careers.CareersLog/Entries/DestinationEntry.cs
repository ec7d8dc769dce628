using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace Careers.CareersLog;

/// <summary>An intended or actual destination after Year 11 or Year 13 (docs/articles/domain.md §7 and §8).</summary>
public sealed record DestinationEntry : LogEntry
{
    private readonly string? details;

    /// <summary>Creates a destination.</summary>
    /// <param name="id">The entry's stable id.</param>
    /// <param name="date">When it happened: any date; one outside the supported range (1 September 1900 to 31 August 9999) is <c>rule.date-range</c> to <see cref="CareersLogValidator"/>.</param>
    /// <param name="yearGroup">The learner's year group then.</param>
    /// <param name="author">Who wrote it.</param>
    /// <param name="stage">Intended or actual.</param>
    /// <param name="category">The kind of destination.</param>
    public DestinationEntry(
        string id,
        LocalDate date,
        YearGroup yearGroup,
        LogAuthor author,
        DestinationStage stage,
        LogDestinationCategory category
    )
        : base(LogEntryType.Destination, id, date, yearGroup, author)
    {
        Stage = Guard.Defined(stage, nameof(stage));
        Category = Guard.Defined(category, nameof(category));
    }

    /// <summary>Intended or actual.</summary>
    public DestinationStage Stage { get; }

    /// <summary>The kind of destination.</summary>
    public LogDestinationCategory Category { get; }

    /// <summary>More about it (the course, the job), up to 4000 characters.</summary>
    public string? Details
    {
        get => details;
        init => details = LogGuard.OptionalText(value, LogVocabulary.TextLength, nameof(Details));
    }

    /// <summary>The college, university, training provider or employer.</summary>
    public LogOrganisation? Provider { get; init; }
}
