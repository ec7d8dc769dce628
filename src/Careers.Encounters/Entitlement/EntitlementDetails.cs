using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.Encounters;

/// <summary>
/// What happened to each participation record, kept in flat arrays shared by every learner's result: lists of
/// records are only built for the learners someone looks at.
/// </summary>
internal sealed class EntitlementDetails
{
    private readonly IReadOnlyList<CareersActivity> activities;
    private readonly int[] activityOf;
    private readonly byte[] reasons;
    private readonly int[] units;

    /// <param name="activities">The record's activities.</param>
    /// <param name="activityOf">The activity of each participation record, learner by learner.</param>
    /// <param name="reasons">Why each of those records did not count, or 0 when it counted.</param>
    /// <param name="units">How many encounters each activity counts as, when it counts.</param>
    public EntitlementDetails(
        IReadOnlyList<CareersActivity> activities,
        int[] activityOf,
        byte[] reasons,
        int[] units
    )
    {
        this.activities = activities;
        this.activityOf = activityOf;
        this.reasons = reasons;
        this.units = units;
    }

    public long Delivered(NodaTime.LocalDate from, NodaTime.LocalDate to)
    {
        long total = 0;
        for (var i = 0; i < reasons.Length; i++)
        {
            var date = activities[activityOf[i]].Date;
            if (reasons[i] == 0 && date >= from && date <= to)
            {
                total += units[activityOf[i]];
            }
        }

        return total;
    }

    public IReadOnlyList<CountedEncounter> Counted(int from, int to) =>
        Enumerable
            .Range(from, to - from)
            .Where(i => reasons[i] == 0)
            .Select(i => new CountedEncounter(
                activities[activityOf[i]].Id,
                activities[activityOf[i]].Date,
                units[activityOf[i]]
            ))
            .OrderBy(c => c.Date)
            .ThenBy(c => c.ActivityId, StringComparer.Ordinal)
            .ToList()
            .AsReadOnly();

    public IReadOnlyList<UncountedEncounter> NotCounted(int from, int to) =>
        Enumerable
            .Range(from, to - from)
            .Where(i => reasons[i] != 0)
            .OrderBy(i => activities[activityOf[i]].Date)
            .ThenBy(i => activities[activityOf[i]].Id, StringComparer.Ordinal)
            .ThenBy(i => reasons[i])
            .Select(i => new UncountedEncounter(
                activities[activityOf[i]].Id,
                (NotCountedReason)reasons[i]
            ))
            .ToList()
            .AsReadOnly();
}
