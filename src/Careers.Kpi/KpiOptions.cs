using Microsoft.Extensions.DependencyInjection;

namespace Careers.Kpi;

/// <summary>Options for <see cref="CareersKpiServiceCollectionExtensions.AddCareersKpi"/>.</summary>
public sealed class KpiOptions
{
    /// <summary>The KPI definitions; default <see cref="KpiCatalogue.DerbyStrategy"/>.</summary>
    public KpiCatalogue Catalogue { get; set; } = KpiCatalogue.DerbyStrategy;

    /// <summary>The policy; default <see cref="KpiPolicy.Default"/>.</summary>
    public KpiPolicy Policy { get; set; } = KpiPolicy.Default;
}
