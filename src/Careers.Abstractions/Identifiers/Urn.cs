using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Careers;

/// <summary>
/// A Unique Reference Number: the 6-digit identifier Get Information about Schools gives every school and academy
/// in England. Source: DfE, Get Information about Schools (docs/articles/domain.md §1).
/// </summary>
[JsonConverter(typeof(UrnJsonConverter))]
public sealed class Urn : IEquatable<Urn>, IComparable<Urn>, IComparable
{
    /// <summary>The number of digits in a URN.</summary>
    public const int Length = 6;

    private Urn(int value) => Value = value;

    /// <summary>The URN as a number, 0–999999.</summary>
    public int Value { get; }

    /// <summary>Makes a URN from its number.</summary>
    /// <param name="value">The number, 0–999999.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> has more than six digits or is negative.</exception>
    public static Urn FromNumber(int value) =>
        value is >= 0 and <= 999_999
            ? new Urn(value)
            : throw new ArgumentOutOfRangeException(
                nameof(value),
                value,
                "A URN has six digits: 0 to 999999."
            );

    /// <summary>Reads a URN, reporting exactly what is wrong when the text is not one.</summary>
    /// <param name="text">The text to read; white space around it is ignored.</param>
    /// <returns>The URN, or an error with a code of the form <c>urn.*</c>.</returns>
    public static ParseResult<Urn> Validate(string? text)
    {
        var error =
            IdentifierText.Prepare(text, "URN", "urn", out var trimmed)
            ?? IdentifierText.Length(trimmed, Length, "URN", "urn", "six digits")
            ?? IdentifierText.Digits(trimmed, 0, Length - 1, "URN", "urn", "a URN is six digits");
        return error is null
            ? ParseResult<Urn>.ForValue(new Urn(IdentifierText.ParseDigits(trimmed, 0, Length)))
            : ParseResult<Urn>.ForError(error);
    }

    /// <summary>Reads a URN.</summary>
    /// <param name="text">The text to read; white space around it is ignored.</param>
    /// <returns>The URN.</returns>
    /// <exception cref="FormatException">The text is not six digits; the message says why.</exception>
    public static Urn Parse(string text) => Validate(text).Value;

    /// <summary>Reads a URN without throwing.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="result">The URN, or <see langword="null"/> when the text is not one.</param>
    /// <returns>Whether the text is a valid URN. Use <see cref="Validate"/> to learn why not.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Urn? result) =>
        Validate(text).TryGetValue(out result);

    /// <inheritdoc />
    public bool Equals(Urn? other) => other is not null && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Urn);

    /// <inheritdoc />
    public override int GetHashCode() => Value;

    /// <summary>Compares URNs by number.</summary>
    /// <param name="other">The URN to compare with; <see langword="null"/> sorts first.</param>
    /// <returns>A negative number, zero or a positive number as this URN sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(Urn? other) => other is null ? 1 : Value.CompareTo(other.Value);

    int IComparable.CompareTo(object? obj) =>
        obj is null ? 1
        : obj is Urn other ? CompareTo(other)
        : throw new ArgumentException("Object must be a Urn.", nameof(obj));

    /// <summary>The canonical form: six digits, with leading zeros.</summary>
    /// <returns>The URN as text; <see cref="Parse"/> reads it back.</returns>
    public override string ToString() => Value.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Whether two URNs are the same.</summary>
    /// <param name="left">The first URN.</param>
    /// <param name="right">The second URN.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(Urn? left, Urn? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether two URNs differ.</summary>
    /// <param name="left">The first URN.</param>
    /// <param name="right">The second URN.</param>
    /// <returns><see langword="true"/> unless both are null or equal.</returns>
    public static bool operator !=(Urn? left, Urn? right) => !(left == right);
}
