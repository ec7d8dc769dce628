namespace Careers.Encounters;

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
