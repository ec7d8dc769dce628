using System.Collections.Generic;
using System.Text.Json.Serialization;
using NodaTime;

namespace Careers.CareersLog;

/// <summary>
/// What the child hopes to do: jobs in their own words, occupations discussed and sectors of interest
/// (docs/articles/domain.md §7: "captures children's hopes and dreams").
/// </summary>
public sealed record AspirationEntry : LogEntry
{
    /// <summary>Creates an aspiration; at least one of the three lists must have an item.</summary>
    /// <param name="id">The entry's stable id.</param>
    /// <param name="date">When it happened: any date; one outside the supported range (1 September 1900 to 31 August 9999) is <c>rule.date-range</c> to <see cref="CareersLogValidator"/>.</param>
    /// <param name="yearGroup">The learner's year group then.</param>
    /// <param name="author">Who wrote it.</param>
    /// <param name="jobsHopedFor">Jobs hoped for, in the child's own words.</param>
    /// <param name="occupationsDiscussed">Occupations discussed: SOC 2020 unit groups (<c>soc2020:2136</c>) or local <c>x-</c> codes.</param>
    /// <param name="sectors">Sectors: the 15 occupational routes (<c>digital</c>) or local <c>x-</c> codes (<c>x-sport</c>).</param>
    /// <exception cref="System.ArgumentException">All three lists are empty, or a value is not valid.</exception>
    [JsonConstructor]
    public AspirationEntry(
        string id,
        LocalDate date,
        YearGroup yearGroup,
        LogAuthor author,
        IReadOnlyList<string>? jobsHopedFor,
        IReadOnlyList<string>? occupationsDiscussed,
        IReadOnlyList<string>? sectors
    )
        : base(LogEntryType.Aspiration, id, date, yearGroup, author)
    {
        JobsHopedFor = LogGuard.Texts(
            jobsHopedFor ?? [],
            20,
            LogVocabulary.NameLength,
            nameof(jobsHopedFor)
        );
        OccupationsDiscussed = LogGuard.Codes(
            occupationsDiscussed ?? [],
            50,
            LogVocabulary.IsOccupation,
            "a SOC 2020 code (soc2020:2136) or an x- code",
            nameof(occupationsDiscussed)
        );
        Sectors = LogGuard.Codes(
            sectors ?? [],
            15,
            LogVocabulary.IsSector,
            "a sector (an occupational route or an x- code)",
            nameof(sectors)
        );
        if (JobsHopedFor.Count + OccupationsDiscussed.Count + Sectors.Count == 0)
        {
            throw new System.ArgumentException(
                "An aspiration needs a job hoped for, an occupation or a sector.",
                nameof(jobsHopedFor)
            );
        }
    }

    /// <summary>Jobs hoped for, in the child's own words.</summary>
    public IReadOnlyList<string> JobsHopedFor { get; }

    /// <summary>Occupations discussed: SOC 2020 unit groups or local <c>x-</c> codes.</summary>
    public IReadOnlyList<string> OccupationsDiscussed { get; }

    /// <summary>Sectors of interest: occupational routes or local <c>x-</c> codes.</summary>
    public IReadOnlyList<string> Sectors { get; }
}
