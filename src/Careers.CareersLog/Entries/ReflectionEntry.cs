using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace Careers.CareersLog;

/// <summary>The learner's reflection, on its own or about another entry of the log.</summary>
public sealed record ReflectionEntry : LogEntry
{
    private readonly string? about;

    /// <summary>Creates a reflection.</summary>
    /// <param name="id">The entry's stable id.</param>
    /// <param name="date">When it happened: any date; one outside the supported range (1 September 1900 to 31 August 9999) is <c>rule.date-range</c> to <see cref="CareersLogValidator"/>.</param>
    /// <param name="yearGroup">The learner's year group then.</param>
    /// <param name="author">Who wrote it.</param>
    /// <param name="text">The reflection, 1 to 4000 characters.</param>
    public ReflectionEntry(
        string id,
        LocalDate date,
        YearGroup yearGroup,
        LogAuthor author,
        string text
    )
        : base(LogEntryType.Reflection, id, date, yearGroup, author) =>
        Text = LogGuard.Text(text, LogVocabulary.TextLength, nameof(text));

    /// <summary>The reflection.</summary>
    public string Text { get; }

    /// <summary>The id of the entry it is about, which must be in the same log.</summary>
    public string? About
    {
        get => about;
        init => about = LogGuard.OptionalId(value, nameof(About));
    }
}
