using NodaTime;

namespace Careers.SampleHost.Synthetic;

/// <summary>
/// The settings of <see cref="SyntheticAreaGenerator"/>. The same options always give the same area, to the last
/// participation, on every machine.
/// </summary>
public sealed class SyntheticAreaOptions
{
    /// <summary>The seed of the pseudo-random sequence. Default 831, Derby's LA number.</summary>
    public int Seed { get; set; } = 831;

    /// <summary>
    /// Learners in each year group across the area (Years 1 to 13). Default 3,000, about Derby's (39,000 learners in
    /// all; the host loads them in about ten seconds on first start and draws the area's dashboard in two to three).
    /// </summary>
    public int LearnersPerYearGroup { get; set; } = 3000;

    /// <summary>
    /// The date the area describes: learners are on roll in the academic year that contains it, and no activity is
    /// dated after it. Default 1 March 2025, in 2024/25.
    /// </summary>
    public LocalDate ReferenceDate { get; set; } = new(2025, 3, 1);

    /// <summary>
    /// Academic years of careers activities at the college, and of NEET returns and destinations, up to and including
    /// the reference year. Default 4. Secondary schools keep at least seven years, so that every learner now in Years 7
    /// to 13 has the history of their own Years 7 to 11, the college's students included.
    /// </summary>
    public int YearsOfActivities { get; set; } = 4;

    /// <summary>
    /// What every activity id starts with: <c>A000001</c> by default. Another prefix gives the same activities under
    /// other ids, so that CSV made from them (<see cref="SyntheticAreaGenerator.WriteActivitiesCsv"/>) can be imported
    /// into a host that already holds the area. One to eight letters, digits, '-' or '_'.
    /// </summary>
    public string ActivityIdPrefix { get; set; } = "A";
}
