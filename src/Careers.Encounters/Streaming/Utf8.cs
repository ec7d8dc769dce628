using System;
using System.Text;

namespace Careers.Encounters.Streaming;

/// <summary>UTF-8 to and from text, on every target.</summary>
internal static class Utf8
{
    /// <summary>Decodes UTF-8 that is known to be well formed (invalid bytes become U+FFFD).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
#if NET
        return Encoding.UTF8.GetString(bytes);
#else
        return Encoding.UTF8.GetString(bytes.ToArray());
#endif
    }

    /// <summary>Encodes text as UTF-8 into a span long enough for it, and returns how many bytes were written.</summary>
    public static int Encode(ReadOnlySpan<char> text, Span<byte> bytes)
    {
#if NET
        return Encoding.UTF8.GetBytes(text, bytes);
#else
        var encoded = Encoding.UTF8.GetBytes(text.ToArray());
        encoded.CopyTo(bytes);
        return encoded.Length;
#endif
    }
}
