namespace Careers.Gatsby;

/// <summary>What a learner-evidenced criterion asks of each learner.</summary>
public enum RequirementKind
{
    /// <summary>Meaningful employer encounters in every academic year (Benchmark 5).</summary>
    EmployerEncountersEveryYear = 0,

    /// <summary>Meaningful experiences of workplaces, counted up to a deadline (Benchmark 6); part-time jobs never count.</summary>
    WorkplaceExperiences = 1,

    /// <summary>Meaningful encounters with a range of providers, by a deadline (Benchmark 7).</summary>
    ProviderEncounters = 2,

    /// <summary>Visits to higher education providers by a deadline, for learners considering higher education (Benchmark 7).</summary>
    HigherEducationVisits = 3,

    /// <summary>
    /// Personal guidance meetings with a careers adviser, counted up to a deadline (Benchmark 8); with a qualified adviser
    /// only when <see cref="LearnerRequirement.RequiresQualifiedAdviser"/>.
    /// </summary>
    GuidanceMeetings = 4,

    /// <summary>A systematic record of the advice given to the learner and the decisions agreed (Benchmark 3).</summary>
    AdviceRecord = 5,

    /// <summary>
    /// Destination data for each year since leaving, for <see cref="LearnerRequirement.MinimumCount"/> years: three in
    /// the 2014 schools edition ("for at least three years after they leave school"), one in the 2014 colleges edition,
    /// whose criterion names no period (Benchmark 3).
    /// </summary>
    DestinationRecords = 6,
}
