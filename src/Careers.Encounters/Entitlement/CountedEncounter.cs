namespace Careers.Encounters;

/// <summary>An activity that counted towards a learner's entitlement.</summary>
/// <param name="ActivityId">The activity.</param>
/// <param name="Date">When it took place.</param>
/// <param name="Encounters">How many encounters it counts as: 1, or the employers met when the policy counts each.</param>
public sealed record CountedEncounter(string ActivityId, NodaTime.LocalDate Date, int Encounters);
