namespace Careers.Kpi;

/// <summary>A year-on-year change of one KPI's headline figure for the report's area.</summary>
/// <param name="KpiId">The KPI's id.</param>
/// <param name="Change">The change, with its reading.</param>
public sealed record KpiYearOnYear(string KpiId, KpiChange Change);
