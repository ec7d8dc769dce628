using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Careers;

/// <summary>
/// A Unique Pupil Number: the 13-character identifier the Department for Education gives every pupil in a maintained
/// school in England. A permanent UPN is a check letter, a 3-digit LA number, a 4-digit establishment number, the last
/// two digits of the year of allocation and 3 serial digits; a temporary UPN has 2 serial digits and a final letter.
/// </summary>
/// <remarks>
/// Source: Government Data Standards Catalogue, "Unique Pupil Number" v2.0 (docs/articles/domain.md §1). The check letter is
/// <c>CheckLetters[Σ position × value mod 23]</c> over positions 2–13, where a digit's value is the digit and the final
/// letter of a temporary UPN has its index in <see cref="CheckLetters"/>; this detects every single-character
/// substitution and every transposition of adjacent characters. Parsing trims surrounding white space and is
/// case-insensitive; <see cref="ToString"/> gives the canonical upper-case form. The LA number is not checked against
/// the list of local authorities unless you ask (<see cref="UpnLaNumberValidator"/>), because that list changes.
/// </remarks>
[JsonConverter(typeof(UpnJsonConverter))]
public sealed class Upn : IEquatable<Upn>, IComparable<Upn>, IComparable
{
    /// <summary>The 23 letters a check letter (and the final letter of a temporary UPN) can be: the alphabet without I, O and S.</summary>
    public const string CheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /// <summary>The number of characters in every UPN, permanent or temporary.</summary>
    public const int Length = 13;

    private const string Kind = "UPN";
    private const string Code = "upn";

    private readonly string value;

    private Upn(string value) => this.value = value;

    /// <summary>The check letter: the first character.</summary>
    public char CheckLetter => value[0];

    /// <summary>The 3-digit number of the local authority that allocated the UPN (characters 2–4), for example <c>831</c> for Derby.</summary>
    public string LaNumber => value.Substring(1, 3);

    /// <summary>The 4-digit establishment number of the allocating school (characters 5–8).</summary>
    public string EstablishmentNumber => value.Substring(4, 4);

    /// <summary>The last two digits of the year the UPN was allocated (characters 9–10).</summary>
    public string YearOfAllocation => value.Substring(8, 2);

    /// <summary>The serial: 3 digits in a permanent UPN, 2 digits and a letter in a temporary one (characters 11–13).</summary>
    public string Serial => value.Substring(10, 3);

    /// <summary>
    /// Whether this is a temporary UPN (its last character is a letter). A temporary UPN is issued while the permanent
    /// one is unknown and must be replaced once it is known, the temporary one kept as the former UPN.
    /// </summary>
    public bool IsTemporary => !IdentifierText.IsDigit(value[Length - 1]);

    /// <summary>Reads a UPN, reporting exactly what is wrong when the text is not one.</summary>
    /// <param name="text">The text to read; white space around it is ignored, case is not significant.</param>
    /// <returns>The UPN, or an error with a code of the form <c>upn.*</c> and a message such as "check letter is Q, expected P".</returns>
    public static ParseResult<Upn> Validate(string? text)
    {
        var error = IdentifierText.Prepare(text, Kind, Code, out var trimmed);
        if (error is not null)
        {
            return ParseResult<Upn>.ForError(error);
        }

        var upper = trimmed.ToUpperInvariant();
        if (IsPlaceholder(upper))
        {
            return ParseResult<Upn>.ForError(
                new ValidationError(
                    Code + ".placeholder",
                    JsonPointer.Root,
                    $"{IdentifierText.Quote(trimmed)} is a placeholder meaning the pupil has no UPN, not an identifier."
                )
            );
        }

        error =
            IdentifierText.Length(
                upper,
                Length,
                Kind,
                Code,
                "a check letter and 12 more characters"
            )
            ?? CheckLetterCharacter(upper)
            ?? IdentifierText.Digits(
                upper,
                1,
                Length - 2,
                Kind,
                Code,
                "characters 2 to 12 of a UPN are digits"
            )
            ?? FinalCharacter(upper);
        if (error is not null)
        {
            return ParseResult<Upn>.ForError(error);
        }

        var expected = ComputeCheckLetter(upper);
        if (upper[0] != expected)
        {
            return ParseResult<Upn>.ForError(
                new ValidationError(
                    Code + ".check-letter",
                    JsonPointer.Root,
                    $"UPN {IdentifierText.Quote(upper)}: check letter is {upper[0]}, expected {expected}."
                )
            );
        }

        return ParseResult<Upn>.ForValue(new Upn(upper));
    }

    /// <summary>Reads a UPN.</summary>
    /// <param name="text">The text to read; white space around it is ignored, case is not significant.</param>
    /// <returns>The UPN.</returns>
    /// <exception cref="FormatException">The text is not a valid UPN; the message says why.</exception>
    public static Upn Parse(string text) => Validate(text).Value;

    /// <summary>Reads a UPN without throwing.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="result">The UPN, or <see langword="null"/> when the text is not a valid UPN.</param>
    /// <returns>Whether the text is a valid UPN. Use <see cref="Validate"/> to learn why not.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Upn? result) =>
        Validate(text).TryGetValue(out result);

    /// <summary>Makes a permanent UPN from its parts, computing the check letter.</summary>
    /// <param name="laNumber">The 3-digit LA number, 0–999.</param>
    /// <param name="establishmentNumber">The 4-digit establishment number, 0–9999.</param>
    /// <param name="yearOfAllocation">The last two digits of the year of allocation, 0–99.</param>
    /// <param name="serial">The serial number, 0–999.</param>
    /// <returns>The permanent UPN.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is outside its range.</exception>
    public static Upn Create(
        int laNumber,
        int establishmentNumber,
        int yearOfAllocation,
        int serial
    )
    {
        InRange(serial, 999, nameof(serial));
        return FromBody(Body(laNumber, establishmentNumber, yearOfAllocation) + Digits(serial, 3));
    }

    /// <summary>Makes a temporary UPN from its parts, computing the check letter.</summary>
    /// <param name="laNumber">The 3-digit LA number, 0–999.</param>
    /// <param name="establishmentNumber">The 4-digit establishment number, 0–9999.</param>
    /// <param name="yearOfAllocation">The last two digits of the year of allocation, 0–99.</param>
    /// <param name="serial">The serial number, 0–99.</param>
    /// <param name="finalLetter">The final letter, one of <see cref="CheckLetters"/> (either case).</param>
    /// <returns>The temporary UPN.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is outside its range.</exception>
    public static Upn CreateTemporary(
        int laNumber,
        int establishmentNumber,
        int yearOfAllocation,
        int serial,
        char finalLetter
    )
    {
        InRange(serial, 99, nameof(serial));
        var letter = char.ToUpperInvariant(finalLetter);
        if (CheckLetters.IndexOf(letter) < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(finalLetter),
                finalLetter,
                $"The final letter of a temporary UPN is one of {CheckLetters}."
            );
        }

        return FromBody(
            Body(laNumber, establishmentNumber, yearOfAllocation) + Digits(serial, 2) + letter
        );
    }

    /// <summary>Computes the check letter of a UPN from its other 12 characters (positions 2–13).</summary>
    /// <param name="upn">A 13-character UPN (its first character is ignored) or the 12 characters after the check letter.</param>
    /// <returns>The check letter those characters require.</returns>
    /// <exception cref="ArgumentException">The characters are not 11 digits followed by a digit or a letter of <see cref="CheckLetters"/>.</exception>
    public static char ComputeCheckLetter(string upn)
    {
        if (upn is null)
        {
            throw new ArgumentNullException(nameof(upn));
        }

        var offset = upn.Length switch
        {
            Length => 0,
            Length - 1 => -1,
            _ => throw new ArgumentException(
                "Pass the 13 characters of a UPN or the 12 after its check letter.",
                nameof(upn)
            ),
        };

        var sum = 0;
        for (var position = 2; position <= Length; position++)
        {
            var c = char.ToUpperInvariant(upn[position - 1 + offset]);
            int characterValue;
            if (IdentifierText.IsDigit(c))
            {
                characterValue = c - '0';
            }
            else if (position == Length && CheckLetters.IndexOf(c) >= 0)
            {
                characterValue = CheckLetters.IndexOf(c);
            }
            else
            {
                throw new ArgumentException(
                    $"Character {position} of a UPN cannot be '{c}'.",
                    nameof(upn)
                );
            }

            sum += position * characterValue;
        }

        return CheckLetters[sum % CheckLetters.Length];
    }

    /// <inheritdoc />
    public bool Equals(Upn? other) =>
        other is not null && string.Equals(value, other.value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Upn);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(value);

    /// <summary>Compares UPNs by their canonical text, ordinally.</summary>
    /// <param name="other">The UPN to compare with; <see langword="null"/> sorts first.</param>
    /// <returns>A negative number, zero or a positive number as this UPN sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(Upn? other) =>
        other is null ? 1 : string.CompareOrdinal(value, other.value);

    int IComparable.CompareTo(object? obj) =>
        obj is null ? 1
        : obj is Upn other ? CompareTo(other)
        : throw new ArgumentException("Object must be a Upn.", nameof(obj));

    /// <summary>The canonical form: 13 upper-case characters.</summary>
    /// <returns>The UPN as text; <see cref="Parse"/> reads it back.</returns>
    public override string ToString() => value;

    /// <summary>Whether two UPNs are the same.</summary>
    /// <param name="left">The first UPN.</param>
    /// <param name="right">The second UPN.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(Upn? left, Upn? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether two UPNs differ.</summary>
    /// <param name="left">The first UPN.</param>
    /// <param name="right">The second UPN.</param>
    /// <returns><see langword="true"/> unless both are null or equal.</returns>
    public static bool operator !=(Upn? left, Upn? right) => !(left == right);

    // "UN1" to "UN5" appear in DfE returns as reasons for having no UPN (docs/articles/domain.md §1).
    private static bool IsPlaceholder(string upper) =>
        upper.Length == 3 && upper[0] == 'U' && upper[1] == 'N' && upper[2] is >= '1' and <= '5';

    private static ValidationError? CheckLetterCharacter(string upper) =>
        CheckLetters.IndexOf(upper[0]) >= 0
            ? null
            : new ValidationError(
                Code + ".character",
                JsonPointer.Root,
                $"UPN {IdentifierText.Quote(upper)} starts with '{upper[0]}'; the first character is a check letter, one of {CheckLetters}."
            );

    private static ValidationError? FinalCharacter(string upper)
    {
        var last = upper[Length - 1];
        return IdentifierText.IsDigit(last) || CheckLetters.IndexOf(last) >= 0
            ? null
            : new ValidationError(
                Code + ".character",
                JsonPointer.Root,
                $"UPN {IdentifierText.Quote(upper)} ends with '{last}'; the last character is a digit, or in a temporary UPN one of {CheckLetters}."
            );
    }

    private static Upn FromBody(string body) => new(ComputeCheckLetter(body) + body);

    private static string Body(int laNumber, int establishmentNumber, int yearOfAllocation)
    {
        InRange(laNumber, 999, nameof(laNumber));
        InRange(establishmentNumber, 9999, nameof(establishmentNumber));
        InRange(yearOfAllocation, 99, nameof(yearOfAllocation));
        return Digits(laNumber, 3) + Digits(establishmentNumber, 4) + Digits(yearOfAllocation, 2);
    }

    private static string Digits(int number, int width) =>
        number.ToString(new string('0', width), CultureInfo.InvariantCulture);

    private static void InRange(int number, int max, string name)
    {
        if (number < 0 || number > max)
        {
            throw new ArgumentOutOfRangeException(name, number, $"Must be between 0 and {max}.");
        }
    }
}
