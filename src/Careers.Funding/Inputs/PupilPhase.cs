namespace Careers.Funding;

/// <summary>The phase or key stage a per-pupil factor pays for, as the National Funding Formula divides pupils.</summary>
public enum PupilPhase
{
    /// <summary>Primary: Reception to Year 6 (EYFS reception, KS1 and KS2).</summary>
    Primary = 0,

    /// <summary>Key stage 3: Years 7 to 9.</summary>
    KeyStage3 = 1,

    /// <summary>Key stage 4: Years 10 and 11.</summary>
    KeyStage4 = 2,

    /// <summary>16 to 19: Years 12 and 13 and college learners of that age.</summary>
    Post16 = 3,
}
