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
