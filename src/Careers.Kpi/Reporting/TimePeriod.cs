using System;
using System.Globalization;
using NodaTime;

namespace Careers.Kpi;

/// <summary>
/// A period as explore-education-statistics writes it: a <c>time_period</c> code and a <c>time_identifier</c>
/// (docs/articles/domain.md §8). Immutable.
/// </summary>
public sealed record TimePeriod
{
    private TimePeriod(string code, string identifier, LocalDate start, LocalDate end)
    {
        Code = code;
        Identifier = identifier;
        Start = start;
        End = end;
    }

    /// <summary>The <c>time_period</c> code, for example <c>202425</c> or <c>2025</c>.</summary>
    public string Code { get; }

    /// <summary>The <c>time_identifier</c>, for example <c>Academic year</c>.</summary>
    public string Identifier { get; }

    /// <summary>The first day of the period.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of the period.</summary>
    public LocalDate End { get; }

    /// <summary>An academic year, 1 September to 31 August: <c>202425</c>, <c>Academic year</c>.</summary>
    /// <param name="year">The academic year, 1900/01 to 9998/99.</param>
    /// <returns>The period.</returns>
    public static TimePeriod ForAcademicYear(AcademicYear year) =>
        new(year.ToTimePeriod(), "Academic year", year.Start, year.End);

    /// <summary>A calendar year: <c>2025</c>, <c>Calendar year</c>.</summary>
    /// <param name="year">
    /// The year, 1900 to 9999 (9999 too, so that every NEET average of the supported range, December 9998 to
    /// February 9999 the last, has its period).
    /// </param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900 to 9999.</exception>
    public static TimePeriod CalendarYear(int year) =>
        new(
            Year(year, 9999).ToString("D4", CultureInfo.InvariantCulture),
            "Calendar year",
            new LocalDate(year, 1, 1),
            new LocalDate(year, 12, 31)
        );

    /// <summary>A financial year, 1 April to 31 March: <c>202526</c>, <c>Financial year</c>.</summary>
    /// <param name="startYear">The calendar year it starts in, 1900 to 9998.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startYear"/> is outside 1900 to 9998.</exception>
    public static TimePeriod FinancialYear(int startYear) =>
        new(
            Year(startYear, 9998).ToString("D4", CultureInfo.InvariantCulture)
                + ((startYear + 1) % 100).ToString("D2", CultureInfo.InvariantCulture),
            "Financial year",
            new LocalDate(startYear, 4, 1),
            new LocalDate(startYear + 1, 3, 31)
        );

    /// <summary>Formats the period as <c>202425 (Academic year)</c>.</summary>
    /// <returns>The period.</returns>
    public override string ToString() => $"{Code} ({Identifier})";

    private static int Year(int year, int max) =>
        year >= 1900 && year <= max
            ? year
            : throw new ArgumentOutOfRangeException(
                nameof(year),
                year,
                FormattableString.Invariant($"Between 1900 and {max}.")
            );
}
