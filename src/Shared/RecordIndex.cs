using System;
using System.Collections.Generic;
using NodaTime;

namespace Careers;

/// <summary>
/// The learners, activities and participations of an evaluation, indexed: each id to its position, each learner's
/// year group in the academic year evaluated, and each participation's learner and activity. Building it reports the
/// problems every evaluation shares — an as-at date or a date in the records outside the supported range, duplicate
/// ids, learners with no year group, records naming an unknown learner or activity — with their JSON pointers.
/// Compiled into every package (src/Shared) so the checks live in one place.
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

    /// <summary>The academic year of the as-at date; the default value when the as-at date is outside the supported range (a problem is reported).</summary>
    public AcademicYear Year { get; private set; }

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

    /// <summary>Indexes the records of an evaluation as at a date, reporting every problem they share.</summary>
    /// <param name="learners">The learners.</param>
    /// <param name="activities">The activities.</param>
    /// <param name="participations">Who took part in which.</param>
    /// <param name="asAt">The as-at date: outside the supported range it is <c>as-at.range</c>, and no learner is placed.</param>
    /// <param name="problems">Receives the problems.</param>
    /// <param name="placedFrom">
    /// With <paramref name="placedTo"/>, the year groups the evaluation places every learner in: each learner's
    /// academic years in them must be supported years, or the learner is <c>learner.academic-year-range</c>.
    /// </param>
    /// <param name="placedTo">The last of those year groups.</param>
    /// <returns>The index; use it only when no problem was reported.</returns>
    public static RecordIndex Build(
        IReadOnlyList<Learner> learners,
        IReadOnlyList<CareersActivity> activities,
        IReadOnlyList<Participation> participations,
        LocalDate asAt,
        List<ValidationError> problems,
        YearGroup? placedFrom = null,
        YearGroup? placedTo = null
    )
    {
        var index = new RecordIndex(learners.Count, activities.Count, participations.Count);
        var placed = SupportedDates.CheckAsAt(asAt, problems);
        var year = placed ? AcademicYear.ForDate(asAt) : default;
        index.Year = year;
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
            var path = JsonPointer.Append("/learners", i);
            SupportedDates.Check(
                learner.DateOfBirth,
                "learner.date-of-birth-range",
                JsonPointer.Append(path, "dateOfBirth"),
                $"Learner '{learner.Id}' was born on",
                problems
            );
            if (!placed)
            {
                continue;
            }

            if (learner.YearGroupIn(year) is { } yearGroup)
            {
                index.YearGroups[i] = yearGroup;
                if (placedFrom is { } from && placedTo is { } to)
                {
                    CheckPlaced(learner, yearGroup, year, from, to, path, problems);
                }
            }
            else
            {
                problems.Add(
                    new(
                        "learner.year-group",
                        path,
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
            SupportedDates.Check(
                activity.Date,
                "activity.date-range",
                JsonPointer.Append(JsonPointer.Append("/activities", a), "date"),
                $"Activity '{activity.Id}' is dated",
                problems
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

    /// <summary>Whether the learner's academic years in a span of year groups are all supported years.</summary>
    private static void CheckPlaced(
        Learner learner,
        YearGroup yearGroup,
        AcademicYear year,
        YearGroup from,
        YearGroup to,
        string path,
        List<ValidationError> problems
    )
    {
        var first = year.StartYear + (from.Number - yearGroup.Number);
        var last = year.StartYear + (to.Number - yearGroup.Number);
        if (first >= AcademicYear.MinStartYear && last <= AcademicYear.MaxStartYear)
        {
            return;
        }

        var (outside, start) = first < AcademicYear.MinStartYear ? (from, first) : (to, last);
        problems.Add(
            new(
                "learner.academic-year-range",
                path,
                $"Learner '{learner.Id}' is in {yearGroup} in {year}, so in {outside} in the academic year starting in {start}, outside the supported academic years {new AcademicYear(AcademicYear.MinStartYear)} to {new AcademicYear(AcademicYear.MaxStartYear)}."
            )
        );
    }
}
