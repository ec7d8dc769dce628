using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Careers.Encounters;
using Careers.Funding;
using Careers.Gatsby;
using Careers.Kpi;
using Careers.SampleHost.Data;
using NodaTime;

namespace Careers.SampleHost.Analytics;

/// <summary>
/// The area's figures as at one date, at one data version: each computed on first use, once however many requests ask
/// at the same time (<see cref="LazyThreadSafetyMode.ExecutionAndPublication"/>), and kept with its
/// <see cref="AreaSnapshot"/>.
/// </summary>
internal sealed class AreaFiguresAsAt
{
    private readonly AreaSnapshot area;
    private readonly Lazy<AreaAnalytics.Screened> screened;
    private readonly Lazy<Evaluation<KpiReport>> kpiReport;
    private readonly Lazy<IReadOnlyList<KpiTrend>> trends;
    private readonly Lazy<IReadOnlyList<FundedInstitution>> funded;
    private readonly ConcurrentDictionary<GatsbyEdition, Lazy<AreaGatsby>> editions = new();
    private readonly Lazy<AreaGatsby> gatsby;
    private readonly ConcurrentDictionary<string, Lazy<AreaAnalytics.Screened>> byInstitution = new(
        StringComparer.Ordinal
    );
    private readonly Lazy<
        IReadOnlyDictionary<string, Evaluation<ProviderAccessResult>>
    > providerAccess;
    private readonly ConcurrentDictionary<
        string,
        Lazy<Evaluation<ProviderAccessResult>>
    > providerAccessByInstitution = new(StringComparer.Ordinal);

    /// <summary>The figures of an area as at a date; nothing is computed until asked for.</summary>
    public AreaFiguresAsAt(AreaSnapshot area, LocalDate asAt)
    {
        this.area = area;
        AsAt = asAt;
        var data = area.Data;
        screened = new(() => AreaAnalytics.Screen(data.Institutions, data.Records, asAt));
        gatsby = new(() => AreaAnalytics.ScoreArea(data.Institutions, Screened, asAt, null));
        kpiReport = new(() => AreaAnalytics.BuildKpiReport(data, asAt, Screened, Gatsby(null)));
        trends = new(() => AreaAnalytics.Trends(data, asAt, d => area.At(d).KpiReport));
        funded = new(() =>
            AreaAnalytics.Funded(data.Institutions, data.Records, Screened, Gatsby(null))
        );
        providerAccess = new(() => ProviderAccessFigures.Of(data.Institutions, data.Records, asAt));
    }

    /// <summary>The as-at date.</summary>
    public LocalDate AsAt { get; }

    /// <summary>The area's records less the institutions the SDK refuses, their entitlement, and who was left out.</summary>
    public AreaAnalytics.Screened Screened => screened.Value;

    /// <summary>The KPI report for the academic year of the date.</summary>
    public Evaluation<KpiReport> KpiReport => kpiReport.Value;

    /// <summary>The headline KPIs year by year up to the date.</summary>
    public IReadOnlyList<KpiTrend> Trends => trends.Value;

    /// <summary>The institutions as Careers.Funding sees them.</summary>
    public IReadOnlyList<FundedInstitution> Funded => funded.Value;

    /// <summary>The area's Gatsby results in an edition, or in the one in force on the date when null.</summary>
    public AreaGatsby Gatsby(GatsbyEdition? edition) =>
        edition is null
            ? gatsby.Value
            : editions
                .GetOrAdd(
                    edition.Value,
                    e =>
                        new(() =>
                            AreaAnalytics.ScoreArea(area.Data.Institutions, Screened, AsAt, e)
                        )
                )
                .Value;

    /// <summary>
    /// One institution's records screened on their own, as its own pages show them: its learners and everything they
    /// took part in, wherever it was.
    /// </summary>
    public AreaAnalytics.Screened ScreenedAt(InstitutionRow institution) =>
        byInstitution
            .GetOrAdd(
                institution.Id,
                _ =>
                    new(() =>
                        AreaAnalytics.Screen(
                            [institution],
                            area.Data.Records.Of(institution.Id),
                            AsAt
                        )
                    )
            )
            .Value;

    /// <summary>
    /// An institution's Gatsby results in an edition (the one in force on the date when null), scored from the area's
    /// records: the scorer takes only the institution's own activities and learners from them.
    /// </summary>
    public Evaluation<GatsbyResult> InstitutionGatsby(
        InstitutionRow institution,
        GatsbyEdition? edition
    ) => AreaAnalytics.Score(institution, area.Data.Records, AsAt, edition);

    /// <summary>Every institution's provider access result, by institution id, from the area's records.</summary>
    public IReadOnlyDictionary<string, Evaluation<ProviderAccessResult>> ProviderAccess =>
        providerAccess.Value;

    /// <summary>
    /// One institution's provider access result from its own records alone, as
    /// <c>GET /institutions/{id}/provider-access</c> reads them.
    /// </summary>
    public Evaluation<ProviderAccessResult> ProviderAccessAt(InstitutionRow institution) =>
        providerAccessByInstitution
            .GetOrAdd(
                institution.Id,
                _ =>
                    new(() =>
                        ProviderAccessFigures.Of(
                            [institution],
                            area.Data.Records.Of(institution.Id),
                            AsAt
                        )[institution.Id]
                    )
            )
            .Value;
}
