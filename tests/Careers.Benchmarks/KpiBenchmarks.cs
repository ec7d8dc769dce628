using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Careers.Kpi;
using NodaTime;

namespace Careers.Benchmarks;

/// <summary>
/// A national KPI report over 150 local authorities: for each, the three NEET figures and the entitlement figure, each
/// for everybody and by sex (2), disadvantage (2), SEN provision (3) and EAL (2) with suppression and secondary
/// suppression, 6,000 figures in all; then writing it as JSON and as tidy CSV.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class KpiBenchmarks
{
    private static readonly (string Breakdown, string[] Groups)[] Splits =
    [
        (Breakdowns.Sex, [Breakdowns.Female, Breakdowns.Male]),
        (Breakdowns.Disadvantage, [Breakdowns.Disadvantaged, Breakdowns.NotDisadvantaged]),
        (Breakdowns.SenProvision, [Breakdowns.NoSen, Breakdowns.SenSupport, Breakdowns.EhcPlan]),
        (Breakdowns.EnglishAsAdditionalLanguage, [Breakdowns.Eal, Breakdowns.NotEal]),
    ];

    private Geography[] authorities = null!;
    private int[][] counts = null!;
    private KpiReport report = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20250228);
        authorities = Enumerable
            .Range(0, 150)
            .Select(i =>
                Geography.LocalAuthority(
                    (800 + i).ToString(CultureInfo.InvariantCulture),
                    "E0600" + i.ToString("D4", CultureInfo.InvariantCulture),
                    "Authority " + i.ToString(CultureInfo.InvariantCulture)
                )
            )
            .ToArray();
        counts = Enumerable
            .Range(0, 150 * 40)
            .Select(_ =>
            {
                var cohort = random.Next(1, 4_000);
                return new[] { cohort, random.Next(0, (cohort / 10) + 1) };
            })
            .ToArray();
        report = BuildReport();
    }

    [Benchmark]
    public KpiReport BuildReport()
    {
        var builder = KpiReport.Builder(
            KpiCatalogue.DerbyStrategy,
            Geography.England,
            TimePeriod.ForAcademicYear(new AcademicYear(2024)),
            new LocalDate(2025, 8, 31)
        );
        string[] kpis =
        [
            KpiDefinitions.Neet.Id,
            KpiDefinitions.NotKnown.Id,
            KpiDefinitions.NeetOrNotKnown.Id,
            KpiDefinitions.EntitlementMet.Id,
        ];
        var c = 0;
        foreach (var authority in authorities)
        {
            foreach (var kpi in kpis)
            {
                var parts = new ArraySegment<int[]>(counts, c, 9);
                c += 9;
                builder.AddProportion(
                    kpi,
                    parts[0][1] + parts[1][1],
                    parts[0][0] + parts[1][0],
                    geography: authority
                );
                var k = 0;
                foreach (var (breakdown, groups) in Splits)
                {
                    foreach (var group in groups)
                    {
                        builder.AddProportion(
                            kpi,
                            parts[k][1],
                            parts[k][0],
                            breakdown,
                            group,
                            authority
                        );
                        k++;
                    }
                }
            }
        }

        return builder.Build().GetResultOrThrow();
    }

    [Benchmark]
    public string WriteJson() => KpiReportJson.Serialize(report);

    [Benchmark]
    public string WriteCsv() => KpiCsv.ToCsv(report);
}
