using System;

namespace Careers;

/// <summary>
/// A learner's part in a careers activity, with the evidence of meaningfulness that is the learner's own (they
/// took part actively, they reflected afterwards). Immutable.
/// </summary>
public sealed record Participation
{
    /// <summary>Records that a learner took part in an activity.</summary>
    /// <param name="activityId">The <see cref="CareersActivity.Id"/> of the activity.</param>
    /// <param name="learnerId">The <see cref="Learner.Id"/> of the learner.</param>
    /// <exception cref="ArgumentException">An id is empty.</exception>
    public Participation(string activityId, string learnerId)
    {
        ActivityId = Guard.NotEmpty(activityId, nameof(activityId));
        LearnerId = Guard.NotEmpty(learnerId, nameof(learnerId));
    }

    /// <summary>The <see cref="CareersActivity.Id"/> of the activity.</summary>
    public string ActivityId { get; }

    /// <summary>The <see cref="Learner.Id"/> of the learner.</summary>
    public string LearnerId { get; }

    /// <summary>The evidence of meaningfulness recorded for this learner.</summary>
    public MeaningfulEvidence Evidence { get; init; }

    /// <summary>
    /// The evidence that applies to this learner in an activity: what the activity provided for everyone and what
    /// this learner did.
    /// </summary>
    /// <param name="activity">The activity this participation belongs to.</param>
    /// <returns>The union of the activity's and the participation's evidence.</returns>
    /// <exception cref="ArgumentException"><paramref name="activity"/> is not the activity this participation refers to.</exception>
    public MeaningfulEvidence EvidenceIn(CareersActivity activity)
    {
        Guard.NotNull(activity, nameof(activity));
        if (!string.Equals(activity.Id, ActivityId, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"This participation is in activity '{ActivityId}', not '{activity.Id}'.",
                nameof(activity)
            );
        }

        return activity.Evidence | Evidence;
    }
}
