using System.Globalization;

namespace Careers.SampleHost.Api;

/// <summary>
/// What the host takes as an id in a body (a learner, an activity, an institution) or as the name of an API key: 1 to
/// <see cref="MaxLength"/> printable characters, so that one school's upload cannot fill the database, a log line or
/// a page with an id of any length, or hide control characters in it.
/// </summary>
internal static class Ids
{
    /// <summary>The longest id the host takes, in characters (UTF-16 code units).</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// Whether <paramref name="text"/> is an id: 1 to <see cref="MaxLength"/> characters, each a letter, mark, digit,
    /// punctuation, symbol or the space (no control, format, private-use, unassigned or lone surrogate characters,
    /// no other white space), and no space at either end.
    /// </summary>
    public static bool IsValid(string? text)
    {
        if (text is not { Length: >= 1 and <= MaxLength } || text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                if (!Printable(CharUnicodeInfo.GetUnicodeCategory(text, i)))
                {
                    return false;
                }

                i++;
                continue;
            }

            if (
                text[i] != ' '
                && (
                    char.IsLowSurrogate(text[i])
                    || !Printable(CharUnicodeInfo.GetUnicodeCategory(text[i]))
                )
            )
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What an id must be, for a message: "<paramref name="name"/> must be 1 to 64 printable characters …".</summary>
    public static string Rule(string name) =>
        $"{name} must be 1 to {MaxLength} printable characters: no control characters, no line breaks or tabs, and no space at either end.";

    private static bool Printable(UnicodeCategory category) =>
        category
            is not (
                UnicodeCategory.Control
                or UnicodeCategory.Format
                or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator
            );
}
