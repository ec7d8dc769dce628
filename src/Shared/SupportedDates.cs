using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace Careers;

/// <summary>
/// The supported date range applied to data: a date outside <see cref="AcademicYear.MinDate"/> to
/// <see cref="AcademicYear.MaxDate"/> in an evaluation's input is a problem, never an exception. Compiled into every
/// package (src/Shared) so that every package checks the range with <see cref="AcademicYear.IsSupported"/> and words
/// the problem the same way.
/// </summary>
internal static class SupportedDates
{
    /// <summary>The code of an as-at date outside the supported range.</summary>
    public const string AsAtCode = "as-at.range";

    /// <summary>The path of the as-at date: the argument, as if it were a property of the input.</summary>
    public const string AsAtPath = "/asAt";

    /// <summary>The supported range as text: <c>1900-09-01 to 9999-08-31</c>.</summary>
    public static string Range { get; } =
        Format(AcademicYear.MinDate) + " to " + Format(AcademicYear.MaxDate);

    /// <summary>A date as <c>yyyy-MM-dd</c>, with the absolute year (so year 0 and negative years read as they are).</summary>
    public static string Format(LocalDate date) =>
        date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reports an as-at date outside the supported range (<c>as-at.range</c> at <c>/asAt</c>).</summary>
    /// <returns>Whether the date is in the range.</returns>
    public static bool CheckAsAt(LocalDate asAt, ICollection<ValidationError> problems) =>
        Check(asAt, AsAtCode, AsAtPath, "The as-at date is", problems);

    /// <summary>Reports a date of the input outside the supported range.</summary>
    /// <param name="date">The date.</param>
    /// <param name="code">The problem's code, such as <c>activity.date-range</c>.</param>
    /// <param name="path">The JSON pointer of the date.</param>
    /// <param name="what">What the date is, with its verb, to start the message: <c>Activity 'A1' is dated</c>.</param>
    /// <param name="problems">Receives the problem.</param>
    /// <returns>Whether the date is in the range.</returns>
    public static bool Check(
        LocalDate date,
        string code,
        string path,
        string what,
        ICollection<ValidationError> problems
    )
    {
        if (AcademicYear.IsSupported(date))
        {
            return true;
        }

        problems.Add(new ValidationError(code, path, Message(what, date)));
        return false;
    }

    /// <summary>The message of a date outside the range: <c>{what} {date}, outside the supported range …</c>.</summary>
    public static string Message(string what, LocalDate date) =>
        $"{what} {Format(date)}, outside the supported range {Range}.";
}
