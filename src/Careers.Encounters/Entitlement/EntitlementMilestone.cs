using NodaTime;

namespace Careers.Encounters;

/// <summary>How many encounters a learner should have by a date: the next step on the way to the threshold.</summary>
/// <param name="YearGroup">The year group at whose end the milestone falls.</param>
/// <param name="Encounters">How many encounters by then.</param>
/// <param name="Due">
/// The last day of that year group (31 August); 31 August 9999, the last day the SDK supports, when that year group
/// ends later.
/// </param>
public sealed record EntitlementMilestone(YearGroup YearGroup, int Encounters, LocalDate Due);
