using System;
using System.Collections.Generic;

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

    // A learner's lists are small: arrays sorted in place, not LINQ's ordered enumerables. Counted activities are
    // distinct, and uncounted records that tie on date, id and reason are equal, so an unstable sort gives the order
    // a stable one would.
    public IReadOnlyList<CountedEncounter> Counted(int from, int to)
    {
        var counted = new List<CountedEncounter>(to - from);
        for (var i = from; i < to; i++)
        {
            if (reasons[i] == 0)
            {
                var activity = activities[activityOf[i]];
                counted.Add(new CountedEncounter(activity.Id, activity.Date, units[activityOf[i]]));
            }
        }

        counted.Sort(
            static (x, y) =>
                x.Date != y.Date
                    ? x.Date.CompareTo(y.Date)
                    : string.CompareOrdinal(x.ActivityId, y.ActivityId)
        );
        return counted.AsReadOnly();
    }

    public IReadOnlyList<UncountedEncounter> NotCounted(int from, int to)
    {
        var positions = new List<int>(to - from);
        for (var i = from; i < to; i++)
        {
            if (reasons[i] != 0)
            {
                positions.Add(i);
            }
        }

        positions.Sort(
            (x, y) =>
            {
                var a = activities[activityOf[x]];
                var b = activities[activityOf[y]];
                return a.Date != b.Date ? a.Date.CompareTo(b.Date)
                    : string.CompareOrdinal(a.Id, b.Id) is var byId && byId != 0 ? byId
                    : reasons[x].CompareTo(reasons[y]);
            }
        );
        var notCounted = new List<UncountedEncounter>(positions.Count);
        foreach (var i in positions)
        {
            notCounted.Add(
                new UncountedEncounter(activities[activityOf[i]].Id, (NotCountedReason)reasons[i])
            );
        }

        return notCounted.AsReadOnly();
    }
}
