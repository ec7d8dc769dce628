using System.Collections.Generic;
using NodaTime;

namespace Careers.Encounters;

/// <summary>Where a learner stands in one key phase.</summary>
public enum PhaseStatus
{
    /// <summary>The phase's window has not opened for the learner.</summary>
    NotYetOpen = 0,

    /// <summary>The window is open and the learner has not yet had the encounters.</summary>
    InProgress = 1,

    /// <summary>The learner has had the encounters the phase requires (in phase three: attended them).</summary>
    Compliant = 2,

    /// <summary>Phases one and two: the window closed without the encounters the pupil must have.</summary>
    Missed = 3,

    /// <summary>
    /// Phase three only: the window closed and the pupil attended fewer encounters than the school puts on.
    /// Attendance in the third key phase is optional (Education Act 1997 s.42B(2A)(b)), so this is not a failure.
    /// </summary>
    NotAttended = 4,
}

/// <summary>Where the school's duty to one cohort stands in one key phase.</summary>
public enum DutyStatus
{
    /// <summary>The cohort's window has not opened.</summary>
    NotYetOpen = 0,

    /// <summary>The window is open and the cohort has not yet been given its occasions.</summary>
    InProgress = 1,

    /// <summary>The cohort has been given its occasions.</summary>
    Met = 2,

    /// <summary>The window closed without the occasions.</summary>
    NotMet = 3,
}

/// <summary>The overall answer for a school.</summary>
public enum ProviderAccessVerdict
{
    /// <summary>The institution is outside the duty (Education Act 1997 s.42B(2)): no compliance verdict applies.</summary>
    NotInScope = 0,

    /// <summary>Every cohort whose window has opened has been given its occasions.</summary>
    Met = 1,

    /// <summary>No cohort's window closed without its occasions, but an open window still needs them.</summary>
    InProgress = 2,

    /// <summary>At least one cohort's window closed without its occasions.</summary>
    NotMet = 3,
}

/// <summary>A learner's standing in one key phase, with the encounters that counted and the reasons for the rest. Immutable.</summary>
public sealed class PhaseCompliance
{
    internal PhaseCompliance(
        ProviderAccessPhase phase,
        PhaseStatus status,
        LocalDate start,
        LocalDate end,
        IReadOnlyList<string> counted,
        IReadOnlyList<string> reasons
    )
    {
        Phase = phase;
        Status = status;
        WindowStart = start;
        WindowEnd = end;
        Counted = counted;
        Reasons = reasons;
    }

    /// <summary>The phase.</summary>
    public ProviderAccessPhase Phase { get; }

    /// <summary>The status.</summary>
    public PhaseStatus Status { get; }

    /// <summary>Whether attending is mandatory for the pupil (phases one and two).</summary>
    public bool IsMandatory => ProviderAccessPolicy.IsMandatoryForPupils(Phase);

    /// <summary>The first day of the learner's window.</summary>
    public LocalDate WindowStart { get; }

    /// <summary>The last day of the learner's window (28 February).</summary>
    public LocalDate WindowEnd { get; }

    /// <summary>The ids of the activities that counted, in ordinal order.</summary>
    public IReadOnlyList<string> Counted { get; }

    /// <summary>Why the phase stands as it does: what is missing, and why each activity in the window that did not count did not.</summary>
    public IReadOnlyList<string> Reasons { get; }
}

/// <summary>A learner's standing in the three key phases. Immutable.</summary>
public sealed class LearnerProviderAccess
{
    internal LearnerProviderAccess(Learner learner, IReadOnlyList<PhaseCompliance> phases)
    {
        Learner = learner;
        Phases = phases;
    }

    /// <summary>The learner.</summary>
    public Learner Learner { get; }

    /// <summary>Phases one, two and three, in order.</summary>
    public IReadOnlyList<PhaseCompliance> Phases { get; }

    /// <summary>A phase by number.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>The learner's standing in it.</returns>
    public PhaseCompliance Phase(ProviderAccessPhase phase) => Phases[(int)phase - 1];
}

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

/// <summary>The Provider Access Legislation for a school's learners, as at a date. Immutable.</summary>
public sealed class ProviderAccessResult
{
    internal ProviderAccessResult(
        ProviderAccessPolicy policy,
        LocalDate asAt,
        ProviderAccessScope scope,
        IReadOnlyList<LearnerProviderAccess> learners,
        IReadOnlyList<CohortProvision> cohorts,
        ProviderAccessVerdict verdict
    )
    {
        Provenance = new Provenance(policy.Id, policy.Version, asAt);
        Scope = scope;
        Learners = learners;
        Cohorts = cohorts;
        Verdict = verdict;
    }

    /// <summary>The policy's id and version and the as-at date.</summary>
    public Provenance Provenance { get; }

    /// <summary>Whether the duty applies to the institution, and why.</summary>
    public ProviderAccessScope Scope { get; }

    /// <summary>Each learner's standing, in the order given; empty when the institution is not in scope.</summary>
    public IReadOnlyList<LearnerProviderAccess> Learners { get; }

    /// <summary>
    /// The duty to each cohort of the learners given, by phase and then by <see cref="CohortProvision.FirstYear"/>;
    /// empty when the institution is not in scope.
    /// </summary>
    public IReadOnlyList<CohortProvision> Cohorts { get; }

    /// <summary>The overall answer: not in scope, met, in progress or not met.</summary>
    public ProviderAccessVerdict Verdict { get; }
}
