using System.Collections.Generic;
using NodaTime;

namespace Careers.Kpi.Tests;

/// <summary>Published figures and a small area, shared by the tests.</summary>
internal static class Fixtures
{
    public static readonly LocalDate AsAt = new(2025, 2, 28);

    /// <summary>England, 2025, academic age 17, female, as published (counts rounded to 10): 6.4%, 3.7%, 2.7%.</summary>
    public static NeetMonth[] EnglandFemale17(int year = 2025) =>
        [
            new(new YearMonth(year - 1, 12), 312_150, 11_640, 8_370),
            new(new YearMonth(year, 1), 312_150, 11_640, 8_370),
            new(new YearMonth(year, 2), 312_150, 11_640, 8_370),
        ];

    /// <summary>
    /// Derby (LA 831): counts constructed on a cohort of 6,000 to reproduce the published NEET / not known / combined
    /// percentages 4.2 / 0.1 / 4.3 (2023), 3.9 / 0.3 / 4.1 (2024), 7.6 / 0.3 / 7.9 (2025). 2024 shows why the combined
    /// rate comes from unrounded counts: 3.9 + 0.3 rounds to 4.1, not 4.2.
    /// </summary>
    public static NeetMonth[] Derby(int year) =>
        year switch
        {
            2023 => Same(year, 6_000, 252, 6),
            2024 => Same(year, 6_000, 232, 16),
            _ => Same(year, 6_000, 456, 18),
        };

    /// <summary>England NEET or not known, 2023–2025: 5.2, 5.4, 5.6.</summary>
    public static readonly IReadOnlyDictionary<int, decimal> EnglandCombined = new Dictionary<
        int,
        decimal
    >
    {
        [2023] = 5.2m,
        [2024] = 5.4m,
        [2025] = 5.6m,
    };

    public static NeetAverage Average(NeetMonth[] months) =>
        NeetCalculator.ThreeMonthAverage(months).GetResultOrThrow();

    public static KpiReportBuilder Report(KpiPolicy? policy = null) =>
        KpiReport.Builder(
            KpiCatalogue.DerbyStrategy,
            Geography.Derby,
            TimePeriod.ForAcademicYear(new AcademicYear(2024)),
            AsAt,
            policy
        );

    private static NeetMonth[] Same(int year, int cohort, int neet, int notKnown) =>
        [
            new(new YearMonth(year - 1, 12), cohort, neet, notKnown),
            new(new YearMonth(year, 1), cohort, neet, notKnown),
            new(new YearMonth(year, 2), cohort, neet, notKnown),
        ];
}
