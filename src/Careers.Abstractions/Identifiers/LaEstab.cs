using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Careers;

/// <summary>
/// A LAESTAB: the 7-digit identifier of a school made of its 3-digit local authority number and 4-digit
/// establishment number, the id used in Common Transfer File headers. Source: DfE Common Transfer File specification
/// (docs/articles/domain.md §1). Input may also be written with a slash (<c>831/4001</c>); the canonical form has none.
/// </summary>
[JsonConverter(typeof(LaEstabJsonConverter))]
public sealed class LaEstab : IEquatable<LaEstab>, IComparable<LaEstab>, IComparable
{
    /// <summary>The number of digits in a LAESTAB.</summary>
    public const int Length = 7;

    private LaEstab(int value) => Value = value;

    /// <summary>The LAESTAB as a number, 0–9999999.</summary>
    public int Value { get; }

    /// <summary>The 3-digit local authority number, for example 831 for Derby.</summary>
    public int LaNumber => Value / 10_000;

    /// <summary>The 4-digit establishment number within the local authority.</summary>
    public int EstablishmentNumber => Value % 10_000;

    /// <summary>Makes a LAESTAB from its parts.</summary>
    /// <param name="laNumber">The local authority number, 0–999.</param>
    /// <param name="establishmentNumber">The establishment number, 0–9999.</param>
    /// <returns>The LAESTAB.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is outside its range.</exception>
    public static LaEstab Create(int laNumber, int establishmentNumber)
    {
        if (laNumber is < 0 or > 999)
        {
            throw new ArgumentOutOfRangeException(
                nameof(laNumber),
                laNumber,
                "An LA number has three digits: 0 to 999."
            );
        }

        if (establishmentNumber is < 0 or > 9999)
        {
            throw new ArgumentOutOfRangeException(
                nameof(establishmentNumber),
                establishmentNumber,
                "An establishment number has four digits: 0 to 9999."
            );
        }

        return new LaEstab((laNumber * 10_000) + establishmentNumber);
    }

    /// <summary>Reads a LAESTAB, reporting exactly what is wrong when the text is not one.</summary>
    /// <param name="text">Seven digits, or three digits, a slash and four digits; white space around it is ignored.</param>
    /// <returns>The LAESTAB, or an error with a code of the form <c>laestab.*</c>.</returns>
    public static ParseResult<LaEstab> Validate(string? text)
    {
        var error = IdentifierText.Prepare(text, "LAESTAB", "laestab", out var trimmed);
        if (error is null && trimmed.Length == Length + 1 && trimmed[3] == '/')
        {
            trimmed = trimmed.Remove(3, 1);
        }

        error ??=
            IdentifierText.Length(
                trimmed,
                Length,
                "LAESTAB",
                "laestab",
                "an LA number and an establishment number"
            )
            ?? IdentifierText.Digits(
                trimmed,
                0,
                Length - 1,
                "LAESTAB",
                "laestab",
                "a LAESTAB is seven digits"
            );
        return error is null
            ? ParseResult<LaEstab>.ForValue(
                new LaEstab(IdentifierText.ParseDigits(trimmed, 0, Length))
            )
            : ParseResult<LaEstab>.ForError(error);
    }

    /// <summary>Reads a LAESTAB.</summary>
    /// <param name="text">Seven digits, or three digits, a slash and four digits.</param>
    /// <returns>The LAESTAB.</returns>
    /// <exception cref="FormatException">The text is not a LAESTAB; the message says why.</exception>
    public static LaEstab Parse(string text) => Validate(text).Value;

    /// <summary>Reads a LAESTAB without throwing.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="result">The LAESTAB, or <see langword="null"/> when the text is not one.</param>
    /// <returns>Whether the text is a valid LAESTAB. Use <see cref="Validate"/> to learn why not.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out LaEstab? result) =>
        Validate(text).TryGetValue(out result);

    /// <inheritdoc />
    public bool Equals(LaEstab? other) => other is not null && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LaEstab);

    /// <inheritdoc />
    public override int GetHashCode() => Value;

    /// <summary>Compares LAESTABs by number.</summary>
    /// <param name="other">The LAESTAB to compare with; <see langword="null"/> sorts first.</param>
    /// <returns>A negative number, zero or a positive number as this LAESTAB sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(LaEstab? other) => other is null ? 1 : Value.CompareTo(other.Value);

    int IComparable.CompareTo(object? obj) =>
        obj is null ? 1
        : obj is LaEstab other ? CompareTo(other)
        : throw new ArgumentException("Object must be a LaEstab.", nameof(obj));

    /// <summary>The canonical form: seven digits, no slash.</summary>
    /// <returns>The LAESTAB as text; <see cref="Parse"/> reads it back.</returns>
    public override string ToString() => Value.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Whether two LAESTABs are the same.</summary>
    /// <param name="left">The first LAESTAB.</param>
    /// <param name="right">The second LAESTAB.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(LaEstab? left, LaEstab? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether two LAESTABs differ.</summary>
    /// <param name="left">The first LAESTAB.</param>
    /// <param name="right">The second LAESTAB.</param>
    /// <returns><see langword="true"/> unless both are null or equal.</returns>
    public static bool operator !=(LaEstab? left, LaEstab? right) => !(left == right);
}
