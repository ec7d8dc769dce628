namespace Careers.Kpi;

/// <summary>What a KPI's value measures.</summary>
public enum KpiUnit
{
    /// <summary>A percentage, 0 to 100: numerator over denominator, with a Wilson interval.</summary>
    Percentage = 0,

    /// <summary>A count of people, institutions or events.</summary>
    Count = 1,

    /// <summary>A mean per unit of the denominator, for example benchmarks fully achieved per institution.</summary>
    Average = 2,

    /// <summary>A difference between two percentages, in percentage points, with Newcombe's interval.</summary>
    PercentagePoints = 3,

    /// <summary>Hours, for example a careers leader's time per week.</summary>
    Hours = 4,
}

/// <summary>Which way a KPI improves.</summary>
public enum BetterDirection
{
    /// <summary>Higher is better (coverage, sustained destinations).</summary>
    Higher = 0,

    /// <summary>Lower is better (NEET, not known, gaps).</summary>
    Lower = 1,

    /// <summary>Neither: changes are described, never judged (context figures).</summary>
    Neither = 2,
}

/// <summary>The period a KPI's figures describe, and so its explore-education-statistics <c>time_identifier</c>.</summary>
public enum KpiPeriod
{
    /// <summary>An academic year, 1 September to 31 August (<c>Academic year</c>, time period <c>202425</c>).</summary>
    AcademicYear = 0,

    /// <summary>
    /// The mean of the end-of-month December, January and February figures; year N is December N−1 to February N
    /// (docs/articles/domain.md §8). <b>Decision</b>: labelled by the calendar year of the February
    /// (<c>Calendar year</c>, time period <c>2025</c>).
    /// </summary>
    DecemberToFebruaryAverage = 1,

    /// <summary>The destination year after pupils left key stage 4 or 16–18 study, labelled by the academic year they left (<c>Academic year</c>).</summary>
    DestinationYear = 2,

    /// <summary>A calendar year (<c>Calendar year</c>, time period <c>2025</c>).</summary>
    CalendarYear = 3,

    /// <summary>A financial year, April to March (<c>Financial year</c>, time period <c>202526</c>).</summary>
    FinancialYear = 4,
}
