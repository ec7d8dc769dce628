using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Careers.Kpi;

/// <summary>
/// The three-month NEET and not known average for a year (December N−1 to February N), with each rate as DfE
/// computes it: the mean of the three monthly counts over the mean of the three monthly cohorts, not the mean of three
/// rates; not known over the whole cohort (docs/articles/domain.md §8). Immutable.
/// </summary>
public sealed class NeetAverage
{
    internal NeetAverage(int year, IReadOnlyList<NeetMonth> months)
    {
        Year = year;
        Months = months;
        Cohort = months.Sum(m => (decimal)m.Cohort) / 3m;
        var neet = months.Sum(m => (decimal)m.Neet) / 3m;
        var notKnown = months.Sum(m => (decimal)m.NotKnown) / 3m;
        Neet = Proportion.Of(neet, Cohort);
        NotKnown = Proportion.Of(notKnown, Cohort);
        NeetOrNotKnown = Proportion.Of(neet + notKnown, Cohort);
    }

    /// <summary>The year: the calendar year of the February.</summary>
    public int Year { get; }

    /// <summary>The three months, December first.</summary>
    public IReadOnlyList<NeetMonth> Months { get; }

    /// <summary>The mean cohort, unrounded.</summary>
    public decimal Cohort { get; }

    /// <summary>The mean NEET count over the mean cohort.</summary>
    public Proportion Neet { get; }

    /// <summary>The mean not known count over the mean cohort (the whole cohort, not the known part).</summary>
    public Proportion NotKnown { get; }

    /// <summary>NEET or not known: the headline measure since 2016.</summary>
    public Proportion NeetOrNotKnown { get; }

    /// <summary>The year as an explore-education-statistics time period (<b>Decision</b>: the calendar year of the February, <see cref="KpiPeriod.DecemberToFebruaryAverage"/>).</summary>
    public TimePeriod TimePeriod => TimePeriod.CalendarYear(Year);

    /// <summary>Formats the average as <c>2025: NEET 3.7%, not known 2.7%, NEET or not known 6.4%</c>.</summary>
    /// <returns>The average.</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0}: NEET {1}%, not known {2}%, NEET or not known {3}%",
            Year,
            DfeRounding.Format(Neet.Percentage, 1),
            DfeRounding.Format(NotKnown.Percentage, 1),
            DfeRounding.Format(NeetOrNotKnown.Percentage, 1)
        );
}
