using System.Globalization;

namespace Careers;

/// <summary>The checks every identifier shares: trimming, white space inside, length and digits.</summary>
internal static class IdentifierText
{
    // Long input is cut in messages so that an error about a pasted paragraph stays readable.
    private const int QuoteLimit = 40;

    public static string Quote(string text) =>
        "'" + (text.Length <= QuoteLimit ? text : text.Substring(0, QuoteLimit) + "…") + "'";

    /// <summary>Trims surrounding white space and rejects empty input and white space inside.</summary>
    public static ValidationError? Prepare(
        string? text,
        string kind,
        string code,
        out string trimmed
    )
    {
        trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            trimmed = string.Empty;
            return new ValidationError(
                code + ".empty",
                JsonPointer.Root,
                $"A {kind} is required; the text is empty."
            );
        }

        for (var i = 0; i < trimmed.Length; i++)
        {
            if (char.IsWhiteSpace(trimmed[i]))
            {
                return new ValidationError(
                    code + ".whitespace",
                    JsonPointer.Root,
                    $"{kind} {Quote(trimmed)} contains white space at position {Position(i)}; a {kind} has none inside."
                );
            }
        }

        return null;
    }

    public static ValidationError? Length(
        string trimmed,
        int expected,
        string kind,
        string code,
        string what
    )
    {
        return trimmed.Length == expected
            ? null
            : new ValidationError(
                code + ".length",
                JsonPointer.Root,
                $"{kind} {Quote(trimmed)} has {trimmed.Length} characters; a {kind} has {expected} ({what})."
            );
    }

    /// <summary>Checks that positions <paramref name="from"/>..<paramref name="to"/> (zero-based, inclusive) are ASCII digits.</summary>
    public static ValidationError? Digits(
        string trimmed,
        int from,
        int to,
        string kind,
        string code,
        string rule
    )
    {
        for (var i = from; i <= to; i++)
        {
            if (!IsDigit(trimmed[i]))
            {
                return new ValidationError(
                    code + ".character",
                    JsonPointer.Root,
                    $"{kind} {Quote(trimmed)} has '{trimmed[i]}' at position {Position(i)}; {rule}."
                );
            }
        }

        return null;
    }

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    public static int ParseDigits(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    public static string Position(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);
}
