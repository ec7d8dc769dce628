using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Careers;

/// <summary>
/// A careers activity that took place: what kind, when, how it was delivered, who was involved, and the evidence
/// that it was meaningful. Learners take part through <see cref="Participation"/> records. Immutable.
/// </summary>
public sealed record CareersActivity
{
    private readonly IReadOnlyList<ActivityOrganisation> organisations =
        Array.Empty<ActivityOrganisation>();
    private readonly Duration? duration;
    private readonly int? adviserQualificationLevel;
    private readonly string? curriculumArea;
    private readonly IReadOnlyList<YearGroup> offeredTo = Array.Empty<YearGroup>();

    /// <summary>Creates an activity.</summary>
    /// <param name="id">A stable id for the activity.</param>
    /// <param name="kind">What kind of activity it was.</param>
    /// <param name="date">
    /// The day it took place (the first day, for a placement over several days). Any date is accepted here;
    /// <see cref="ActivityRecord.Create"/> reports one outside the supported range (<see cref="Careers.AcademicYear.MinDate"/> to
    /// <see cref="Careers.AcademicYear.MaxDate"/>, 1 September 1900 to 31 August 9999) as the problem
    /// <c>activity.date-range</c>.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or <paramref name="kind"/> is not defined.</exception>
    public CareersActivity(string id, ActivityKind kind, LocalDate date)
    {
        Id = Guard.NotEmpty(id, nameof(id));
        Kind = Guard.Defined(kind, nameof(kind));
        Date = date;
    }

    /// <summary>A stable id for the activity.</summary>
    public string Id { get; }

    /// <summary>What kind of activity it was.</summary>
    public ActivityKind Kind { get; }

    /// <summary>
    /// The day it took place (the first day, for a placement over several days); any date, as given (see the
    /// constructor for what an <see cref="ActivityRecord"/> accepts).
    /// </summary>
    public LocalDate Date { get; }

    /// <summary>How long it lasted, when recorded.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative duration.</exception>
    public Duration? Duration
    {
        get => duration;
        init =>
            duration =
                value is null || value.Value > NodaTime.Duration.Zero
                    ? value
                    : throw new ArgumentOutOfRangeException(
                        nameof(Duration),
                        value,
                        "A duration must be positive."
                    );
    }

    /// <summary>How it was delivered.</summary>
    public DeliveryMode Delivery { get; init; }

    /// <summary>
    /// Whether it took place during the standard school day; <see langword="null"/> when not recorded. The Provider
    /// Access Legislation counts only encounters in the school day (docs/articles/domain.md §6).
    /// </summary>
    public bool? DuringSchoolDay { get; init; }

    /// <summary>The employers and providers involved; empty when none are recorded.</summary>
    /// <exception cref="ArgumentNullException">Set to null or to a list containing null.</exception>
    public IReadOnlyList<ActivityOrganisation> Organisations
    {
        get => organisations;
        init
        {
            var copy = Guard.NotNull(value, nameof(Organisations)).ToArray();
            if (copy.Any(o => o is null))
            {
                throw new ArgumentNullException(
                    nameof(Organisations),
                    "The list of organisations contains null."
                );
            }

            organisations = Array.AsReadOnly(copy);
        }
    }

    /// <summary>The curriculum area it was delivered through, if any (colleges count one encounter a year through it).</summary>
    /// <exception cref="ArgumentException">Set to empty or white space.</exception>
    public string? CurriculumArea
    {
        get => curriculumArea;
        init => curriculumArea = Guard.NullOrNotBlank(value, nameof(CurriculumArea));
    }

    /// <summary>
    /// For a guidance meeting, the qualification level (RQF 1–8) of the careers adviser, when recorded. Gatsby
    /// Benchmark 8 expects an adviser trained to Level 6 or above (the CDI register's requirement, docs/articles/domain.md §3).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1–8.</exception>
    public int? AdviserQualificationLevel
    {
        get => adviserQualificationLevel;
        init =>
            adviserQualificationLevel = value is null or (>= 1 and <= 8)
                ? value
                : throw new ArgumentOutOfRangeException(
                    nameof(AdviserQualificationLevel),
                    value,
                    "A qualification level is 1 to 8 (the Regulated Qualifications Framework)."
                );
    }

    /// <summary>
    /// The year groups the activity was put on for as a whole, in its academic year (an assembly, a talk or an event
    /// offered to every pupil of the year group), apart from who took part; empty when it was not offered to a whole
    /// year group or this is not recorded. The Provider Access Legislation's third key phase is a duty to put
    /// encounters on: an occasion given to a cohort meets the school's duty whoever attends (Education Act 1997
    /// s.42B(2A)(b); docs/articles/domain.md §6). Kept sorted, without repeats.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<YearGroup> OfferedTo
    {
        get => offeredTo;
        init =>
            offeredTo = Array.AsReadOnly(
                Guard.NotNull(value, nameof(OfferedTo)).Distinct().OrderBy(y => y).ToArray()
            );
    }

    /// <summary>The evidence of meaningfulness designed into the activity for everyone who took part.</summary>
    public MeaningfulEvidence Evidence { get; init; }

    /// <summary>The academic year the activity took place in.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <see cref="Date"/> is outside the supported range (1 September 1900 to 31 August 9999), so it has no academic
    /// year. Ask <see cref="Careers.AcademicYear.TryForDate"/> instead when the activity comes from data.
    /// </exception>
    public AcademicYear AcademicYear => AcademicYear.ForDate(Date);

    /// <summary>Value equality that compares <see cref="Organisations"/> element by element.</summary>
    /// <param name="other">The activity to compare with.</param>
    /// <returns>Whether both describe the same activity.</returns>
    public bool Equals(CareersActivity? other) =>
        other is not null
        && Id == other.Id
        && Kind == other.Kind
        && Date == other.Date
        && duration == other.duration
        && Delivery == other.Delivery
        && DuringSchoolDay == other.DuringSchoolDay
        && organisations.SequenceEqual(other.organisations)
        && curriculumArea == other.curriculumArea
        && adviserQualificationLevel == other.adviserQualificationLevel
        && offeredTo.SequenceEqual(other.offeredTo)
        && Evidence == other.Evidence;

    /// <inheritdoc />
    public override int GetHashCode() =>
        StringComparer.Ordinal.GetHashCode(Id) ^ Date.GetHashCode();
}
