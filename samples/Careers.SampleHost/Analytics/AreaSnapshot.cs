using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Careers.Kpi;
using Careers.SampleHost.Data;
using NodaTime;

namespace Careers.SampleHost.Analytics;

/// <summary>
/// The area's data at one data version, and the figures made from it, computed on first use and kept per as-at date
/// (<see cref="AreaFiguresAsAt"/>): immutable once read, shared by every request that sees this version. Holds at most
/// <see cref="MaxDates"/> dates; past that, the dates are dropped and computed again when asked for.
/// </summary>
internal sealed class AreaSnapshot
{
    /// <summary>The most as-at dates kept: the reference date, the year ends of the KPI trends, and a few more.</summary>
    public const int MaxDates = 32;

    private readonly ConcurrentDictionary<LocalDate, Lazy<AreaFiguresAsAt>> dates = new();
    private readonly Dictionary<string, InstitutionRow> institutions;

    /// <summary>Makes a snapshot of data read at a version.</summary>
    public AreaSnapshot(long version, LocalDate referenceDate, AreaAnalytics.AreaData data)
    {
        Version = version;
        ReferenceDate = referenceDate;
        Data = data;
        institutions = data.Institutions.ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    /// <summary>The data version it was read at.</summary>
    public long Version { get; }

    /// <summary>The date the area describes: the default as-at date of every result.</summary>
    public LocalDate ReferenceDate { get; }

    /// <summary>Everything the figures are made from.</summary>
    public AreaAnalytics.AreaData Data { get; }

    /// <summary>One institution, or null.</summary>
    public InstitutionRow? Institution(string id) => institutions.GetValueOrDefault(id);

    /// <summary>The figures as at a date, computed once (concurrent callers wait for the one computation).</summary>
    public AreaFiguresAsAt At(LocalDate asAt)
    {
        if (dates.TryGetValue(asAt, out var known))
        {
            return known.Value;
        }

        if (dates.Count >= MaxDates)
        {
            dates.Clear();
        }

        return dates.GetOrAdd(asAt, d => new Lazy<AreaFiguresAsAt>(() => new(this, d))).Value;
    }

    /// <summary>
    /// The headline KPIs year by year, up to the as-at date: the report as at the end of each academic year from the
    /// first with a NEET window, and as at the date itself for its own year; each year's report is the one
    /// <see cref="At"/> keeps for that date.
    /// </summary>
    public IReadOnlyList<KpiTrend> Trends(LocalDate asAt) => At(asAt).Trends;
}
