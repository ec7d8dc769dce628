using System;

namespace Careers.CareersLog;

/// <summary>
/// JSON text is UTF-8 (RFC 8259 §8.1). The reader checks the structure but not the bytes inside strings, so a log is
/// checked for UTF-8 first: bytes that are not UTF-8 are a <c>log.json</c> problem, where a tree walk used to throw
/// when it read the string.
/// </summary>
internal static class Utf8Text
{
    /// <summary>The index of the first byte that is not part of well-formed UTF-8; -1 when all are.</summary>
    public static int FirstInvalid(ReadOnlySpan<byte> text)
    {
#if NET8_0_OR_GREATER
        if (System.Text.Unicode.Utf8.IsValid(text))
        {
            return -1;
        }
#endif
        var i = 0;
        while (i < text.Length)
        {
            var b = text[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            // The lead byte, the range of the byte after it, and how many continuation bytes follow that one.
            var (low, high, more) = b switch
            {
                >= 0xC2 and <= 0xDF => (0x80, 0xBF, 0),
                0xE0 => (0xA0, 0xBF, 1),
                >= 0xE1 and <= 0xEC or 0xEE or 0xEF => (0x80, 0xBF, 1),
                0xED => (0x80, 0x9F, 1),
                0xF0 => (0x90, 0xBF, 2),
                >= 0xF1 and <= 0xF3 => (0x80, 0xBF, 2),
                0xF4 => (0x80, 0x8F, 2),
                _ => (1, 0, 0),
            };
            if (i + 1 >= text.Length || text[i + 1] < low || text[i + 1] > high)
            {
                return i;
            }

            for (var k = 0; k < more; k++)
            {
                if (i + 2 + k >= text.Length || (text[i + 2 + k] & 0xC0) != 0x80)
                {
                    return i;
                }
            }

            i += 2 + more;
        }

        return -1;
    }

    /// <summary>The problem of text that is not UTF-8 at a byte, with its line and byte in the line as the reader counts them.</summary>
    public static ValidationError Problem(ReadOnlySpan<byte> text, int index) =>
        Problem(text, index, $"the text is not UTF-8 (byte 0x{text[index]:X2}).");

    /// <summary>A <c>log.json</c> problem at a byte, with its line and byte in the line as the reader counts them.</summary>
    public static ValidationError Problem(ReadOnlySpan<byte> text, int index, string what)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new ValidationError(
            "log.json",
            JsonPointer.Root,
            $"Not valid JSON (line {line}, byte {index - lineStart + 1}): {what}"
        );
    }
}
