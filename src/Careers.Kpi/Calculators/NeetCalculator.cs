using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace Careers.Kpi;

/// <summary>Computes the December–February NEET and not known averages (docs/articles/domain.md §8). Pure.</summary>
internal static class NeetCalculator
{
    /// <summary>
    /// Averages the three end-of-month figures of a year. Bad data gives problems, never a number: no months
    /// (<c>kpi.neet.no-months</c>), a month outside the supported range, September 1900 to August 9999
    /// (<c>kpi.neet.month-range</c>), a month other than December, January or February (<c>kpi.neet.month-outside-window</c>),
    /// months from more than one year or not the year asked for (<c>kpi.neet.mixed-periods</c>), a month twice
    /// (<c>kpi.neet.duplicate-month</c>), a month missing (<c>kpi.neet.missing-month</c>), a negative count
    /// (<c>kpi.count.negative</c>), a cohort of 0 (<c>kpi.cohort.zero</c>), and NEET plus not known above the cohort
    /// (<c>kpi.numerator.above-denominator</c>).
    /// </summary>
    /// <param name="months">The December, January and February figures, in any order.</param>
    /// <param name="year">The year expected (the February's); <see langword="null"/> to take it from the months.</param>
    /// <returns>The average, or every problem found.</returns>
    public static Evaluation<NeetAverage> ThreeMonthAverage(
        IReadOnlyList<NeetMonth> months,
        int? year = null
    )
    {
        Guard.NotNull(months, nameof(months));
        var problems = new List<ValidationError>();
        if (months.Count == 0)
        {
            problems.Add(
                new ValidationError(
                    "kpi.neet.no-months",
                    JsonPointer.Root,
                    "No monthly figures: the average needs the end-of-month December, January and February figures."
                )
            );
            return Evaluation<NeetAverage>.Of(problems);
        }

        var years = new SortedSet<int>();
        for (var i = 0; i < months.Count; i++)
        {
            var month = Guard.NotNull(months[i], nameof(months));
            var path = JsonPointer.Append(JsonPointer.Root, i);
            if (!InRange(month.Month))
            {
                problems.Add(
                    new ValidationError(
                        "kpi.neet.month-range",
                        JsonPointer.Append(path, "month"),
                        $"{Name(month.Month)} is outside the supported range, {Name(FirstMonth)} to {Name(LastMonth)}."
                    )
                );
            }
            else if (month.Month.Month is not (12 or 1 or 2))
            {
                problems.Add(
                    new ValidationError(
                        "kpi.neet.month-outside-window",
                        JsonPointer.Append(path, "month"),
                        $"{Name(month.Month)} is outside the window: NEET averages use the end of December, January and February only."
                    )
                );
            }
            else
            {
                years.Add(WindowYear(month.Month));
            }

            CheckCounts(month, path, problems);
        }

        if (year is int expected && years.Any(y => y != expected))
        {
            problems.Add(
                new ValidationError(
                    "kpi.neet.mixed-periods",
                    JsonPointer.Root,
                    FormattableString.Invariant(
                        $"The figures are for {string.Join(" and ", years.Select(Label))}, not {Label(expected)} (December {expected - 1} to February {expected})."
                    )
                )
            );
        }
        else if (years.Count > 1)
        {
            problems.Add(
                new ValidationError(
                    "kpi.neet.mixed-periods",
                    JsonPointer.Root,
                    $"The figures mix years: {string.Join(" and ", years.Select(Label))}. Average one December to February at a time."
                )
            );
        }

        if (years.Count == 1 && problems.All(p => p.Code != "kpi.neet.mixed-periods"))
        {
            var y = years.Min;
            foreach (
                var wanted in new[]
                {
                    new YearMonth(y - 1, 12),
                    new YearMonth(y, 1),
                    new YearMonth(y, 2),
                }
            )
            {
                var count = months.Count(m => m.Month == wanted);
                if (count == 0)
                {
                    problems.Add(
                        new ValidationError(
                            "kpi.neet.missing-month",
                            JsonPointer.Root,
                            $"{Name(wanted)} is missing: the average needs all three months, December to February."
                        )
                    );
                }
                else if (count > 1)
                {
                    problems.Add(
                        new ValidationError(
                            "kpi.neet.duplicate-month",
                            JsonPointer.Root,
                            FormattableString.Invariant(
                                $"{Name(wanted)} appears {count} times; give each month once."
                            )
                        )
                    );
                }
            }
        }

        if (problems.Count > 0)
        {
            return Evaluation<NeetAverage>.Of(problems);
        }

        var ordered = months.OrderBy(m => m.Month).ToArray();
        return Evaluation<NeetAverage>.Of(new NeetAverage(years.Min, Array.AsReadOnly(ordered)));
    }

    private static void CheckCounts(NeetMonth month, string path, List<ValidationError> problems)
    {
        foreach (
            var (name, value) in new[]
            {
                ("cohort", month.Cohort),
                ("neet", month.Neet),
                ("notKnown", month.NotKnown),
            }
        )
        {
            if (value < 0)
            {
                problems.Add(
                    new ValidationError(
                        "kpi.count.negative",
                        JsonPointer.Append(path, name),
                        FormattableString.Invariant(
                            $"{Name(month.Month)}: {name} is {value}; a count cannot be negative."
                        )
                    )
                );
            }
        }

        if (month.Cohort == 0)
        {
            problems.Add(
                new ValidationError(
                    "kpi.cohort.zero",
                    JsonPointer.Append(path, "cohort"),
                    $"{Name(month.Month)}: the cohort is 0, so no rate can be computed."
                )
            );
        }
        else if ((long)month.Neet + month.NotKnown > month.Cohort)
        {
            problems.Add(
                new ValidationError(
                    "kpi.numerator.above-denominator",
                    path,
                    FormattableString.Invariant(
                        $"{Name(month.Month)}: NEET ({month.Neet}) plus not known ({month.NotKnown}) is more than the cohort ({month.Cohort})."
                    )
                )
            );
        }
    }

    private static YearMonth FirstMonth =>
        new(AcademicYear.MinDate.Year, AcademicYear.MinDate.Month);

    private static YearMonth LastMonth =>
        new(AcademicYear.MaxDate.Year, AcademicYear.MaxDate.Month);

    /// <summary>Whether every day of a month is in the supported range (<see cref="AcademicYear.IsSupported"/>).</summary>
    private static bool InRange(YearMonth month) =>
        AcademicYear.IsSupported(month.OnDayOfMonth(1))
        && AcademicYear.IsSupported(
            month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month))
        );

    private static int WindowYear(YearMonth month) =>
        month.Month == 12 ? month.Year + 1 : month.Year;

    private static string Label(int year) =>
        FormattableString.Invariant($"{year - 1}–{year % 100:D2}");

    private static string Name(YearMonth month) =>
        month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
