using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;

namespace Careers;

/// <summary>
/// An activity record: the learners, the careers activities that took place and who took part in which, the input
/// of every rule package (the Gatsby learner-evidence scoring, the four-encounter entitlement and the Provider Access
/// Legislation). An activity records what was designed in for everyone and each <see cref="Participation"/> what
/// one learner did; the rules count a learner's encounters from the two (docs/articles/domain.md §3, "Compass+
/// records activities against individual learners"; §4, the evidence that an encounter was meaningful; §5 and §6).
/// </summary>
/// <remarks>
/// <see cref="Create"/> checks the record once: ids are unique, every participation names a learner and an activity
/// of the record, and dates are in the supported range. A record, once made, is valid; the evaluations check only
/// what depends on their as-at date (the as-at date itself, and each learner's year group in its academic year:
/// <see cref="YearGroupsIn(AcademicYear)"/>). Positions (<see cref="IndexOfLearner"/>, <see cref="LearnerIndexOf"/>
/// …) are zero-based places in the sequences given to <see cref="Create"/>, the indexes of the JSON pointers in
/// problems. Immutable and thread-safe.
/// </remarks>
public sealed class ActivityRecord
{
    private readonly Learner[] learners;
    private readonly CareersActivity[] activities;
    private readonly Participation[] participations;
    private readonly Dictionary<string, int> learnerIndex;
    private readonly Dictionary<string, int> activityIndex;
    private readonly int[] learnerOf;
    private readonly int[] activityOf;

    // Each learner's participations, grouped on first use of ParticipationsOf: no evaluation needs them.
    private ByLearner? byLearner;

    private ActivityRecord(
        Learner[] learners,
        CareersActivity[] activities,
        Participation[] participations,
        Dictionary<string, int> learnerIndex,
        Dictionary<string, int> activityIndex,
        int[] learnerOf,
        int[] activityOf
    )
    {
        this.learners = learners;
        this.activities = activities;
        this.participations = participations;
        this.learnerIndex = learnerIndex;
        this.activityIndex = activityIndex;
        this.learnerOf = learnerOf;
        this.activityOf = activityOf;
        Learners = new ReadOnlyArray<Learner>(learners);
        Activities = new ReadOnlyArray<CareersActivity>(activities);
        Participations = new ReadOnlyArray<Participation>(participations);
    }

    /// <summary>The record with no learners, activities or participations.</summary>
    public static ActivityRecord Empty { get; } = Create([], [], []).GetResultOrThrow();

    /// <summary>The learners, in the order given: each id once.</summary>
    public IReadOnlyList<Learner> Learners { get; }

    /// <summary>The careers activities, in the order given: each id once.</summary>
    public IReadOnlyList<CareersActivity> Activities { get; }

    /// <summary>
    /// Who took part in which activity, in the order given: each names a learner and an activity of the record. The
    /// same learner may be recorded in the same activity more than once; each rule says how it counts that (once, with
    /// the evidence of every record, in every rule of this SDK).
    /// </summary>
    public IReadOnlyList<Participation> Participations { get; }

    /// <summary>
    /// Makes an activity record, checking it. The problems, each at the JSON pointer of the offending value, in this
    /// order:
    /// <list type="bullet">
    /// <item>for each learner in turn, <c>learner.duplicate-id</c> at <c>/learners/{index}</c> (the second and later
    /// learners with an id), or <c>learner.date-of-birth-range</c> at <c>/learners/{index}/dateOfBirth</c> (a date of
    /// birth outside the supported range, <see cref="AcademicYear.MinDate"/> to <see cref="AcademicYear.MaxDate"/>);</item>
    /// <item>for each activity in turn, <c>activity.date-range</c> at <c>/activities/{index}/date</c> (a date outside
    /// the supported range), and <c>activity.duplicate-id</c> at <c>/activities/{index}</c> (the second and later
    /// activities with an id);</item>
    /// <item>for each participation in turn, <c>participation.unknown-activity</c> and
    /// <c>participation.unknown-learner</c> at <c>/participations/{index}</c> (no activity, or no learner, of the
    /// record has the id it names).</item>
    /// </list>
    /// </summary>
    /// <param name="learners">The learners.</param>
    /// <param name="activities">The careers activities.</param>
    /// <param name="participations">Who took part in which activity.</param>
    /// <returns>The record, or every problem found in it.</returns>
    /// <exception cref="ArgumentNullException">A sequence is null or holds null.</exception>
    public static Evaluation<ActivityRecord> Create(
        IEnumerable<Learner> learners,
        IEnumerable<CareersActivity> activities,
        IEnumerable<Participation> participations
    )
    {
        var learnerArray = Copy(learners, nameof(learners), "learners");
        var activityArray = Copy(activities, nameof(activities), "activities");
        var participationArray = Copy(participations, nameof(participations), "participations");
        var problems = new List<ValidationError>();
        var learnerIndex = new Dictionary<string, int>(learnerArray.Length, StringComparer.Ordinal);
        for (var i = 0; i < learnerArray.Length; i++)
        {
            var learner = learnerArray[i];
            var path = JsonPointer.Append("/learners", i);
            if (learnerIndex.ContainsKey(learner.Id))
            {
                problems.Add(
                    new(
                        "learner.duplicate-id",
                        path,
                        $"Learner id '{learner.Id}' appears more than once."
                    )
                );
                continue;
            }

            learnerIndex.Add(learner.Id, i);
            SupportedDates.Check(
                learner.DateOfBirth,
                "learner.date-of-birth-range",
                JsonPointer.Append(path, "dateOfBirth"),
                $"Learner '{learner.Id}' was born on",
                problems
            );
        }

        var activityIndex = new Dictionary<string, int>(
            activityArray.Length,
            StringComparer.Ordinal
        );
        for (var a = 0; a < activityArray.Length; a++)
        {
            var activity = activityArray[a];
            var path = JsonPointer.Append("/activities", a);
            SupportedDates.Check(
                activity.Date,
                "activity.date-range",
                JsonPointer.Append(path, "date"),
                $"Activity '{activity.Id}' is dated",
                problems
            );
            if (activityIndex.ContainsKey(activity.Id))
            {
                problems.Add(
                    new(
                        "activity.duplicate-id",
                        path,
                        $"Activity id '{activity.Id}' appears more than once."
                    )
                );
            }
            else
            {
                activityIndex.Add(activity.Id, a);
            }
        }

        var learnerOf = new int[participationArray.Length];
        var activityOf = new int[participationArray.Length];
        for (var p = 0; p < participationArray.Length; p++)
        {
            var participation = participationArray[p];
            if (!activityIndex.TryGetValue(participation.ActivityId, out var a))
            {
                problems.Add(
                    new(
                        "participation.unknown-activity",
                        JsonPointer.Append("/participations", p),
                        $"No activity has the id '{participation.ActivityId}'."
                    )
                );
            }

            if (!learnerIndex.TryGetValue(participation.LearnerId, out var l))
            {
                problems.Add(
                    new(
                        "participation.unknown-learner",
                        JsonPointer.Append("/participations", p),
                        $"No learner has the id '{participation.LearnerId}'."
                    )
                );
            }

            learnerOf[p] = l;
            activityOf[p] = a;
        }

        return problems.Count > 0
            ? Evaluation<ActivityRecord>.Of(problems)
            : Evaluation<ActivityRecord>.Of(
                new ActivityRecord(
                    learnerArray,
                    activityArray,
                    participationArray,
                    learnerIndex,
                    activityIndex,
                    learnerOf,
                    activityOf
                )
            );
    }

    /// <summary>The position in <see cref="Learners"/> of the learner with an id.</summary>
    /// <param name="learnerId">The <see cref="Learner.Id"/>, compared ordinally.</param>
    /// <returns>The zero-based position, or -1 when no learner of the record has the id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="learnerId"/> is null.</exception>
    public int IndexOfLearner(string learnerId) =>
        learnerIndex.TryGetValue(Guard.NotNull(learnerId, nameof(learnerId)), out var i) ? i : -1;

    /// <summary>The position in <see cref="Activities"/> of the activity with an id.</summary>
    /// <param name="activityId">The <see cref="CareersActivity.Id"/>, compared ordinally.</param>
    /// <returns>The zero-based position, or -1 when no activity of the record has the id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activityId"/> is null.</exception>
    public int IndexOfActivity(string activityId) =>
        activityIndex.TryGetValue(Guard.NotNull(activityId, nameof(activityId)), out var a)
            ? a
            : -1;

    /// <summary>The learner with an id.</summary>
    /// <param name="learnerId">The <see cref="Learner.Id"/>, compared ordinally.</param>
    /// <param name="learner">The learner, or <see langword="null"/> when there is none.</param>
    /// <returns>Whether a learner of the record has the id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="learnerId"/> is null.</exception>
    public bool TryGetLearner(string learnerId, [NotNullWhen(true)] out Learner? learner)
    {
        var i = IndexOfLearner(learnerId);
        learner = i >= 0 ? learners[i] : null;
        return learner is not null;
    }

    /// <summary>The activity with an id.</summary>
    /// <param name="activityId">The <see cref="CareersActivity.Id"/>, compared ordinally.</param>
    /// <param name="activity">The activity, or <see langword="null"/> when there is none.</param>
    /// <returns>Whether an activity of the record has the id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activityId"/> is null.</exception>
    public bool TryGetActivity(string activityId, [NotNullWhen(true)] out CareersActivity? activity)
    {
        var a = IndexOfActivity(activityId);
        activity = a >= 0 ? activities[a] : null;
        return activity is not null;
    }

    /// <summary>
    /// The position in <see cref="Learners"/> of the learner of a participation: what the rules group
    /// participations by, without looking the id up again.
    /// </summary>
    /// <param name="participation">The participation's position in <see cref="Participations"/>.</param>
    /// <returns>The learner's zero-based position.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="participation"/> is not a position in <see cref="Participations"/>.</exception>
    public int LearnerIndexOf(int participation) => learnerOf[participation];

    /// <summary>The position in <see cref="Activities"/> of the activity of a participation.</summary>
    /// <param name="participation">The participation's position in <see cref="Participations"/>.</param>
    /// <returns>The activity's zero-based position.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="participation"/> is not a position in <see cref="Participations"/>.</exception>
    public int ActivityIndexOf(int participation) => activityOf[participation];

    /// <summary>A learner's participations, in the order of <see cref="Participations"/>.</summary>
    /// <param name="learnerId">The <see cref="Learner.Id"/>, compared ordinally.</param>
    /// <returns>The participations; none when no learner of the record has the id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="learnerId"/> is null.</exception>
    public IReadOnlyList<Participation> ParticipationsOf(string learnerId)
    {
        var l = IndexOfLearner(learnerId);
        if (l < 0)
        {
            return Array.Empty<Participation>();
        }

        var grouped = Volatile.Read(ref byLearner);
        if (grouped is null)
        {
            grouped = new ByLearner(learners.Length, learnerOf);
            grouped = Interlocked.CompareExchange(ref byLearner, grouped, null) ?? grouped;
        }

        var from = grouped.Starts[l];
        var own = new Participation[grouped.Starts[l + 1] - from];
        for (var i = 0; i < own.Length; i++)
        {
            own[i] = participations[grouped.Order[from + i]];
        }

        return new ReadOnlyArray<Participation>(own);
    }

    /// <summary>
    /// Each learner's year group in an academic year, as <see cref="Learner.YearGroupIn"/> moves it there: the year
    /// groups an evaluation as at a date in that year judges the learners by.
    /// </summary>
    /// <param name="year">The academic year, such as the one holding an evaluation's as-at date.</param>
    /// <returns>
    /// The year groups, in the order of <see cref="Learners"/>; or, for each learner with no year group in that year
    /// (it falls before Reception or after Year 13), the problem <c>learner.year-group</c> at <c>/learners/{index}</c>.
    /// </returns>
    public Evaluation<IReadOnlyList<YearGroup>> YearGroupsIn(AcademicYear year) =>
        Place(year, null, null);

    /// <summary>
    /// Each learner's year group in an academic year, for an evaluation that follows every learner through a span of
    /// year groups (the Provider Access Legislation follows them from Year 8 to Year 13): as
    /// <see cref="YearGroupsIn(AcademicYear)"/>, and each learner's academic years in that span must be supported
    /// years, 1900/01 to 9998/99.
    /// </summary>
    /// <param name="year">The academic year, such as the one holding an evaluation's as-at date.</param>
    /// <param name="from">The first year group of the span.</param>
    /// <param name="to">The last year group of the span, <paramref name="from"/> or later.</param>
    /// <returns>
    /// The year groups, in the order of <see cref="Learners"/>; or, for each learner in turn, the problem
    /// <c>learner.year-group</c> at <c>/learners/{index}</c> when they have no year group in that year, or
    /// <c>learner.academic-year-range</c> there when their academic years in the span are not all supported.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public Evaluation<IReadOnlyList<YearGroup>> YearGroupsIn(
        AcademicYear year,
        YearGroup from,
        YearGroup to
    ) =>
        to >= from
            ? Place(year, from, to)
            : throw new ArgumentException($"{to} is before {from}.", nameof(to));

    private Evaluation<IReadOnlyList<YearGroup>> Place(
        AcademicYear year,
        YearGroup? from,
        YearGroup? to
    )
    {
        var problems = new List<ValidationError>();
        var yearGroups = new YearGroup[learners.Length];
        for (var i = 0; i < learners.Length; i++)
        {
            var learner = learners[i];
            if (learner.YearGroupIn(year) is { } yearGroup)
            {
                yearGroups[i] = yearGroup;
                if (from is { } first && to is { } last)
                {
                    CheckSpan(learner, yearGroup, year, first, last, i, problems);
                }
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

        return problems.Count > 0
            ? Evaluation<IReadOnlyList<YearGroup>>.Of(problems)
            : Evaluation<IReadOnlyList<YearGroup>>.Of(new ReadOnlyArray<YearGroup>(yearGroups));
    }

    /// <summary>Whether the learner's academic years in a span of year groups are all supported years.</summary>
    private static void CheckSpan(
        Learner learner,
        YearGroup yearGroup,
        AcademicYear year,
        YearGroup from,
        YearGroup to,
        int position,
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
                JsonPointer.Append("/learners", position),
                $"Learner '{learner.Id}' is in {yearGroup} in {year}, so in {outside} in the academic year starting in {start}, outside the supported academic years {new AcademicYear(AcademicYear.MinStartYear)} to {new AcademicYear(AcademicYear.MaxStartYear)}."
            )
        );
    }

    private static T[] Copy<T>(IEnumerable<T> items, string parameterName, string what)
        where T : class
    {
        var copy = Guard.NotNull(items, parameterName).ToArray();
        foreach (var item in copy)
        {
            if (item is null)
            {
                throw new ArgumentNullException(
                    parameterName,
                    $"The list of {what} contains null."
                );
            }
        }

        return copy;
    }

    /// <summary>Participation positions grouped by learner (a stable counting sort).</summary>
    private sealed class ByLearner
    {
        public ByLearner(int learnerCount, int[] learnerOf)
        {
            Starts = new int[learnerCount + 1];
            foreach (var l in learnerOf)
            {
                Starts[l + 1]++;
            }

            for (var l = 0; l < learnerCount; l++)
            {
                Starts[l + 1] += Starts[l];
            }

            Order = new int[learnerOf.Length];
            var next = (int[])Starts.Clone();
            for (var p = 0; p < learnerOf.Length; p++)
            {
                Order[next[learnerOf[p]]++] = p;
            }
        }

        /// <summary>Where each learner's participations start in <see cref="Order"/>; one more than the learners.</summary>
        public int[] Starts { get; }

        /// <summary>Participation positions, learner by learner.</summary>
        public int[] Order { get; }
    }

    /// <summary>A read-only view of an array that cannot be cast back to the array.</summary>
    private sealed class ReadOnlyArray<T>(T[] items) : IReadOnlyList<T>
    {
        public int Count => items.Length;

        public T this[int index] => items[index];

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();
    }
}
