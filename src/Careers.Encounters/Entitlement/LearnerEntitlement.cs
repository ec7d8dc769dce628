using System.Collections.Generic;

namespace Careers.Encounters;

/// <summary>
/// One learner's standing against the entitlement as at a date: status, count, shortfall, next milestone, and the
/// activities that counted and did not (with the reason). Immutable.
/// </summary>
public sealed class LearnerEntitlement
{
    internal LearnerEntitlement(
        Learner learner,
        YearGroup yearGroup,
        EntitlementStatus status,
        int count,
        int shortfall,
        EntitlementMilestone? next,
        EntitlementDetails details,
        int from,
        int to
    )
    {
        Learner = learner;
        YearGroup = yearGroup;
        Status = status;
        Count = count;
        Shortfall = shortfall;
        NextMilestone = next;
        this.details = details;
        this.from = from;
        this.to = to;
    }

    private readonly EntitlementDetails details;
    private readonly int from;
    private readonly int to;
    private IReadOnlyList<CountedEncounter>? counted;
    private IReadOnlyList<UncountedEncounter>? notCounted;

    /// <summary>The learner.</summary>
    public Learner Learner { get; }

    /// <summary>The learner's year group in the academic year of the as-at date.</summary>
    public YearGroup YearGroup { get; }

    /// <summary>The status.</summary>
    public EntitlementStatus Status { get; }

    /// <summary>How many encounters count.</summary>
    public int Count { get; }

    /// <summary>How many more the learner needs to reach the threshold (0 when reached).</summary>
    public int Shortfall { get; }

    /// <summary>The next milestone the learner has not yet reached, while the window is open.</summary>
    public EntitlementMilestone? NextMilestone { get; }

    /// <summary>The activities that counted, in date order (built when first read, so evaluating millions stays cheap).</summary>
    public IReadOnlyList<CountedEncounter> Counted => counted ??= details.Counted(from, to);

    /// <summary>The activities that did not count, with the reason, in date order (built when first read).</summary>
    public IReadOnlyList<UncountedEncounter> NotCounted =>
        notCounted ??= details.NotCounted(from, to);
}
