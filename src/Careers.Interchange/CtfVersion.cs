using System;
using System.Globalization;

namespace Careers.Interchange;

/// <summary>
/// The version of a Common Transfer File, from the header's <c>CTFversion</c> element: DfE numbers each year's
/// specification by the last two digits of the academic year it starts in (CTF 21 for 2021/22), written as
/// <c>21.0</c> (<c>major.minor</c>).
/// </summary>
/// <param name="Major">The specification's number (21 for CTF 21).</param>
/// <param name="Minor">The revision within it (0 for <c>21.0</c>).</param>
public readonly record struct CtfVersion(int Major, int Minor)
{
    /// <summary>CTF 20 (2020/21), the oldest specification this package reads.</summary>
    public static CtfVersion Ctf20 => new(20, 0);

    /// <summary>CTF 21 (2021/22), the newest specification this package was built against.</summary>
    public static CtfVersion Ctf21 => new(21, 0);

    /// <summary>
    /// Reads a <c>CTFversion</c> value: digits, optionally a dot and more digits (<c>21</c>, <c>21.0</c>).
    /// </summary>
    /// <param name="text">The text of the element.</param>
    /// <param name="version">The version, when the text is one.</param>
    /// <returns>Whether the text is a version.</returns>
    public static bool TryParse(string? text, out CtfVersion version)
    {
        version = default;
        if (text is null)
        {
            return false;
        }

        var parts = text.Trim().Split('.');
        if (
            parts.Length > 2
            || !TryParsePart(parts[0], out var major)
            || !TryParsePart(parts.Length == 2 ? parts[1] : "0", out var minor)
        )
        {
            return false;
        }

        version = new CtfVersion(major, minor);
        return true;
    }

    // One to four digits (an empty part is not a number).
    private static bool TryParsePart(string text, out int value)
    {
        value = 0;
        return text.Length <= 4
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>The version as the header writes it: <c>21.0</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Major.ToString(CultureInfo.InvariantCulture)
        + "."
        + Minor.ToString(CultureInfo.InvariantCulture);
}
