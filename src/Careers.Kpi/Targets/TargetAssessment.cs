using NodaTime;

namespace Careers.Kpi;

/// <summary>A figure set against its target's trajectory.</summary>
/// <param name="Target">The target.</param>
/// <param name="Date">The date the figure describes: any date (a report assesses its as-at date, in the supported range).</param>
/// <param name="Actual">The figure, unrounded.</param>
/// <param name="Expected">What the trajectory expects on the date, unrounded.</param>
/// <param name="Status">Red, amber or green.</param>
public sealed record TargetAssessment(
    KpiTarget Target,
    LocalDate Date,
    decimal Actual,
    decimal Expected,
    RagStatus Status
);
