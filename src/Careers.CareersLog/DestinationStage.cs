namespace Careers.CareersLog;

/// <summary>Whether a destination is planned or has happened.</summary>
public enum DestinationStage
{
    /// <summary>What the learner intends to do.</summary>
    Intended = 0,

    /// <summary>What the learner did.</summary>
    Actual = 1,
}
