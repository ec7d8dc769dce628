namespace Careers.Encounters.Streaming;

/// <summary>One learner's standing from a streamed evaluation: the summary, without the list of records.</summary>
/// <param name="LearnerId">The learner.</param>
/// <param name="InstitutionId">The institution on the learner's first record, or <see langword="null"/>.</param>
/// <param name="YearGroup">The learner's year group in the as-at academic year.</param>
/// <param name="Status">The status.</param>
/// <param name="Count">How many encounters count.</param>
/// <param name="Shortfall">How many more are needed.</param>
/// <param name="NextMilestone">The next milestone not yet reached, while the window is open.</param>
public sealed record StreamedLearnerEntitlement(
    string LearnerId,
    string? InstitutionId,
    YearGroup YearGroup,
    EntitlementStatus Status,
    int Count,
    int Shortfall,
    EntitlementMilestone? NextMilestone
);
