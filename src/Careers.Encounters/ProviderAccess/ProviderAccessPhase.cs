namespace Careers.Encounters;

/// <summary>A key phase of the Provider Access Legislation.</summary>
public enum ProviderAccessPhase
{
    /// <summary>Year 8, or Year 9 to 28 February: mandatory for every pupil.</summary>
    One = 1,

    /// <summary>Year 10, or Year 11 to 28 February: mandatory for every pupil.</summary>
    Two = 2,

    /// <summary>Year 12, or Year 13 to 28 February: a duty on the school to put on; attendance is optional.</summary>
    Three = 3,
}
