using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace Careers.CareersLog;

/// <summary>
/// One learner's careers and skills log, started in primary school and built upon in secondary school
/// (docs/articles/domain.md §7: "every primary school child should have a careers and skills log that can be easily
/// transferred for continuity to secondary schools/academies"). Immutable; <see cref="CareersLogSerializer"/> reads
/// and writes it as a document of the current schema version, <see cref="CareersLogTransfer"/> merges and exports it.
/// </summary>
public sealed record CareersLogDocument
{
    /// <summary>The most schools a log can list.</summary>
    public const int MaxSchools = 50;

    /// <summary>The most entries a log can hold.</summary>
    public const int MaxEntries = 5000;

    /// <summary>Creates a log.</summary>
    /// <param name="learner">Who it is about.</param>
    /// <param name="schools">The schools attended; at least one.</param>
    /// <param name="entries">The entries, each with its own id.</param>
    /// <exception cref="ArgumentException">
    /// No school, too many schools or entries, two entries with one id, or a reflection about an entry not in the log.
    /// </exception>
    [JsonConstructor]
    public CareersLogDocument(
        LogLearner learner,
        IReadOnlyList<LogSchool> schools,
        IReadOnlyList<LogEntry> entries
    )
    {
        Learner = Guard.NotNull(learner, nameof(learner));
        Schools = LogGuard.Items(schools, MaxSchools, nameof(schools));
        if (Schools.Count == 0)
        {
            throw new ArgumentException("A log lists at least one school.", nameof(schools));
        }

        Entries = LogGuard.Items(entries, MaxEntries, nameof(entries));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            if (!ids.Add(entry.Id))
            {
                throw new ArgumentException(
                    $"Two entries have the id '{entry.Id}'.",
                    nameof(entries)
                );
            }
        }

        foreach (var reflection in Entries.OfType<ReflectionEntry>())
        {
            if (reflection.About is { } about && !ids.Contains(about))
            {
                throw new ArgumentException(
                    $"Reflection '{reflection.Id}' is about entry '{about}', which is not in the log.",
                    nameof(entries)
                );
            }
        }
    }

    /// <summary>Starts an empty log at a school.</summary>
    /// <param name="learner">Who it is about.</param>
    /// <param name="school">The school that starts it.</param>
    /// <returns>A log with no entries.</returns>
    public static CareersLogDocument Start(LogLearner learner, LogSchool school) =>
        new(learner, [Guard.NotNull(school, nameof(school))], []);

    /// <summary>The schema version this model writes; older documents are migrated to it when read.</summary>
    [JsonPropertyOrder(-1)]
    public int SchemaVersion => CareersLogSchemas.CurrentVersion;

    /// <summary>Who the log is about.</summary>
    public LogLearner Learner { get; }

    /// <summary>The schools attended.</summary>
    public IReadOnlyList<LogSchool> Schools { get; }

    /// <summary>The entries, in the order they were added.</summary>
    public IReadOnlyList<LogEntry> Entries { get; }

    /// <summary>The entry with an id.</summary>
    /// <param name="id">The entry id.</param>
    /// <returns>The entry, or null.</returns>
    public LogEntry? FindEntry(string id)
    {
        Guard.NotNull(id, nameof(id));
        return Entries.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));
    }

    /// <summary>This log with one more entry at the end.</summary>
    /// <param name="entry">The entry; its id must be new to the log.</param>
    /// <returns>The new log.</returns>
    /// <exception cref="ArgumentException">The log already has an entry with that id.</exception>
    public CareersLogDocument Add(LogEntry entry) =>
        new(Learner, Schools, [.. Entries, Guard.NotNull(entry, nameof(entry))]);

    /// <summary>This log with one more school attended.</summary>
    /// <param name="school">The school.</param>
    /// <returns>The new log.</returns>
    public CareersLogDocument AddSchool(LogSchool school) =>
        new(Learner, [.. Schools, Guard.NotNull(school, nameof(school))], Entries);
}
