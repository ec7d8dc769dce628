namespace Careers.Encounters;

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
