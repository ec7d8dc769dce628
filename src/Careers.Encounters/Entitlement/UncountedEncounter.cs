namespace Careers.Encounters;

/// <summary>An activity the learner took part in that did not count, and why.</summary>
/// <param name="ActivityId">The activity.</param>
/// <param name="Reason">Why it did not count.</param>
public sealed record UncountedEncounter(string ActivityId, NotCountedReason Reason);
