using System;
using System.Collections.Generic;
using System.Linq;
using Careers.Encounters.Streaming;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Careers.Encounters.Tests;

/// <summary>
/// One counting rule (EncounterCounting): the in-memory evaluator and the stream ask it, so on the same records they
/// give every learner the same standing and every record that does not count the same reason.
/// </summary>
public class EncounterCountingTests
{
    /// <summary>A cohort whose learners take part in each activity at most once.</summary>
    private static Gen<PropertyTests.Cohort> UniqueCohortGen { get; } =
        from cohort in PropertyTests.CohortGen
        select cohort with
        {
            Participations = cohort
                .Participations.DistinctBy(p => (p.LearnerId, p.ActivityId))
                .ToArray(),
        };

    /// <summary>The cohort's participations as stream records: the learner's evidence is the activity's and their own.</summary>
    private static List<EncounterRecord> Records(
        PropertyTests.Cohort cohort,
        EntitlementResult inMemory,
        IEnumerable<Participation> participations
    )
    {
        var learners = inMemory.Learners.ToDictionary(l => l.Learner.Id);
        var activities = cohort.Activities.ToDictionary(a => a.Id);
        return participations
            .Select(p =>
            {
                var learner = learners[p.LearnerId];
                var activity = activities[p.ActivityId];
                return new EncounterRecord(
                    learner.Learner.Id,
                    learner.Learner.InstitutionId,
                    learner.YearGroup,
                    activity.Id,
                    activity.Date,
                    activity.Kind,
                    activity.Evidence | p.Evidence,
                    activity.Organisations.Count(o => o.Type == OrganisationType.Employer)
                );
            })
            .ToList();
    }

    private static Dictionary<NotCountedReason, long> Reasons(EntitlementResult result) =>
        Enum.GetValues<NotCountedReason>()
            .ToDictionary(
                r => r,
                r => (long)result.Learners.SelectMany(l => l.NotCounted).Count(n => n.Reason == r)
            );

    private static void AssertSameStanding(
        EntitlementResult inMemory,
        StreamedEntitlementResult streamed,
        IEnumerable<Participation> participations
    )
    {
        var expected = participations.Select(p => p.LearnerId).Distinct().ToList();
        Assert.Equal(expected, streamed.Learners.Select(l => l.LearnerId));
        var byId = inMemory.Learners.ToDictionary(l => l.Learner.Id);
        Assert.All(
            streamed.Learners,
            s =>
            {
                var m = byId[s.LearnerId];
                Assert.Equal(
                    (m.YearGroup, m.Status, m.Count, m.Shortfall, m.NextMilestone),
                    (s.YearGroup, s.Status, s.Count, s.Shortfall, s.NextMilestone)
                );
            }
        );
    }

    [Property(MaxTest = 300)]
    public Property StreamAndEvaluator_GiveEveryLearnerTheSameStanding_AndEveryRecordTheSameReason() =>
        Prop.ForAll(
            UniqueCohortGen.ToArbitrary(),
            cohort =>
            {
                var inMemory = cohort.Evaluate();
                var streamed = EntitlementStream
                    .Evaluate(
                        cohort.Policy,
                        Records(cohort, inMemory, cohort.Participations),
                        World.AsAt
                    )
                    .GetResultOrThrow();

                AssertSameStanding(inMemory, streamed, cohort.Participations);
                Assert.Equal(Reasons(inMemory), streamed.NotCounted);
                Assert.Equal(cohort.Participations.Length, streamed.Records);
                return true;
            }
        );

    [Property(MaxTest = 200)]
    public Property RepeatedRecords_CountOnce_InBoth_AndTheStreamGivesEachRepeatItsOwnReason() =>
        Prop.ForAll(
            (
                from cohort in UniqueCohortGen
                where cohort.Participations.Length > 0
                from repeats in Gen.NonEmptyListOf(Gen.Elements(cohort.Participations))
                select (cohort, repeats: repeats.ToArray())
            ).ToArbitrary(),
            c =>
            {
                var unique = c.cohort.Evaluate();
                var repeated = (
                    c.cohort with
                    {
                        Participations = [.. c.cohort.Participations, .. c.repeats],
                    }
                ).Evaluate();
                var streamed = EntitlementStream
                    .Evaluate(
                        c.cohort.Policy,
                        Records(c.cohort, unique, [.. c.cohort.Participations, .. c.repeats]),
                        World.AsAt
                    )
                    .GetResultOrThrow();

                // In memory, a learner's records of one activity are one participation: each repeat is a duplicate.
                AssertSameStanding(repeated, streamed, c.cohort.Participations);
                AssertSameStanding(unique, streamed, c.cohort.Participations);
                var inMemoryReasons = Reasons(unique);
                inMemoryReasons[NotCountedReason.Duplicate] += c.repeats.Length;
                Assert.Equal(inMemoryReasons, Reasons(repeated));

                // The stream judges each record as it comes: a repeat of one that counted is a duplicate, a repeat of
                // one that did not count fails for the same reason.
                var expected = Reasons(unique);
                var learners = unique.Learners.ToDictionary(l => l.Learner.Id);
                foreach (var repeat in c.repeats)
                {
                    var learner = learners[repeat.LearnerId];
                    var reason = learner.Counted.Any(x => x.ActivityId == repeat.ActivityId)
                        ? NotCountedReason.Duplicate
                        : learner.NotCounted.Single(n => n.ActivityId == repeat.ActivityId).Reason;
                    expected[reason]++;
                }

                Assert.Equal(expected, streamed.NotCounted);
                return true;
            }
        );
}
