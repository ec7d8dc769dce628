using System;
using NodaTime;

namespace Careers.Encounters.Streaming;

/// <summary>
/// One row of an MIS export for the streaming evaluation: a learner's part in an activity, with what the evaluation
/// needs of both. The learner's year group is the one in the academic year of the as-at date. Immutable.
/// <see cref="EncounterCsv"/> reads records from CSV, each with its <see cref="Row"/>.
/// </summary>
public readonly struct EncounterRecord
{
    // Null for a record read from CSV: its ids are the keys in Source, made strings only when read.
    private readonly string? learnerId;
    private readonly string? activityId;

    /// <summary>Creates a record.</summary>
    /// <param name="learnerId">The learner.</param>
    /// <param name="institutionId">The learner's institution, or <see langword="null"/>.</param>
    /// <param name="yearGroup">The learner's year group in the as-at academic year.</param>
    /// <param name="activityId">The activity.</param>
    /// <param name="date">
    /// The activity's date: any date is accepted here; <see cref="EntitlementStream"/> reports one outside the supported
    /// range (1 September 1900 to 31 August 9999) as the problem <c>record.date-range</c>.
    /// </param>
    /// <param name="kind">The activity's kind.</param>
    /// <param name="evidence">The evidence of meaningfulness for this learner in this activity (the activity's and their own).</param>
    /// <param name="employers">How many employers the activity involved (0 when none are recorded).</param>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="employers"/> is negative.</exception>
    public EncounterRecord(
        string learnerId,
        string? institutionId,
        YearGroup yearGroup,
        string activityId,
        LocalDate date,
        ActivityKind kind,
        MeaningfulEvidence evidence,
        int employers
    )
    {
        this.learnerId = Guard.NotEmpty(learnerId, nameof(learnerId));
        InstitutionId = institutionId;
        YearGroup = yearGroup;
        this.activityId = Guard.NotEmpty(activityId, nameof(activityId));
        Date = date;
        Kind = kind;
        Evidence = evidence;
        Employers =
            employers >= 0
                ? employers
                : throw new ArgumentOutOfRangeException(
                    nameof(employers),
                    employers,
                    "Cannot be negative."
                );
    }

    /// <summary>
    /// A record read from CSV: the ids are already checked and interned, with their keys in <paramref name="source"/>,
    /// which makes each id a string only when <see cref="LearnerId"/> or <see cref="ActivityId"/> is first read.
    /// </summary>
    internal EncounterRecord(
        string? institutionId,
        YearGroup yearGroup,
        LocalDate date,
        ActivityKind kind,
        MeaningfulEvidence evidence,
        int employers,
        CsvIds source,
        int learnerKey,
        int activityKey,
        int row
    )
    {
        InstitutionId = institutionId;
        YearGroup = yearGroup;
        Date = date;
        Kind = kind;
        Evidence = evidence;
        Employers = employers;
        Source = source;
        LearnerKey = learnerKey;
        ActivityKey = activityKey;
        Row = row;
    }

    /// <summary>The read that interned the ids, or <see langword="null"/> for a record made by the caller.</summary>
    internal CsvIds? Source { get; }

    /// <summary>The learner's dense key in <see cref="Source"/>.</summary>
    internal int LearnerKey { get; }

    /// <summary>The activity's dense key in <see cref="Source"/>.</summary>
    internal int ActivityKey { get; }

    /// <summary>
    /// The CSV data row the record was read from, as <see cref="EncounterCsv"/> numbers rows in its problems'
    /// paths (<c>/rows/N</c>): from 1, the line after the header, counting every line, blank ones too, so row N is
    /// line N + 1 of the file. 0 for a record made with the constructor.
    /// </summary>
    public int Row { get; }

    /// <summary>The learner.</summary>
    public string LearnerId => learnerId ?? Source?.Learners.Key(LearnerKey)!;

    /// <summary>The learner's institution, or <see langword="null"/>.</summary>
    public string? InstitutionId { get; }

    /// <summary>The learner's year group in the as-at academic year.</summary>
    public YearGroup YearGroup { get; }

    /// <summary>The activity.</summary>
    public string ActivityId => activityId ?? Source?.Activities.Key(ActivityKey)!;

    /// <summary>The activity's date.</summary>
    public LocalDate Date { get; }

    /// <summary>The activity's kind.</summary>
    public ActivityKind Kind { get; }

    /// <summary>The evidence of meaningfulness for this learner in this activity.</summary>
    public MeaningfulEvidence Evidence { get; }

    /// <summary>How many employers the activity involved.</summary>
    public int Employers { get; }
}
