namespace Careers;

/// <summary>A learner's sex as the school census records it.</summary>
public enum Sex
{
    /// <summary>Not recorded.</summary>
    NotRecorded = 0,

    /// <summary>Female.</summary>
    Female = 1,

    /// <summary>Male.</summary>
    Male = 2,
}
