namespace Careers.Kpi;

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
