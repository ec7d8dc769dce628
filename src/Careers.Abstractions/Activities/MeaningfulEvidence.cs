using System;

namespace Careers;

/// <summary>
/// The evidence that an encounter was meaningful, as flags. An activity records what was designed in (a purpose,
/// learning outcomes); a participation records what the learner did (took part, reflected). A policy of the Gatsby
/// or Encounters package says which flags make an activity meaningful for which benchmark or rule.
/// </summary>
/// <remarks>
/// Sources (docs/articles/domain.md §4): Gatsby Foundation, <i>Good Career Guidance</i> (2014): "a 'meaningful' encounter is one in
/// which the student has an opportunity to learn about what work is like or what it takes to be successful in the
/// workplace"; The Careers &amp; Enterprise Company minimum standards (2020); <i>Good Career Guidance: The Next 10
/// Years</i> (2024): the B5 (4 points), B6 (7 points) and B7 (6 points) definitions of meaningful.
/// </remarks>
[Flags]
public enum MeaningfulEvidence
{
    /// <summary>No evidence recorded.</summary>
    None = 0,

    /// <summary>A clear purpose, shared with the employer or provider and the young person.</summary>
    ClearPurpose = 1 << 0,

    /// <summary>Learning outcomes were defined.</summary>
    LearningOutcomes = 1 << 1,

    /// <summary>Two-way interaction between learners and the employer or provider.</summary>
    TwoWayInteraction = 1 << 2,

    /// <summary>Extensive two-way interaction (workplace experiences).</summary>
    ExtensiveTwoWayInteraction = 1 << 3,

    /// <summary>Evidence that the learner actively participated.</summary>
    ActiveParticipation = 1 << 4,

    /// <summary>The learner met a range of people (workplace experiences).</summary>
    MetRangeOfPeople = 1 << 5,

    /// <summary>A task set by the employer, or work relevant to the workplace.</summary>
    TaskSetByEmployer = 1 << 6,

    /// <summary>Feedback from the employer.</summary>
    EmployerFeedback = 1 << 7,

    /// <summary>Time for the learner to reflect afterwards.</summary>
    Reflection = 1 << 8,

    /// <summary>Information about the provider, its recruitment, its qualifications and the careers they lead to.</summary>
    ProviderInformation = 1 << 9,

    /// <summary>The learner saw what learning there is like.</summary>
    LearningEnvironment = 1 << 10,

    /// <summary>The learner met both staff and students (learners, trainees) of the provider: Benchmark 7 in the 2014 and 2024 editions.</summary>
    MetStaffAndStudents = 1 << 11,
}
