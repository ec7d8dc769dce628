namespace Careers;

/// <summary>Classifications of <see cref="ActivityKind"/>.</summary>
public static class ActivityKindExtensions
{
    /// <summary>
    /// The category an activity kind usually falls in: employer talks, mentoring, enterprise challenges and careers
    /// fairs are employer encounters; visits, shadowing and (virtual) work experience are workplace experiences.
    /// Source: Gatsby Foundation, <i>Good Career Guidance</i> (2014, 2024), Benchmarks 5–8 (docs/articles/domain.md §3).
    /// </summary>
    /// <param name="kind">The activity kind.</param>
    /// <returns>The category.</returns>
    public static ActivityCategory Category(this ActivityKind kind) =>
        kind switch
        {
            ActivityKind.EmployerTalk
            or ActivityKind.Mentoring
            or ActivityKind.EnterpriseChallenge
            or ActivityKind.CareersFair => ActivityCategory.EmployerEncounter,
            ActivityKind.WorkplaceVisit
            or ActivityKind.WorkShadowing
            or ActivityKind.WorkExperience
            or ActivityKind.VirtualWorkExperience => ActivityCategory.WorkplaceExperience,
            ActivityKind.PartTimeJob => ActivityCategory.PartTimeWork,
            ActivityKind.ProviderEncounter or ActivityKind.HigherEducationVisit =>
                ActivityCategory.ProviderEncounter,
            ActivityKind.GuidanceMeeting => ActivityCategory.Guidance,
            ActivityKind.LabourMarketInformationSession => ActivityCategory.Information,
            ActivityKind.CareerRelatedLearningSession => ActivityCategory.CareerRelatedLearning,
            _ => throw new System.ArgumentOutOfRangeException(
                nameof(kind),
                kind,
                "Not a defined ActivityKind."
            ),
        };
}
