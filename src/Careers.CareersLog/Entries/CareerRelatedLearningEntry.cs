using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace Careers.CareersLog;

/// <summary>A career-related learning session (docs/articles/domain.md §7, the primary school entries).</summary>
public sealed record CareerRelatedLearningEntry : LogEntry
{
    private readonly IReadOnlyList<string> employers = ValueList<string>.Empty;
    private readonly IReadOnlyList<string> sectors = ValueList<string>.Empty;
    private readonly int? durationMinutes;

    /// <summary>Creates a session.</summary>
    /// <param name="id">The entry's stable id.</param>
    /// <param name="date">When it happened: any date; one outside the supported range (1 September 1900 to 31 August 9999) is <c>rule.date-range</c> to <see cref="CareersLogValidator"/>.</param>
    /// <param name="yearGroup">The learner's year group then.</param>
    /// <param name="author">Who wrote it.</param>
    /// <param name="title">What the session was, 1 to 200 characters.</param>
    public CareerRelatedLearningEntry(
        string id,
        LocalDate date,
        YearGroup yearGroup,
        LogAuthor author,
        string title
    )
        : base(LogEntryType.CareerRelatedLearning, id, date, yearGroup, author) =>
        Title = LogGuard.Text(title, LogVocabulary.NameLength, nameof(title));

    /// <summary>What the session was.</summary>
    public string Title { get; }

    /// <summary>The employers or volunteers who took part, by name; null is read as none.</summary>
    public IReadOnlyList<string> Employers
    {
        get => employers;
        init =>
            employers = LogGuard.Texts(
                value ?? [],
                50,
                LogVocabulary.NameLength,
                nameof(Employers)
            );
    }

    /// <summary>The sectors it was about; null is read as none.</summary>
    public IReadOnlyList<string> Sectors
    {
        get => sectors;
        init =>
            sectors = LogGuard.Codes(
                value ?? [],
                15,
                LogVocabulary.IsSector,
                "a sector (an occupational route or an x- code)",
                nameof(Sectors)
            );
    }

    /// <summary>How long it took, 1 to 1440 minutes.</summary>
    public int? DurationMinutes
    {
        get => durationMinutes;
        init => durationMinutes = LogGuard.OptionalRange(value, 1, 1440, nameof(DurationMinutes));
    }
}
