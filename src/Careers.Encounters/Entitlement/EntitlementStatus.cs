using NodaTime;

namespace Careers.Encounters;

/// <summary>Where a learner stands against the entitlement, as at a date (docs/articles/domain.md §5).</summary>
public enum EntitlementStatus
{
    /// <summary>The learner's window has not begun (their year group is before the first of the window).</summary>
    NotInScope = 0,

    /// <summary>The learner has had the encounters the policy entitles them to.</summary>
    Met = 1,

    /// <summary>The window is open and the learner has reached the milestone due so far.</summary>
    OnTrack = 2,

    /// <summary>The window is open and the learner is behind the milestone due so far.</summary>
    AtRisk = 3,

    /// <summary>The window has closed with the learner below the threshold.</summary>
    NotMet = 4,
}

/// <summary>Why a participation record did not count towards the entitlement.</summary>
public enum NotCountedReason
{
    /// <summary>The activity lacks evidence the policy requires, for this learner.</summary>
    NotMeaningful = 1,

    /// <summary>The activity was before the learner's window opened or after it closed.</summary>
    OutsideWindow = 2,

    /// <summary>The learner's participation in this activity is already counted.</summary>
    Duplicate = 3,

    /// <summary>The activity's kind does not count under the policy.</summary>
    WrongKind = 4,

    /// <summary>The activity is dated after the as-at date.</summary>
    AfterAsAt = 5,
}

/// <summary>How many encounters a learner should have by a date: the next step on the way to the threshold.</summary>
/// <param name="YearGroup">The year group at whose end the milestone falls.</param>
/// <param name="Encounters">How many encounters by then.</param>
/// <param name="Due">
/// The last day of that year group (31 August); 31 August 9999, the last day the SDK supports, when that year group
/// ends later.
/// </param>
public sealed record EntitlementMilestone(YearGroup YearGroup, int Encounters, LocalDate Due);
