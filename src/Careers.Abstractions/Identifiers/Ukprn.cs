using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Careers;

/// <summary>
/// A UK Provider Reference Number: the 8-digit identifier the UK Register of Learning Providers gives colleges,
/// training providers and other learning providers. The first digit is never 0. Source: UKRLP (docs/articles/domain.md §1).
/// </summary>
[JsonConverter(typeof(UkprnJsonConverter))]
public sealed class Ukprn : IEquatable<Ukprn>, IComparable<Ukprn>, IComparable
{
    /// <summary>The number of digits in a UKPRN.</summary>
    public const int Length = 8;

    private Ukprn(int value) => Value = value;

    /// <summary>The UKPRN as a number, 10000000–99999999.</summary>
    public int Value { get; }

    /// <summary>Makes a UKPRN from its number.</summary>
    /// <param name="value">The number, 10000000–99999999.</param>
    /// <returns>The UKPRN.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> does not have eight digits.</exception>
    public static Ukprn FromNumber(int value) =>
        value is >= 10_000_000 and <= 99_999_999
            ? new Ukprn(value)
            : throw new ArgumentOutOfRangeException(
                nameof(value),
                value,
                "A UKPRN has eight digits, the first not 0: 10000000 to 99999999."
            );

    /// <summary>Reads a UKPRN, reporting exactly what is wrong when the text is not one.</summary>
    /// <param name="text">The text to read; white space around it is ignored.</param>
    /// <returns>The UKPRN, or an error with a code of the form <c>ukprn.*</c>.</returns>
    public static ParseResult<Ukprn> Validate(string? text)
    {
        var error =
            IdentifierText.Prepare(text, "UKPRN", "ukprn", out var trimmed)
            ?? IdentifierText.Length(trimmed, Length, "UKPRN", "ukprn", "eight digits")
            ?? IdentifierText.Digits(
                trimmed,
                0,
                Length - 1,
                "UKPRN",
                "ukprn",
                "a UKPRN is eight digits"
            );
        if (error is null && trimmed[0] == '0')
        {
            error = new ValidationError(
                "ukprn.leading-zero",
                JsonPointer.Root,
                $"UKPRN {IdentifierText.Quote(trimmed)} starts with 0; the first digit of a UKPRN is 1 to 9."
            );
        }

        return error is null
            ? ParseResult<Ukprn>.ForValue(new Ukprn(IdentifierText.ParseDigits(trimmed, 0, Length)))
            : ParseResult<Ukprn>.ForError(error);
    }

    /// <summary>Reads a UKPRN.</summary>
    /// <param name="text">The text to read; white space around it is ignored.</param>
    /// <returns>The UKPRN.</returns>
    /// <exception cref="FormatException">The text is not a UKPRN; the message says why.</exception>
    public static Ukprn Parse(string text) => Validate(text).Value;

    /// <summary>Reads a UKPRN without throwing.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="result">The UKPRN, or <see langword="null"/> when the text is not one.</param>
    /// <returns>Whether the text is a valid UKPRN. Use <see cref="Validate"/> to learn why not.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Ukprn? result) =>
        Validate(text).TryGetValue(out result);

    /// <inheritdoc />
    public bool Equals(Ukprn? other) => other is not null && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Ukprn);

    /// <inheritdoc />
    public override int GetHashCode() => Value;

    /// <summary>Compares UKPRNs by number.</summary>
    /// <param name="other">The UKPRN to compare with; <see langword="null"/> sorts first.</param>
    /// <returns>A negative number, zero or a positive number as this UKPRN sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(Ukprn? other) => other is null ? 1 : Value.CompareTo(other.Value);

    int IComparable.CompareTo(object? obj) =>
        obj is null ? 1
        : obj is Ukprn other ? CompareTo(other)
        : throw new ArgumentException("Object must be a Ukprn.", nameof(obj));

    /// <summary>The canonical form: eight digits.</summary>
    /// <returns>The UKPRN as text; <see cref="Parse"/> reads it back.</returns>
    public override string ToString() => Value.ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>Whether two UKPRNs are the same.</summary>
    /// <param name="left">The first UKPRN.</param>
    /// <param name="right">The second UKPRN.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(Ukprn? left, Ukprn? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether two UKPRNs differ.</summary>
    /// <param name="left">The first UKPRN.</param>
    /// <param name="right">The second UKPRN.</param>
    /// <returns><see langword="true"/> unless both are null or equal.</returns>
    public static bool operator !=(Ukprn? left, Ukprn? right) => !(left == right);
}
