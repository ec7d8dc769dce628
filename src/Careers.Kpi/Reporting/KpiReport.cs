using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Careers.Kpi;

/// <summary>
/// An area's KPI figures for a period: every figure with its suppression applied, the year-on-year changes and the
/// assessments against targets, and the provenance (catalogue id, version and as-at date). Write it with
/// <see cref="KpiReportJson"/> or <see cref="KpiCsv"/>. Build one with <see cref="Builder"/>. Immutable.
/// </summary>
public sealed class KpiReport
{
    internal KpiReport(
        KpiCatalogue catalogue,
        KpiPolicy policy,
        Geography area,
        TimePeriod period,
        LocalDate asAt,
        IReadOnlyList<KpiFigure> figures,
        IReadOnlyList<KpiYearOnYear> changes,
        IReadOnlyList<TargetAssessment> targets
    )
    {
        Catalogue = catalogue;
        Policy = policy;
        Area = area;
        Period = period;
        Provenance = new Provenance(catalogue.Id, catalogue.Version, asAt);
        Figures = figures;
        Changes = changes;
        Targets = targets;
    }

    /// <summary>The catalogue the KPIs come from.</summary>
    public KpiCatalogue Catalogue { get; }

    /// <summary>The policy applied.</summary>
    public KpiPolicy Policy { get; }

    /// <summary>The area the report is about; figures may also be for England (to compare) or for wards and schools within it.</summary>
    public Geography Area { get; }

    /// <summary>The period the report describes.</summary>
    public TimePeriod Period { get; }

    /// <summary>The catalogue's id and version and the as-at date.</summary>
    public Provenance Provenance { get; }

    /// <summary>Every figure, in the order added.</summary>
    public IReadOnlyList<KpiFigure> Figures { get; }

    /// <summary>The year-on-year changes of headline figures, in the order asked for.</summary>
    public IReadOnlyList<KpiYearOnYear> Changes { get; }

    /// <summary>The assessments against targets, in the order added.</summary>
    public IReadOnlyList<TargetAssessment> Targets { get; }

    /// <summary>Starts a report.</summary>
    /// <param name="catalogue">The KPI definitions.</param>
    /// <param name="area">The area.</param>
    /// <param name="period">The period.</param>
    /// <param name="asAt">
    /// The date the report describes, recorded in its provenance and used for targets: from 1 September 1900 to
    /// 31 August 9999. Outside that range <see cref="KpiReportBuilder.Build"/> reports the problem <c>as-at.range</c>
    /// (path <c>/asAt</c>), not an exception.
    /// </param>
    /// <param name="policy">The policy; default <see cref="KpiPolicy.Default"/>.</param>
    /// <returns>A builder.</returns>
    public static KpiReportBuilder Builder(
        KpiCatalogue catalogue,
        Geography area,
        TimePeriod period,
        LocalDate asAt,
        KpiPolicy? policy = null
    ) => new(catalogue, area, period, asAt, policy ?? KpiPolicy.Default);

    /// <summary>Finds a figure.</summary>
    /// <param name="kpiId">The KPI's id.</param>
    /// <param name="breakdown">The breakdown; <see langword="null"/> for everybody.</param>
    /// <param name="group">The group; <see langword="null"/> for everybody.</param>
    /// <param name="geography">The geography; default <see cref="Area"/>.</param>
    /// <returns>The figure, or <see langword="null"/> when the report has none.</returns>
    public KpiFigure? Figure(
        string kpiId,
        string? breakdown = null,
        string? group = null,
        Geography? geography = null
    )
    {
        geography ??= Area;
        return Figures.FirstOrDefault(f =>
            string.Equals(f.Definition.Id, kpiId, StringComparison.Ordinal)
            && f.Geography.Equals(geography)
            && string.Equals(f.Breakdown, breakdown, StringComparison.Ordinal)
            && string.Equals(f.Group, group, StringComparison.Ordinal)
        );
    }

    /// <summary>Formats the report as <c>Derby 202425 (Academic year): n figures</c>.</summary>
    /// <returns>The report.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Area} {Period}: {Figures.Count} figures");
}
