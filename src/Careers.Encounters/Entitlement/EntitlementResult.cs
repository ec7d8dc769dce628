using System.Collections.Generic;
using NodaTime;

namespace Careers.Encounters;

/// <summary>Every learner's standing against the entitlement, with the provenance that explains it. Immutable.</summary>
public sealed class EntitlementResult
{
    private readonly EntitlementDetails details;

    internal EntitlementResult(
        EncounterPolicy policy,
        LocalDate asAt,
        IReadOnlyList<LearnerEntitlement> learners,
        EntitlementDetails details
    )
    {
        this.details = details;
        Policy = policy;
        Provenance = new Provenance(policy.Id, policy.Version, asAt);
        Learners = learners;
    }

    /// <summary>The policy applied.</summary>
    public EncounterPolicy Policy { get; }

    /// <summary>The policy's id and version and the as-at date.</summary>
    public Provenance Provenance { get; }

    /// <summary>Each learner's standing, in the order the learners were given.</summary>
    public IReadOnlyList<LearnerEntitlement> Learners { get; }

    /// <summary>
    /// The encounters delivered in a period: every counted encounter (in its unit) whose activity falls between the two
    /// dates inclusive, across all learners, the figure a delivery plan reports ("over 89,000 encounters over three years").
    /// </summary>
    /// <param name="from">The first day: any date.</param>
    /// <param name="to">The last day: any date (none is counted when it is before <paramref name="from"/>).</param>
    /// <returns>The number of encounters.</returns>
    public long EncountersDelivered(LocalDate from, LocalDate to) => details.Delivered(from, to);
}
