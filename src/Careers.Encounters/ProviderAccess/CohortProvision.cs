using System.Collections.Generic;
using NodaTime;

namespace Careers.Encounters;

/// <summary>
/// The school's duty to one cohort in one key phase: the occasions it gave that cohort inside the cohort's own
/// window, whether they meet the duty, and how the cohort's pupils stand. The duty is owed to each cohort in its own
/// key phase: occasions given to an earlier or later cohort never count (Education Act 1997 s.42B(1A), (2A);
/// docs/articles/domain.md §6). Immutable.
/// </summary>
public sealed class CohortProvision
{
    internal CohortProvision(
        ProviderAccessPhase phase,
        AcademicYear firstYear,
        LocalDate windowStart,
        LocalDate windowEnd,
        DutyStatus status,
        IReadOnlyList<string> occasions,
        IReadOnlyList<string> learners,
        IReadOnlyList<string> missed,
        IReadOnlyList<string> outstanding,
        IReadOnlyList<string> notAttended,
        IReadOnlyList<string> reasons
    )
    {
        Phase = phase;
        FirstYear = firstYear;
        WindowStart = windowStart;
        WindowEnd = windowEnd;
        Status = status;
        Occasions = occasions;
        Learners = learners;
        Missed = missed;
        Outstanding = outstanding;
        NotAttended = notAttended;
        Reasons = reasons;
    }

    /// <summary>The phase.</summary>
    public ProviderAccessPhase Phase { get; }

    /// <summary>
    /// The academic year in which the cohort is in the phase's first year group (Year 8, 10 or 12): it names the
    /// cohort.
    /// </summary>
    public AcademicYear FirstYear { get; }

    /// <summary>The cohort as people say it, for example <c>Year 8 in 2024/25</c>.</summary>
    public string Cohort => $"{ProviderAccessPolicy.FirstYearGroup(Phase)} in {FirstYear}";

    /// <summary>The first day of the cohort's window: 1 September of <see cref="FirstYear"/>.</summary>
    public LocalDate WindowStart { get; }

    /// <summary>The last day of the cohort's window: 28 February of the following academic year.</summary>
    public LocalDate WindowEnd { get; }

    /// <summary>Where the duty to the cohort stands.</summary>
    public DutyStatus Status { get; }

    /// <summary>Whether the cohort has been given its occasions.</summary>
    public bool DutyMet => Status == DutyStatus.Met;

    /// <summary>
    /// The qualifying occasions given to the cohort in its window, by activity id in ordinal order: activities offered
    /// to the cohort's year group (<see cref="CareersActivity.OfferedTo"/>) or attended by at least one of its pupils.
    /// </summary>
    public IReadOnlyList<string> Occasions { get; }

    /// <summary>The cohort's learners in the input, by id, in the order given.</summary>
    public IReadOnlyList<string> Learners { get; }

    /// <summary>Phases one and two: pupils whose window closed without the encounters they must have.</summary>
    public IReadOnlyList<string> Missed { get; }

    /// <summary>Pupils whose window is open and who have not yet had the encounters.</summary>
    public IReadOnlyList<string> Outstanding { get; }

    /// <summary>Phase three: pupils whose window closed without attending the encounters. Attendance is optional: not a failure.</summary>
    public IReadOnlyList<string> NotAttended { get; }

    /// <summary>Why the duty stands as it does: what is missing, and why each activity in the window that did not count did not.</summary>
    public IReadOnlyList<string> Reasons { get; }
}
