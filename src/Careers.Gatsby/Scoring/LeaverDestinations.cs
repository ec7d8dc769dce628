using System;

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
