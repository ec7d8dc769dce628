using System;
using System.Globalization;
using Careers.Encounters;
using NodaTime;

namespace Careers.Benchmarks;

/// <summary>
/// A generated activity record for the in-memory evaluator's throughput (issue 19), deterministic for a seed: learners
/// in Years 5 to 13 (Years 5 and 6 not yet in scope), ten participation records per learner on average in random
/// order, one activity per five learners over eight academic years, of ten kinds (two that the default policies do
/// not count), some after the as-at date, a quarter without the evidence to be meaningful unless the learner's own
/// adds it, employers at most, and 3% of the records repeats of one already made (with the learner's own evidence).
/// The participations name learners and activities by new strings, as read from a file, not the record's own.
/// </summary>
internal sealed class EvaluatorWorkload
{
    /// <summary>The as-at date the benchmarks evaluate at.</summary>
    public static readonly LocalDate AsAt = new(2025, 3, 1);

    private static readonly ActivityKind[] Kinds =
    [
        ActivityKind.EmployerTalk,
        ActivityKind.CareersFair,
        ActivityKind.Mentoring,
        ActivityKind.WorkplaceVisit,
        ActivityKind.EnterpriseChallenge,
        ActivityKind.WorkExperience,
        ActivityKind.VirtualWorkExperience,
        ActivityKind.WorkShadowing,
        ActivityKind.GuidanceMeeting,
        ActivityKind.PartTimeJob,
    ];

    private EvaluatorWorkload(
        Learner[] learners,
        CareersActivity[] activities,
        Participation[] participations
    )
    {
        Learners = learners;
        Activities = activities;
        Participations = participations;
        Record = ActivityRecord.Create(learners, activities, participations).GetResultOrThrow();
    }

    public Learner[] Learners { get; }

    public CareersActivity[] Activities { get; }

    public Participation[] Participations { get; }

    public ActivityRecord Record { get; }

    /// <summary>Generates a workload.</summary>
    /// <param name="learnerCount">How many learners.</param>
    /// <param name="participationCount">How many participation records.</param>
    /// <param name="seed">The seed.</param>
    public static EvaluatorWorkload Generate(int learnerCount, int participationCount, int seed)
    {
        var random = new Random(seed);
        var year = AcademicYear.ForDate(AsAt);
        var learners = new Learner[learnerCount];
        for (var i = 0; i < learnerCount; i++)
        {
            var yearGroup = YearGroup.FromNumber(5 + (i % 9));
            learners[i] = new Learner(
                "L" + i.ToString("D7", CultureInfo.InvariantCulture),
                new LocalDate(year.StartYear - yearGroup.AcademicAge, 1 + (i % 12), 3),
                yearGroup,
                year
            );
        }

        var employers = new ActivityOrganisation[4];
        for (var e = 0; e < employers.Length; e++)
        {
            employers[e] = new ActivityOrganisation(
                "E" + e.ToString(CultureInfo.InvariantCulture),
                "Employer " + e.ToString(CultureInfo.InvariantCulture),
                OrganisationType.Employer
            );
        }

        var activityCount = Math.Max(1, learnerCount / 5);
        var activities = new CareersActivity[activityCount];
        for (var a = 0; a < activityCount; a++)
        {
            var roll = random.Next(100);
            activities[a] = new CareersActivity(
                "A" + a.ToString("D7", CultureInfo.InvariantCulture),
                Kinds[random.Next(Kinds.Length)],
                // Eight academic years back, and two months past the as-at date.
                AsAt.PlusDays(60 - random.Next(8 * 365))
            )
            {
                Evidence =
                    roll < 75 ? EncounterPolicyBuilder.DefaultRequiredEvidence
                    : roll < 90
                        ? MeaningfulEvidence.LearningOutcomes | MeaningfulEvidence.TwoWayInteraction
                    : MeaningfulEvidence.LearningOutcomes,
                Organisations = employers.AsSpan(0, random.Next(employers.Length + 1)).ToArray(),
            };
        }

        var participations = new Participation[participationCount];
        for (var p = 0; p < participationCount; p++)
        {
            if (p > 0 && random.Next(100) < 3)
            {
                var earlier = participations[random.Next(p)];
                participations[p] = new Participation(
                    new string(earlier.ActivityId.AsSpan()),
                    new string(earlier.LearnerId.AsSpan())
                )
                {
                    Evidence = MeaningfulEvidence.ActiveParticipation,
                };
                continue;
            }

            participations[p] = new Participation(
                new string(activities[random.Next(activityCount)].Id.AsSpan()),
                new string(learners[random.Next(learnerCount)].Id.AsSpan())
            )
            {
                Evidence =
                    random.Next(5) == 0
                        ? MeaningfulEvidence.ActiveParticipation
                        : MeaningfulEvidence.None,
            };
        }

        return new EvaluatorWorkload(learners, activities, participations);
    }

    /// <summary>A checksum of a result that reads every learner's standing (not the lists of encounters).</summary>
    public static long Checksum(EntitlementResult result)
    {
        long sum = 0;
        foreach (var learner in result.Learners)
        {
            sum += (int)learner.Status * 7 + learner.Count * 31 + learner.Shortfall;
            if (learner.NextMilestone is { } next)
            {
                sum += next.Encounters * 131 + next.YearGroup.Number;
            }
        }

        return sum;
    }

    /// <summary>A checksum that also builds every learner's lists of counted and uncounted encounters.</summary>
    public static long ChecksumWithLists(EntitlementResult result)
    {
        long sum = 0;
        foreach (var learner in result.Learners)
        {
            sum += learner.Counted.Count * 3 + learner.NotCounted.Count;
        }

        return sum;
    }
}
