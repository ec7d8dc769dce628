namespace Careers.Kpi;

/// <summary>The geographic levels of explore-education-statistics that KPI figures are reported at.</summary>
public enum GeographicLevel
{
    /// <summary><c>National</c>: England.</summary>
    National = 0,

    /// <summary><c>Local authority</c>.</summary>
    LocalAuthority = 1,

    /// <summary><c>Ward</c>, within a local authority.</summary>
    Ward = 2,

    /// <summary><c>School</c>: one school or college, within a local authority.</summary>
    School = 3,
}
