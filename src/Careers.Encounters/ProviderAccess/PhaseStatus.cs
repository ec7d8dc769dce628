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
