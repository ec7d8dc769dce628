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
        var required = (int)Policy.RequiredEvidence;

        // Each activity judged once, whoever took part: its own reason not to count, its academic year, its evidence
        // (only the flags the policy requires matter) and its units.
        var facts = new ActivityFacts[activities.Count];
        var unitsOf = new int[activities.Count];
        for (var a = 0; a < activities.Count; a++)
        {
            var activity = activities[a];
            unitsOf[a] = Units(activity);
            facts[a] = new ActivityFacts
            {
                Reason = EncounterCounting.ActivityReason(
                    Policy,
                    asAt,
                    activity.Kind,
                    activity.Date
                ),
                Year = AcademicYear.ForDate(activity.Date).StartYear,
                Evidence = (int)activity.Evidence & required,
                Units = unitsOf[a],
            };
        }

        // Group the records by learner with a counting sort: counts, running totals to each learner's end, then every
        // record placed backwards from its learner's end (keeping the order given), which leaves each learner's start.
        // A key is the activity (high half) and the learner's own evidence in it (low half).
        var starts = new int[learners.Count + 1];
        for (var p = 0; p < participations.Count; p++)
        {
            starts[record.LearnerIndexOf(p)]++;
        }

        for (var l = 1; l <= learners.Count; l++)
        {
            starts[l] += starts[l - 1];
        }

        var keys = Uninitialized<long>(participations.Count);
        for (var p = participations.Count - 1; p >= 0; p--)
        {
            keys[--starts[record.LearnerIndexOf(p)]] =
                ((long)record.ActivityIndexOf(p) << 32)
                | (uint)((int)participations[p].Evidence & required);
        }

        var activityOf = Uninitialized<int>(participations.Count);
        var reasons = new byte[participations.Count];
        var perYear = new int[Policy.LastYearGroup.Number - Policy.FirstYearGroup.Number + 1];
        var results = new LearnerEntitlement[learners.Count];
        var details = new EntitlementDetails(activities, activityOf, reasons, unitsOf);
        for (var l = 0; l < learners.Count; l++)
        {
            var from = starts[l];
            var to = starts[l + 1];

            // All of a learner's records of one activity are one participation, with their evidence together: the
            // first record of each activity takes it, the others are duplicates.
            var seen = l + 1;
            for (var i = from; i < to; i++)
            {
                var a = (int)(keys[i] >> 32);
                activityOf[i] = a;
                ref var fact = ref facts[a];
                if (fact.SeenBy == seen)
                {
                    reasons[i] = (byte)NotCountedReason.Duplicate;
                    keys[fact.Slot] |= (uint)(int)keys[i];
                }
                else
                {
                    fact.SeenBy = seen;
                    fact.Slot = i;
                }
            }

            Array.Clear(perYear, 0, perYear.Length);
            var yearGroup = yearGroups[l];
            var (firstYear, lastYear) = EntitlementRules.WindowYears(Policy, yearGroup, asAtYear);
            var count = 0;
            for (var i = from; i < to; i++)
            {
                if (reasons[i] != 0)
                {
                    continue;
                }

                ref readonly var fact = ref facts[activityOf[i]];
                var reason = EncounterCounting.Classify(
                    fact.Reason,
                    fact.Year,
                    firstYear,
                    lastYear,
                    (fact.Evidence | (int)keys[i]) == required
                );
                if (reason == 0)
                {
                    count += fact.Units;
                    perYear[fact.Year - firstYear] += fact.Units;
                }
                else
                {
                    reasons[i] = (byte)reason;
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

    private static T[] Uninitialized<T>(int length) =>
#if NET
        GC.AllocateUninitializedArray<T>(length);
#else
        new T[length];
#endif

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

    /// <summary>What an evaluation needs of an activity, judged once; and which learner last took part, and where.</summary>
    private struct ActivityFacts
    {
        public NotCountedReason Reason;
        public int Year;
        public int Evidence;
        public int Units;
        public int SeenBy;
        public int Slot;
    }
}
