using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;

namespace Careers;

/// <summary>
/// An academic year in England: 1 September to 31 August. "2024/25" starts on 1 September 2024.
/// Source: DfE school census guidance (docs/articles/domain.md §2). Dates are read in the ISO calendar.
/// </summary>
/// <remarks>
/// The SDK supports the academic years 1900/01 to 9998/99, and so the dates from <see cref="MinDate"/>
/// (1 September 1900) to <see cref="MaxDate"/> (31 August 9999). <see cref="IsSupported"/> says whether a date is in
/// that range and <see cref="TryForDate"/> finds its academic year without throwing; <see cref="ActivityRecord.Create"/>
/// and the evaluators of every package report a date outside it in their input as a problem (an activity dated 0001-01-01 is
/// <c>activity.date-range</c>, an as-at date outside it <c>as-at.range</c>), never as an exception.
/// </remarks>
[JsonConverter(typeof(AcademicYearJsonConverter))]
public readonly struct AcademicYear
    : IEquatable<AcademicYear>,
        IComparable<AcademicYear>,
        IComparable
{
    /// <summary>The earliest start year supported.</summary>
    public const int MinStartYear = 1900;

    /// <summary>The latest start year supported.</summary>
    public const int MaxStartYear = 9998;

    /// <summary>
    /// The earliest date supported: 1 September 1900, the first day of <see cref="MinStartYear"/>'s academic year
    /// (1900/01).
    /// </summary>
    public static LocalDate MinDate => new(MinStartYear, 9, 1);

    /// <summary>
    /// The latest date supported: 31 August 9999, the last day of <see cref="MaxStartYear"/>'s academic year
    /// (9998/99).
    /// </summary>
    public static LocalDate MaxDate => new(MaxStartYear + 1, 8, 31);

    /// <summary>Creates the academic year that starts on 1 September of <paramref name="startYear"/>.</summary>
    /// <param name="startYear">The calendar year in which the academic year starts, 1900–9998.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startYear"/> is outside 1900–9998.</exception>
    public AcademicYear(int startYear)
    {
        if (startYear is < MinStartYear or > MaxStartYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(startYear),
                startYear,
                $"An academic year starts between {MinStartYear} and {MaxStartYear}."
            );
        }

        StartYear = startYear;
    }

    /// <summary>The calendar year in which this academic year starts (2024 for 2024/25).</summary>
    public int StartYear { get; }

    /// <summary>The calendar year in which this academic year ends (2025 for 2024/25).</summary>
    public int EndYear => StartYear + 1;

    /// <summary>The first day: 1 September of <see cref="StartYear"/>.</summary>
    public LocalDate Start => new(StartYear, 9, 1);

    /// <summary>The last day: 31 August of <see cref="EndYear"/>.</summary>
    public LocalDate End => new(EndYear, 8, 31);

    /// <summary>
    /// The day on which academic age is measured for this year: 31 August before it starts (DfE statistics define
    /// academic age as age at the start of the academic year, docs/articles/domain.md §2).
    /// </summary>
    public LocalDate AgeReferenceDate => new(StartYear, 8, 31);

    /// <summary>
    /// Whether a date is in the supported range, <see cref="MinDate"/> (1 September 1900) to <see cref="MaxDate"/>
    /// (31 August 9999) inclusive: whether it has an academic year. Never throws.
    /// </summary>
    /// <param name="date">Any date; a date in another calendar is compared as its ISO equivalent.</param>
    /// <returns><see langword="true"/> when <see cref="ForDate"/> would give the date's academic year.</returns>
    public static bool IsSupported(LocalDate date) => TryStartYear(date, out _);

    /// <summary>
    /// The academic year that contains a date, when the date is in the supported range (<see cref="MinDate"/> to
    /// <see cref="MaxDate"/>); the way to ask of data, where a date outside the range is a problem to report rather
    /// than a programming error. Never throws.
    /// </summary>
    /// <param name="date">Any date; a date in another calendar is read as its ISO equivalent.</param>
    /// <param name="result">The academic year, or the default value when the date is outside the supported range.</param>
    /// <returns>Whether the date is in the supported range.</returns>
    public static bool TryForDate(LocalDate date, out AcademicYear result)
    {
        if (TryStartYear(date, out var startYear))
        {
            result = new AcademicYear(startYear);
            return true;
        }

        result = default;
        return false;
    }

    /// <summary>The academic year that contains a date.</summary>
    /// <param name="date">
    /// A date from <see cref="MinDate"/> (1 September 1900) to <see cref="MaxDate"/> (31 August 9999); a date in
    /// another calendar is read as its ISO equivalent.
    /// </param>
    /// <returns>The academic year running from the 1 September on or before <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="date"/> is outside the supported range: a programming error here. For data, ask
    /// <see cref="IsSupported"/> or <see cref="TryForDate"/> first, and report the date as a problem.
    /// </exception>
    public static AcademicYear ForDate(LocalDate date) =>
        TryForDate(date, out var result)
            ? result
            : throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                $"{Format(date)} is outside the supported range {Format(MinDate)} to {Format(MaxDate)} (academic years {MinStartYear}/{(MinStartYear + 1) % 100:D2} to {MaxStartYear}/{(MaxStartYear + 1) % 100:D2})."
            );

    /// <summary>Whether a date falls in this academic year. Never throws.</summary>
    /// <param name="date">Any date; a date in another calendar is read as its ISO equivalent.</param>
    /// <returns>
    /// <see langword="true"/> when <paramref name="date"/> is on or after <see cref="Start"/> and on or before
    /// <see cref="End"/>; <see langword="false"/> for any date outside the supported range (<see cref="MinDate"/> to
    /// <see cref="MaxDate"/>), which no academic year contains.
    /// </returns>
    public bool Contains(LocalDate date) =>
        TryStartYear(date, out var startYear) && startYear == StartYear;

    /// <summary>The academic year a number of years later (or earlier, when negative).</summary>
    /// <param name="years">How many years to move.</param>
    /// <returns>The academic year <paramref name="years"/> on.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would start outside 1900–9998.</exception>
    public AcademicYear PlusYears(int years) => new(StartYear + years);

    /// <summary>The identifier explore-education-statistics uses for the year in <c>time_period</c>, for example <c>202425</c>.</summary>
    /// <returns>The start year followed by the last two digits of the end year.</returns>
    public string ToTimePeriod() =>
        StartYear.ToString("D4", CultureInfo.InvariantCulture)
        + (EndYear % 100).ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads an academic year written as <c>2024/25</c>, <c>2024-25</c>, <c>2024/2025</c> or <c>202425</c>
    /// (the explore-education-statistics form), reporting exactly what is wrong when the text is not one.
    /// </summary>
    /// <param name="text">The text to read; white space around it is ignored.</param>
    /// <returns>The academic year, or an error with a code of the form <c>academic-year.*</c>.</returns>
    public static ParseResult<AcademicYear> Validate(string? text)
    {
        var error = IdentifierText.Prepare(text, "academic year", "academic-year", out var trimmed);
        if (error is not null)
        {
            return ParseResult<AcademicYear>.ForError(error);
        }

        string start;
        string end;
        if (trimmed.Length == 6 && AllDigits(trimmed))
        {
            start = trimmed.Substring(0, 4);
            end = trimmed.Substring(4, 2);
        }
        else if (trimmed.Length is 7 or 9 && trimmed[4] is '/' or '-')
        {
            start = trimmed.Substring(0, 4);
            end = trimmed.Substring(5);
        }
        else
        {
            return Failure(
                "format",
                $"{IdentifierText.Quote(trimmed)} is not an academic year; write it as 2024/25."
            );
        }

        if (!AllDigits(start) || !AllDigits(end))
        {
            return Failure(
                "format",
                $"{IdentifierText.Quote(trimmed)} is not an academic year; write it as 2024/25."
            );
        }

        var startYear = IdentifierText.ParseDigits(start, 0, 4);
        var endYear = IdentifierText.ParseDigits(end, 0, end.Length);
        var expectedEnd = end.Length == 2 ? (startYear + 1) % 100 : startYear + 1;
        if (endYear != expectedEnd)
        {
            return Failure(
                "end-year",
                $"{IdentifierText.Quote(trimmed)} is not an academic year: an academic year starting in {startYear} ends in {startYear + 1}."
            );
        }

        if (startYear is < MinStartYear or > MaxStartYear)
        {
            return Failure(
                "range",
                $"{IdentifierText.Quote(trimmed)} is outside the supported range {MinStartYear}/{(MinStartYear + 1) % 100:D2} to {MaxStartYear}/{(MaxStartYear + 1) % 100:D2}."
            );
        }

        return ParseResult<AcademicYear>.ForValue(new AcademicYear(startYear));
    }

    /// <summary>Reads an academic year such as <c>2024/25</c>.</summary>
    /// <param name="text">The text to read.</param>
    /// <returns>The academic year.</returns>
    /// <exception cref="FormatException">The text is not an academic year; the message says why.</exception>
    public static AcademicYear Parse(string text) => Validate(text).Value;

    /// <summary>Reads an academic year without throwing.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="result">The academic year, or the default when the text is not one.</param>
    /// <returns>Whether the text is an academic year. Use <see cref="Validate"/> to learn why not.</returns>
    public static bool TryParse(string? text, out AcademicYear result) =>
        Validate(text).TryGetValue(out result);

    /// <inheritdoc />
    public bool Equals(AcademicYear other) => StartYear == other.StartYear;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) =>
        obj is AcademicYear other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StartYear;

    /// <summary>Compares academic years chronologically.</summary>
    /// <param name="other">The academic year to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this year is before, the same as or after <paramref name="other"/>.</returns>
    public int CompareTo(AcademicYear other) => StartYear.CompareTo(other.StartYear);

    int IComparable.CompareTo(object? obj) =>
        obj is null ? 1
        : obj is AcademicYear other ? CompareTo(other)
        : throw new ArgumentException("Object must be an AcademicYear.", nameof(obj));

    /// <summary>The canonical form, for example <c>2024/25</c>.</summary>
    /// <returns>The academic year as text; <see cref="Parse"/> reads it back.</returns>
    public override string ToString() =>
        StartYear.ToString("D4", CultureInfo.InvariantCulture)
        + "/"
        + (EndYear % 100).ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>Whether two academic years are the same.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><see langword="true"/> when they are the same year.</returns>
    public static bool operator ==(AcademicYear left, AcademicYear right) => left.Equals(right);

    /// <summary>Whether two academic years differ.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><see langword="true"/> when they are different years.</returns>
    public static bool operator !=(AcademicYear left, AcademicYear right) => !left.Equals(right);

    /// <summary>Whether one academic year is before another.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is earlier.</returns>
    public static bool operator <(AcademicYear left, AcademicYear right) =>
        left.StartYear < right.StartYear;

    /// <summary>Whether one academic year is after another.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is later.</returns>
    public static bool operator >(AcademicYear left, AcademicYear right) =>
        left.StartYear > right.StartYear;

    /// <summary>Whether one academic year is the same as or before another.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not later.</returns>
    public static bool operator <=(AcademicYear left, AcademicYear right) =>
        left.StartYear <= right.StartYear;

    /// <summary>Whether one academic year is the same as or after another.</summary>
    /// <param name="left">The first year.</param>
    /// <param name="right">The second year.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not earlier.</returns>
    public static bool operator >=(AcademicYear left, AcademicYear right) =>
        left.StartYear >= right.StartYear;

    private static bool AllDigits(string text)
    {
        foreach (var c in text)
        {
            if (!IdentifierText.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The start year of a date's academic year, when the date is in the supported range.</summary>
    private static bool TryStartYear(LocalDate date, out int startYear)
    {
        var iso =
            date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        startYear = iso.Month >= 9 ? iso.Year : iso.Year - 1;
        return startYear is >= MinStartYear and <= MaxStartYear;
    }

    private static string Format(LocalDate date) =>
        date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static ParseResult<AcademicYear> Failure(string code, string message) =>
        ParseResult<AcademicYear>.ForError(
            new ValidationError("academic-year." + code, JsonPointer.Root, message)
        );
}
