using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Careers;

/// <summary>
/// A national curriculum year group, Reception to Year 13. Year N holds pupils of academic age N + 4 (Reception 4,
/// Year 7 11, Year 11 15, Year 13 17). Source: DfE, the national curriculum in England (docs/articles/domain.md §2).
/// The default value is <see cref="Reception"/>.
/// </summary>
[JsonConverter(typeof(YearGroupJsonConverter))]
public readonly struct YearGroup : IEquatable<YearGroup>, IComparable<YearGroup>, IComparable
{
    /// <summary>The number of the last year group, Year 13.</summary>
    public const int MaxNumber = 13;

    private readonly byte number;

    private YearGroup(int number) => this.number = (byte)number;

    /// <summary>Reception (number 0, academic age 4).</summary>
    public static YearGroup Reception => default;

    /// <summary>Year 1.</summary>
    public static YearGroup Year1 => new(1);

    /// <summary>Year 2.</summary>
    public static YearGroup Year2 => new(2);

    /// <summary>Year 3.</summary>
    public static YearGroup Year3 => new(3);

    /// <summary>Year 4.</summary>
    public static YearGroup Year4 => new(4);

    /// <summary>Year 5.</summary>
    public static YearGroup Year5 => new(5);

    /// <summary>Year 6.</summary>
    public static YearGroup Year6 => new(6);

    /// <summary>Year 7, the first year of secondary school.</summary>
    public static YearGroup Year7 => new(7);

    /// <summary>Year 8.</summary>
    public static YearGroup Year8 => new(8);

    /// <summary>Year 9.</summary>
    public static YearGroup Year9 => new(9);

    /// <summary>Year 10.</summary>
    public static YearGroup Year10 => new(10);

    /// <summary>Year 11, the last year of compulsory secondary school.</summary>
    public static YearGroup Year11 => new(11);

    /// <summary>Year 12.</summary>
    public static YearGroup Year12 => new(12);

    /// <summary>Year 13.</summary>
    public static YearGroup Year13 => new(13);

    /// <summary>The year group's number: 0 for Reception, N for Year N.</summary>
    public int Number => number;

    /// <summary>The academic age of pupils in this year group: <see cref="Number"/> + 4.</summary>
    public int AcademicAge => number + 4;

    /// <summary>The key stage this year group belongs to.</summary>
    public KeyStage KeyStage =>
        number switch
        {
            0 => KeyStage.EarlyYearsFoundationStage,
            <= 2 => KeyStage.KeyStage1,
            <= 6 => KeyStage.KeyStage2,
            <= 9 => KeyStage.KeyStage3,
            <= 11 => KeyStage.KeyStage4,
            _ => KeyStage.SixteenToNineteen,
        };

    /// <summary>Whether this is a secondary year group (Years 7 to 13).</summary>
    public bool IsSecondary => number >= 7;

    /// <summary>The year group with a given number.</summary>
    /// <param name="number">0 for Reception, 1–13 for Years 1–13.</param>
    /// <returns>The year group.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 0–13.</exception>
    public static YearGroup FromNumber(int number) =>
        number is >= 0 and <= MaxNumber
            ? new YearGroup(number)
            : throw new ArgumentOutOfRangeException(
                nameof(number),
                number,
                "A year group is 0 (Reception) to 13 (Year 13)."
            );

    /// <summary>The year group that holds pupils of an academic age.</summary>
    /// <param name="academicAge">Academic age, 4–17.</param>
    /// <returns>The year group whose pupils have that academic age.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="academicAge"/> is outside 4–17.</exception>
    public static YearGroup ForAcademicAge(int academicAge) =>
        academicAge is >= 4 and <= MaxNumber + 4
            ? new YearGroup(academicAge - 4)
            : throw new ArgumentOutOfRangeException(
                nameof(academicAge),
                academicAge,
                "Year groups hold academic ages 4 (Reception) to 17 (Year 13)."
            );

    /// <summary>The year group a number of years later (or earlier, when negative), if there is one.</summary>
    /// <param name="years">How many years to move.</param>
    /// <param name="result">The year group <paramref name="years"/> on, when it is within Reception to Year 13.</param>
    /// <returns>Whether such a year group exists.</returns>
    public bool TryPlusYears(int years, out YearGroup result)
    {
        var target = number + years;
        result = target is >= 0 and <= MaxNumber ? new YearGroup(target) : default;
        return target is >= 0 and <= MaxNumber;
    }

    /// <summary>
    /// Reads a year group written as <c>Reception</c>, <c>R</c>, <c>Year 7</c>, <c>Y7</c> or <c>7</c> (any case),
    /// reporting exactly what is wrong when the text is not one.
    /// </summary>
    /// <param name="text">The text to read; white space around it is ignored.</param>
    /// <returns>The year group, or an error with a code of the form <c>year-group.*</c>.</returns>
    public static ParseResult<YearGroup> Validate(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return Failure("empty", "A year group is required; the text is empty.");
        }

        var upper = trimmed.ToUpperInvariant();
        if (upper is "R" or "RECEPTION")
        {
            return ParseResult<YearGroup>.ForValue(Reception);
        }

        var digits = upper;
        if (digits.StartsWith("YEAR", StringComparison.Ordinal))
        {
            digits = digits.Substring(4).TrimStart();
        }
        else if (digits.StartsWith("Y", StringComparison.Ordinal))
        {
            digits = digits.Substring(1);
        }

        if (
            digits.Length is 1 or 2
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
        )
        {
            return parsed is >= 1 and <= MaxNumber
                ? ParseResult<YearGroup>.ForValue(new YearGroup(parsed))
                : Failure(
                    "range",
                    $"{IdentifierText.Quote(trimmed)} is not a year group: years run from 1 to 13, after Reception."
                );
        }

        return Failure(
            "format",
            $"{IdentifierText.Quote(trimmed)} is not a year group; write Reception, R, Year 7, Y7 or 7."
        );
    }

    /// <summary>Reads a year group such as <c>Year 7</c>.</summary>
    /// <param name="text">The text to read.</param>
    /// <returns>The year group.</returns>
    /// <exception cref="FormatException">The text is not a year group; the message says why.</exception>
    public static YearGroup Parse(string text) => Validate(text).Value;

    /// <summary>Reads a year group without throwing.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="result">The year group, or Reception when the text is not one.</param>
    /// <returns>Whether the text is a year group. Use <see cref="Validate"/> to learn why not.</returns>
    public static bool TryParse(string? text, out YearGroup result) =>
        Validate(text).TryGetValue(out result);

    /// <inheritdoc />
    public bool Equals(YearGroup other) => number == other.number;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) =>
        obj is YearGroup other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => number;

    /// <summary>Compares year groups in school order.</summary>
    /// <param name="other">The year group to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this year group is below, the same as or above <paramref name="other"/>.</returns>
    public int CompareTo(YearGroup other) => number.CompareTo(other.number);

    int IComparable.CompareTo(object? obj) =>
        obj is null ? 1
        : obj is YearGroup other ? CompareTo(other)
        : throw new ArgumentException("Object must be a YearGroup.", nameof(obj));

    /// <summary>The canonical form: <c>Reception</c> or <c>Year N</c>.</summary>
    /// <returns>The year group as text; <see cref="Parse"/> reads it back.</returns>
    public override string ToString() =>
        number == 0 ? "Reception" : "Year " + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether two year groups are the same.</summary>
    /// <param name="left">The first year group.</param>
    /// <param name="right">The second year group.</param>
    /// <returns><see langword="true"/> when they are the same.</returns>
    public static bool operator ==(YearGroup left, YearGroup right) => left.Equals(right);

    /// <summary>Whether two year groups differ.</summary>
    /// <param name="left">The first year group.</param>
    /// <param name="right">The second year group.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(YearGroup left, YearGroup right) => !left.Equals(right);

    /// <summary>Whether one year group is below another.</summary>
    /// <param name="left">The first year group.</param>
    /// <param name="right">The second year group.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the younger year.</returns>
    public static bool operator <(YearGroup left, YearGroup right) => left.number < right.number;

    /// <summary>Whether one year group is above another.</summary>
    /// <param name="left">The first year group.</param>
    /// <param name="right">The second year group.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is the older year.</returns>
    public static bool operator >(YearGroup left, YearGroup right) => left.number > right.number;

    /// <summary>Whether one year group is the same as or below another.</summary>
    /// <param name="left">The first year group.</param>
    /// <param name="right">The second year group.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not the older year.</returns>
    public static bool operator <=(YearGroup left, YearGroup right) => left.number <= right.number;

    /// <summary>Whether one year group is the same as or above another.</summary>
    /// <param name="left">The first year group.</param>
    /// <param name="right">The second year group.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is not the younger year.</returns>
    public static bool operator >=(YearGroup left, YearGroup right) => left.number >= right.number;

    private static ParseResult<YearGroup> Failure(string code, string message) =>
        ParseResult<YearGroup>.ForError(
            new ValidationError("year-group." + code, JsonPointer.Root, message)
        );
}
