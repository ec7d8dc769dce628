using System.Collections.Generic;
using NodaTime;

namespace Careers.Encounters;

/// <summary>The Provider Access Legislation for a school's learners, as at a date. Immutable.</summary>
public sealed class ProviderAccessResult
{
    internal ProviderAccessResult(
        ProviderAccessPolicy policy,
        LocalDate asAt,
        ProviderAccessScope scope,
        IReadOnlyList<LearnerProviderAccess> learners,
        IReadOnlyList<CohortProvision> cohorts,
        ProviderAccessVerdict verdict
    )
    {
        Provenance = new Provenance(policy.Id, policy.Version, asAt);
        Scope = scope;
        Learners = learners;
        Cohorts = cohorts;
        Verdict = verdict;
    }

    /// <summary>The policy's id and version and the as-at date.</summary>
    public Provenance Provenance { get; }

    /// <summary>Whether the duty applies to the institution, and why.</summary>
    public ProviderAccessScope Scope { get; }

    /// <summary>Each learner's standing, in the order given; empty when the institution is not in scope.</summary>
    public IReadOnlyList<LearnerProviderAccess> Learners { get; }

    /// <summary>
    /// The duty to each cohort of the learners given, by phase and then by <see cref="CohortProvision.FirstYear"/>;
    /// empty when the institution is not in scope.
    /// </summary>
    public IReadOnlyList<CohortProvision> Cohorts { get; }

    /// <summary>The overall answer: not in scope, met, in progress or not met.</summary>
    public ProviderAccessVerdict Verdict { get; }
}
