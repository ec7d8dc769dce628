using System.Text.Json.Serialization;
using NodaTime;

namespace Careers.CareersLog;

/// <summary>
/// One entry of a careers and skills log: a stable id, the date, the year group then and who wrote it
/// (docs/articles/domain.md §7). The id is what a transfer matches on, so keep it when an entry is edited.
/// </summary>
public abstract record LogEntry
{
    private readonly string id;
    private readonly LogAuthor author;

    private protected LogEntry(
        LogEntryType type,
        string id,
        LocalDate date,
        YearGroup yearGroup,
        LogAuthor author
    )
    {
        Type = type;
        this.id = LogGuard.Id(id, nameof(id));
        Date = date;
        YearGroup = yearGroup;
        this.author = Guard.NotNull(author, nameof(author));
    }

    /// <summary>The entry's stable id, unique in the log: 1 to 64 letters, digits, '.', '_', ':' or '-'.</summary>
    [JsonPropertyOrder(-5)]
    public string Id
    {
        get => id;
        init => id = LogGuard.Id(value, nameof(Id));
    }

    /// <summary>What kind of entry this is; the JSON <c>type</c>.</summary>
    [JsonPropertyOrder(-4)]
    public LogEntryType Type { get; }

    /// <summary>
    /// When it happened. The model takes any date; <see cref="CareersLogValidator"/> reports one outside the supported
    /// range (1 September 1900 to 31 August 9999) as <c>rule.date-range</c>, so a log holding one does not validate.
    /// </summary>
    [JsonPropertyOrder(-3)]
    public LocalDate Date { get; init; }

    /// <summary>The learner's year group then; written in JSON as a number, 0 for Reception.</summary>
    [JsonPropertyOrder(-2)]
    [JsonConverter(typeof(YearGroupNumberJsonConverter))]
    public YearGroup YearGroup { get; init; }

    /// <summary>Who wrote the entry.</summary>
    [JsonPropertyOrder(-1)]
    public LogAuthor Author
    {
        get => author;
        init => author = Guard.NotNull(value, nameof(Author));
    }
}
