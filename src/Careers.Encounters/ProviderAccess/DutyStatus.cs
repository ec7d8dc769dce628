namespace Careers.Encounters;

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
