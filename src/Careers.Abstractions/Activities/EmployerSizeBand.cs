namespace Careers;

/// <summary>
/// The size of an employer by number of employees, in the bands the UK uses for small and medium-sized enterprises
/// (Companies Act 2006; ONS UK Business Counts): micro 0–9, small 10–49, medium 50–249, large 250 or more.
/// </summary>
public enum EmployerSizeBand
{
    /// <summary>Not recorded.</summary>
    NotRecorded = 0,

    /// <summary>0 to 9 employees.</summary>
    Micro = 1,

    /// <summary>10 to 49 employees.</summary>
    Small = 2,

    /// <summary>50 to 249 employees.</summary>
    Medium = 3,

    /// <summary>250 or more employees.</summary>
    Large = 4,
}
