namespace Careers.Kpi;

/// <summary>What a former pupil was doing in one month of the destination year.</summary>
public enum MonthlyActivity
{
    /// <summary>Nothing recorded for the month.</summary>
    NotCaptured = 0,

    /// <summary>In education.</summary>
    Education = 1,

    /// <summary>On an apprenticeship.</summary>
    Apprenticeship = 2,

    /// <summary>In employment.</summary>
    Employment = 3,

    /// <summary>Recorded, but not in education, an apprenticeship or employment (for example claiming out-of-work benefits).</summary>
    Other = 4,
}
