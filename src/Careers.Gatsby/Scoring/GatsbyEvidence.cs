using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.Gatsby;

/// <summary>
/// A leaver's destination record for Benchmark 3: when they left and for how many years after leaving their
/// education, training or employment destination has been recorded.
/// </summary>
public sealed record LeaverDestinations
{
    /// <summary>Creates a leaver's destination record.</summary>
    /// <param name="learnerId">The learner's id.</param>
    /// <param name="leftAtEndOf">
    /// The academic year at whose end the learner left: any value, the default too; only leavers of the years
    /// Benchmark 3 looks back on, before the as-at year, are in its scope.
    /// </param>
    /// <param name="yearsRecorded">For how many years after leaving a destination has been recorded, 0 or more.</param>
    /// <exception cref="ArgumentException"><paramref name="learnerId"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yearsRecorded"/> is negative.</exception>
    public LeaverDestinations(string learnerId, AcademicYear leftAtEndOf, int yearsRecorded)
    {
        LearnerId = Guard.NotEmpty(learnerId, nameof(learnerId));
        LeftAtEndOf = leftAtEndOf;
        YearsRecorded =
            yearsRecorded >= 0
                ? yearsRecorded
                : throw new ArgumentOutOfRangeException(
                    nameof(yearsRecorded),
                    yearsRecorded,
                    "Cannot be negative."
                );
    }

    /// <summary>The learner's id.</summary>
    public string LearnerId { get; }

    /// <summary>The academic year at whose end the learner left.</summary>
    public AcademicYear LeftAtEndOf { get; }

    /// <summary>For how many years after leaving a destination has been recorded.</summary>
    public int YearsRecorded { get; }
}

/// <summary>
/// What an institution's activity record says about its learners: the learners on roll, the careers activities and
/// who took part, and the records Benchmark 3 and Benchmark 7 need. The input of learner-evidence scoring. Immutable.
/// </summary>
public sealed class GatsbyEvidence
{
    private readonly IReadOnlyCollection<string> consideringHigherEducation = Array.Empty<string>();
    private readonly IReadOnlyCollection<string> adviceRecords = Array.Empty<string>();
    private readonly IReadOnlyList<LeaverDestinations> leavers = Array.Empty<LeaverDestinations>();

    /// <summary>Creates the evidence of one institution.</summary>
    /// <param name="learners">The learners on roll.</param>
    /// <param name="activities">The careers activities.</param>
    /// <param name="participations">Who took part in which activity.</param>
    /// <exception cref="ArgumentNullException">A sequence is null or holds null.</exception>
    public GatsbyEvidence(
        IEnumerable<Learner> learners,
        IEnumerable<CareersActivity> activities,
        IEnumerable<Participation> participations
    )
    {
        Learners = Copy(learners, nameof(learners));
        Activities = Copy(activities, nameof(activities));
        Participations = Copy(participations, nameof(participations));
    }

    /// <summary>The learners on roll.</summary>
    public IReadOnlyList<Learner> Learners { get; }

    /// <summary>The careers activities.</summary>
    public IReadOnlyList<CareersActivity> Activities { get; }

    /// <summary>Who took part in which activity.</summary>
    public IReadOnlyList<Participation> Participations { get; }

    /// <summary>The ids of learners considering applying to higher education (Benchmark 7's visits by 18 apply to them).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyCollection<string> ConsideringHigherEducation
    {
        get => consideringHigherEducation;
        init => consideringHigherEducation = Copy(value, nameof(ConsideringHigherEducation));
    }

    /// <summary>The ids of learners with a systematic record of the advice given to them and the decisions agreed (Benchmark 3).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyCollection<string> AdviceRecords
    {
        get => adviceRecords;
        init => adviceRecords = Copy(value, nameof(AdviceRecords));
    }

    /// <summary>The destination records of learners who have left (Benchmark 3).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<LeaverDestinations> Leavers
    {
        get => leavers;
        init => leavers = Copy(value, nameof(Leavers));
    }

    private static T[] Copy<T>(IEnumerable<T> items, string name)
    {
        var copy = Guard.NotNull(items, name).ToArray();
        return copy.Any(i => i is null)
            ? throw new ArgumentNullException(name, "The sequence contains null.")
            : copy;
    }
}
