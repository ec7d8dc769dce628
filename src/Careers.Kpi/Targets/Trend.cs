namespace Careers.Kpi;

/// <summary>A year-on-year change, judged by the KPI's better direction.</summary>
public enum Trend
{
    /// <summary>Within the stable band (DfE: ±0.5 percentage points).</summary>
    Stable = 0,

    /// <summary>Moved the better way by more than the band.</summary>
    Improved = 1,

    /// <summary>Moved the worse way by more than the band.</summary>
    Worsened = 2,

    /// <summary>Rose by more than the band, for a KPI with no better direction.</summary>
    Increased = 3,

    /// <summary>Fell by more than the band, for a KPI with no better direction.</summary>
    Decreased = 4,
}
