namespace Careers.CareersLog;

/// <summary>
/// The eight essential skills of the Skills Builder Universal Framework, each assessed in steps 0 to 15
/// (docs/articles/domain.md §7). A closed list: the schema accepts no others.
/// </summary>
public enum EssentialSkill
{
    /// <summary>Listening.</summary>
    Listening = 0,

    /// <summary>Speaking.</summary>
    Speaking = 1,

    /// <summary>Problem solving.</summary>
    ProblemSolving = 2,

    /// <summary>Creativity.</summary>
    Creativity = 3,

    /// <summary>Staying positive.</summary>
    StayingPositive = 4,

    /// <summary>Aiming high.</summary>
    AimingHigh = 5,

    /// <summary>Leadership.</summary>
    Leadership = 6,

    /// <summary>Teamwork.</summary>
    Teamwork = 7,
}
