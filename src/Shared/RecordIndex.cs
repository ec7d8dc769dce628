using System;
using System.Collections.Generic;

namespace Careers;

/// <summary>
/// The learners, activities and participations of an evaluation, indexed: each id to its position, each learner's
/// year group in the academic year evaluated, and each participation's learner and activity. Building it reports the
/// problems every evaluation shares — duplicate ids, learners with no year group, records naming an unknown learner
/// or activity — with their JSON pointers. Compiled into every package (src/Shared) so the checks live in one place.
/// </summary>
internal sealed class RecordIndex
{
    private RecordIndex(int learners, int activities, int participations)
    {
        Learners = new Dictionary<string, int>(learners, StringComparer.Ordinal);
        YearGroups = new YearGroup[learners];
        Activities = new Dictionary<string, int>(activities, StringComparer.Ordinal);
        LearnerOf = new int[participations];
        ActivityOf = new int[participations];
    }

    /// <summary>Learner id → position of its first occurrence.</summary>
    public Dictionary<string, int> Learners { get; }

    /// <summary>Each learner's year group in the academic year evaluated (Reception where they have none: a problem is reported).</summary>
    public YearGroup[] YearGroups { get; }

    /// <summary>Activity id → position of its first occurrence.</summary>
    public Dictionary<string, int> Activities { get; }

    /// <summary>Each participation's learner position, or -1 when unknown.</summary>
    public int[] LearnerOf { get; }

    /// <summary>Each participation's activity position, or -1 when unknown.</summary>
    public int[] ActivityOf { get; }

    public static RecordIndex Build(
        IReadOnlyList<Learner> learners,
        IReadOnlyList<CareersActivity> activities,
        IReadOnlyList<Participation> participations,
        AcademicYear year,
        List<ValidationError> problems
    )
    {
        var index = new RecordIndex(learners.Count, activities.Count, participations.Count);
        for (var i = 0; i < learners.Count; i++)
        {
            var learner =
                learners[i]
                ?? throw new ArgumentNullException(
                    nameof(learners),
                    "The list of learners contains null."
                );
            if (index.Learners.ContainsKey(learner.Id))
            {
                problems.Add(
                    new(
                        "learner.duplicate-id",
                        JsonPointer.Append("/learners", i),
                        $"Learner id '{learner.Id}' appears more than once."
                    )
                );
                continue;
            }

            index.Learners.Add(learner.Id, i);
            if (learner.YearGroupIn(year) is { } yearGroup)
            {
                index.YearGroups[i] = yearGroup;
            }
            else
            {
                problems.Add(
                    new(
                        "learner.year-group",
                        JsonPointer.Append("/learners", i),
                        $"Learner '{learner.Id}' has no year group in {year}: they were in {learner.YearGroup} in {learner.AcademicYear}."
                    )
                );
            }
        }

        for (var a = 0; a < activities.Count; a++)
        {
            var activity =
                activities[a]
                ?? throw new ArgumentNullException(
                    nameof(activities),
                    "The list of activities contains null."
                );
            if (index.Activities.ContainsKey(activity.Id))
            {
                problems.Add(
                    new(
                        "activity.duplicate-id",
                        JsonPointer.Append("/activities", a),
                        $"Activity id '{activity.Id}' appears more than once."
                    )
                );
            }
            else
            {
                index.Activities.Add(activity.Id, a);
            }
        }

        for (var p = 0; p < participations.Count; p++)
        {
            var participation =
                participations[p]
                ?? throw new ArgumentNullException(
                    nameof(participations),
                    "The list of participations contains null."
                );
            if (!index.Activities.TryGetValue(participation.ActivityId, out var a))
            {
                a = -1;
                problems.Add(
                    new(
                        "participation.unknown-activity",
                        JsonPointer.Append("/participations", p),
                        $"No activity has the id '{participation.ActivityId}'."
                    )
                );
            }

            if (!index.Learners.TryGetValue(participation.LearnerId, out var l))
            {
                l = -1;
                problems.Add(
                    new(
                        "participation.unknown-learner",
                        JsonPointer.Append("/participations", p),
                        $"No learner has the id '{participation.LearnerId}'."
                    )
                );
            }

            index.LearnerOf[p] = l;
            index.ActivityOf[p] = a;
        }

        return index;
    }
}
