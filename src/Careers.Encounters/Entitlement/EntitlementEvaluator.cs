using System;
using System.Collections.Generic;
using NodaTime;

namespace Careers.Encounters;

/// <summary>
/// Evaluates learners against an <see cref="EncounterPolicy"/> as at a date, from the activity record. A learner's
/// participations count wherever they were recorded, so a learner who changed school keeps what they had. Pure and
/// thread-safe.
/// </summary>
public sealed class EntitlementEvaluator
{
    /// <summary>Creates an evaluator for a policy.</summary>
    /// <param name="policy">The policy.</param>
    public EntitlementEvaluator(EncounterPolicy policy) =>
        Policy = Guard.NotNull(policy, nameof(policy));

    /// <summary>The policy applied.</summary>
    public EncounterPolicy Policy { get; }

    /// <summary>Evaluates every learner as at a date.</summary>
    /// <param name="record">
    /// The learners, the careers activities and who took part in which, checked when it was made
    /// (<see cref="ActivityRecord.Create"/>).
    /// </param>
    /// <param name="asAt">
    /// The date to evaluate as at; activities after it do not count. From 1 September 1900 to 31 August 9999
    /// (<see cref="AcademicYear.MinDate"/> to <see cref="AcademicYear.MaxDate"/>); outside that range it is the
    /// problem <c>as-at.range</c>, not an exception.
    /// </param>
    /// <returns>
    /// Each learner's standing, or every problem as at the date: the as-at date outside the supported range
    /// (<c>as-at.range</c>), learners with no year group in its academic year (<c>learner.year-group</c>).
    /// </returns>
    public Evaluation<EntitlementResult> Evaluate(ActivityRecord record, LocalDate asAt)
    {
        Guard.NotNull(record, nameof(record));
        var problems = new List<ValidationError>();
        var yearGroups = AsAtPlacement.YearGroups(record, asAt, problems);
        if (yearGroups is null)
        {
            return Evaluation<EntitlementResult>.Of(problems);
        }

        var learners = record.Learners;
        var activities = record.Activities;
        var participations = record.Participations;
        var asAtYear = AcademicYear.ForDate(asAt);
        var unitsOf = new int[activities.Count];
        for (var a = 0; a < activities.Count; a++)
        {
            unitsOf[a] = Units(activities[a]);
        }

        // Group the records by learner with a counting sort.
        var starts = new int[learners.Count + 1];
        for (var p = 0; p < participations.Count; p++)
        {
            starts[record.LearnerIndexOf(p) + 1]++;
        }

        for (var l = 0; l < learners.Count; l++)
        {
            starts[l + 1] += starts[l];
        }

        // Within a learner, records sort by activity (the high half of the key; the learner's own evidence is the low
        // half), so duplicates sit together, merge their evidence and count once, whatever order they came in.
        var keys = new long[participations.Count];
        var next = (int[])starts.Clone();
        for (var p = 0; p < participations.Count; p++)
        {
            keys[next[record.LearnerIndexOf(p)]++] =
                ((long)record.ActivityIndexOf(p) << 32) | (uint)participations[p].Evidence;
        }

        var activityOf = new int[participations.Count];
        var reasons = new byte[participations.Count];
        var units = new int[participations.Count];
        var perYear = new int[Policy.LastYearGroup.Number - Policy.FirstYearGroup.Number + 1];
        var results = new LearnerEntitlement[learners.Count];
        var details = new EntitlementDetails(activities, activityOf, reasons, units);
        for (var l = 0; l < learners.Count; l++)
        {
            var from = starts[l];
            var to = starts[l + 1];
            Array.Sort(keys, from, to - from);
            Array.Clear(perYear, 0, perYear.Length);
            var yearGroup = yearGroups[l];
            var (windowStart, windowEnd) = EntitlementRules.Window(Policy, yearGroup, asAtYear);
            var count = 0;
            for (var i = from; i < to; i++)
            {
                var a = (int)(keys[i] >> 32);
                var activity = activities[a];
                activityOf[i] = a;
                var evidence = (MeaningfulEvidence)(int)keys[i];
                var group = i;
                while (i + 1 < to && (int)(keys[i + 1] >> 32) == a)
                {
                    i++;
                    activityOf[i] = a;
                    reasons[i] = (byte)NotCountedReason.Duplicate;
                    evidence |= (MeaningfulEvidence)(int)keys[i];
                }

                var reason = Classify(
                    activity,
                    activity.Evidence | evidence,
                    asAt,
                    windowStart,
                    windowEnd
                );
                reasons[group] = (byte)reason;
                if (reason == 0)
                {
                    units[group] = unitsOf[a];
                    count += unitsOf[a];
                    perYear[EntitlementRules.YearIndex(windowStart, activity.Date)] += unitsOf[a];
                }
            }

            var status = EntitlementRules.Status(
                Policy,
                yearGroup,
                count,
                perYear,
                asAt,
                asAtYear,
                out var shortfall,
                out var milestone
            );
            results[l] = new LearnerEntitlement(
                learners[l],
                yearGroup,
                status,
                count,
                shortfall,
                milestone,
                details,
                from,
                to
            );
        }

        return Evaluation<EntitlementResult>.Of(
            new EntitlementResult(Policy, asAt, Array.AsReadOnly(results), details)
        );
    }

    private NotCountedReason Classify(
        CareersActivity activity,
        MeaningfulEvidence evidence,
        LocalDate asAt,
        LocalDate start,
        LocalDate end
    ) =>
        EncounterCounting.Classify(
            Policy,
            asAt,
            start,
            end,
            activity.Kind,
            activity.Date,
            evidence
        );

    private int Units(CareersActivity activity)
    {
        var employers = 0;
        foreach (var organisation in activity.Organisations)
        {
            if (organisation.Type == OrganisationType.Employer)
            {
                employers++;
            }
        }

        return EncounterCounting.Units(Policy, employers);
    }
}
