using System.Collections.Generic;
using NodaTime;

namespace Careers.Encounters;

/// <summary>
/// What the evaluations of this package check of an <see cref="ActivityRecord"/> as at a date: the as-at date is in
/// the supported range (<c>as-at.range</c>), and every learner has a year group in its academic year
/// (<c>learner.year-group</c>; with a span, <c>learner.academic-year-range</c> too).
/// </summary>
internal static class AsAtPlacement
{
    /// <summary>Each learner's year group in the academic year of the as-at date.</summary>
    /// <param name="record">The record.</param>
    /// <param name="asAt">The as-at date.</param>
    /// <param name="problems">Receives the problems.</param>
    /// <param name="span">The year groups the evaluation follows each learner through, if any.</param>
    /// <returns>The year groups, or null when a problem was reported.</returns>
    public static IReadOnlyList<YearGroup>? YearGroups(
        ActivityRecord record,
        LocalDate asAt,
        List<ValidationError> problems,
        (YearGroup From, YearGroup To)? span = null
    )
    {
        if (!SupportedDates.CheckAsAt(asAt, problems))
        {
            return null;
        }

        var year = AcademicYear.ForDate(asAt);
        var placed = span is { } s
            ? record.YearGroupsIn(year, s.From, s.To)
            : record.YearGroupsIn(year);
        if (placed.Success)
        {
            return placed.Result;
        }

        problems.AddRange(placed.Problems);
        return null;
    }
}
