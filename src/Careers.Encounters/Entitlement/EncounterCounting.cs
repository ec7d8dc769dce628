using System;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Careers.Encounters;

/// <summary>
/// The one rule for whether a learner's participation in an activity counts towards the entitlement, and as how many
/// encounters: <see cref="EntitlementEvaluator"/> and <see cref="Streaming.EntitlementStream"/> both ask it, so that they
/// agree on every record (docs/articles/domain.md §5). It takes the values both have: the activity's kind and date,
/// the learner's evidence in it (the activity's and their own), the employers met, and the learner's window (from
/// their year group, <see cref="EntitlementRules.Window"/>). A repeat of a participation already counted is
/// <see cref="NotCountedReason.Duplicate"/>; which records are repeats is the caller's to say (in memory, all of a
/// learner's records of one activity are one participation with their evidence together; a stream judges each record
/// as it comes).
/// </summary>
internal static class EncounterCounting
{
    /// <summary>
    /// Why a participation does not count, or 0 when it counts. The first reason that applies, in this order: dated
    /// after the as-at date, a kind the policy does not count, outside the learner's window, not meaningful.
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <param name="asAt">The as-at date.</param>
    /// <param name="windowStart">The first day of the learner's window.</param>
    /// <param name="windowEnd">The last day of the learner's window.</param>
    /// <param name="kind">The activity's kind.</param>
    /// <param name="date">The activity's date.</param>
    /// <param name="evidence">The evidence of meaningfulness for this learner in this activity.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static NotCountedReason Classify(
        EncounterPolicy policy,
        LocalDate asAt,
        LocalDate windowStart,
        LocalDate windowEnd,
        ActivityKind kind,
        LocalDate date,
        MeaningfulEvidence evidence
    ) =>
        ActivityReason(policy, asAt, kind, date) is var reason && reason != 0 ? reason
        : date < windowStart || date > windowEnd ? NotCountedReason.OutsideWindow
        : !policy.IsMeaningful(evidence) ? NotCountedReason.NotMeaningful
        : 0;

    /// <summary>
    /// The reasons of <see cref="Classify(EncounterPolicy, LocalDate, LocalDate, LocalDate, ActivityKind, LocalDate, MeaningfulEvidence)"/>
    /// that depend on the activity alone, in its order (dated after the as-at date, a kind the policy does not count),
    /// or 0: judged once per activity, whoever took part.
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <param name="asAt">The as-at date.</param>
    /// <param name="kind">The activity's kind.</param>
    /// <param name="date">The activity's date.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static NotCountedReason ActivityReason(
        EncounterPolicy policy,
        LocalDate asAt,
        ActivityKind kind,
        LocalDate date
    ) =>
        date > asAt ? NotCountedReason.AfterAsAt
        : !policy.Qualifies(kind) ? NotCountedReason.WrongKind
        : 0;

    /// <summary>
    /// <see cref="Classify(EncounterPolicy, LocalDate, LocalDate, LocalDate, ActivityKind, LocalDate, MeaningfulEvidence)"/>
    /// in integers, for an activity already judged by <see cref="ActivityReason"/>: the learner's window as the start
    /// years of its first and last academic years (<see cref="EntitlementRules.WindowYears"/>) and the activity's date
    /// as the start year of its academic year. A window's days are whole academic years, so a supported date is in
    /// the window exactly when its academic year is; the same reason as from the dates.
    /// </summary>
    /// <param name="activityReason">The activity's own reason (<see cref="ActivityReason"/>), or 0.</param>
    /// <param name="activityYear">The start year of the activity's academic year.</param>
    /// <param name="firstYear">The start year of the window's first academic year.</param>
    /// <param name="lastYear">The start year of the window's last academic year.</param>
    /// <param name="meaningful">Whether the evidence for this learner in this activity meets the policy's.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static NotCountedReason Classify(
        NotCountedReason activityReason,
        int activityYear,
        int firstYear,
        int lastYear,
        bool meaningful
    ) =>
        activityReason != 0 ? activityReason
        : activityYear < firstYear || activityYear > lastYear ? NotCountedReason.OutsideWindow
        : !meaningful ? NotCountedReason.NotMeaningful
        : 0;

    /// <summary>
    /// How many encounters a participation that counts is: 1 per occasion, or, when the policy counts each employer
    /// met, the employers (at least 1).
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <param name="employers">How many employers the activity involved.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Units(EncounterPolicy policy, int employers) =>
        policy.CountingUnit == CountingUnit.PerOccasion ? 1 : Math.Max(1, employers);
}
