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
