namespace Careers.Kpi;

/// <summary>Which way a KPI improves.</summary>
public enum BetterDirection
{
    /// <summary>Higher is better (coverage, sustained destinations).</summary>
    Higher = 0,

    /// <summary>Lower is better (NEET, not known, gaps).</summary>
    Lower = 1,

    /// <summary>Neither: changes are described, never judged (context figures).</summary>
    Neither = 2,
}
