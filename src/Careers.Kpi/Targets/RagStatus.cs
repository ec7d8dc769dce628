namespace Careers.Kpi;

/// <summary>Red, amber or green against a target's trajectory.</summary>
public enum RagStatus
{
    /// <summary>Not assessed: the KPI has no better direction, or no figure.</summary>
    NotAssessed = 0,

    /// <summary>On or ahead of the trajectory (within <see cref="RagPolicy.GreenTolerance"/>).</summary>
    Green = 1,

    /// <summary>Behind the trajectory but better than the baseline (and within <see cref="RagPolicy.AmberTolerance"/> when set).</summary>
    Amber = 2,

    /// <summary>No better than the baseline, or further behind than <see cref="RagPolicy.AmberTolerance"/>.</summary>
    Red = 3,
}
