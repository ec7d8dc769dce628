using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace Careers.CareersLog;

/// <summary>A careers conversation or event with the child's family (docs/articles/domain.md §7).</summary>
public sealed record FamilyEngagementEntry : LogEntry
{
    /// <summary>Creates a family engagement.</summary>
    /// <param name="id">The entry's stable id.</param>
    /// <param name="date">When it happened: any date; one outside the supported range (1 September 1900 to 31 August 9999) is <c>rule.date-range</c> to <see cref="CareersLogValidator"/>.</param>
    /// <param name="yearGroup">The learner's year group then.</param>
    /// <param name="author">Who wrote it.</param>
    /// <param name="description">What happened, 1 to 4000 characters.</param>
    public FamilyEngagementEntry(
        string id,
        LocalDate date,
        YearGroup yearGroup,
        LogAuthor author,
        string description
    )
        : base(LogEntryType.FamilyEngagement, id, date, yearGroup, author) =>
        Description = LogGuard.Text(description, LogVocabulary.TextLength, nameof(description));

    /// <summary>What happened.</summary>
    public string Description { get; }
}
