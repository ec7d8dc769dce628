using System;
using System.Globalization;
using System.Linq;

namespace Careers.SampleHost.Api;

/// <summary>
/// The entity tags of versioned resources (a careers log): the version number, quoted, as RFC 9110 §8.8.3 writes a
/// strong tag; and the If-Match test (§13.1.1), by strong comparison. <c>*</c> matches no version here: where a
/// version is required, a client sends the ETag it read, and the endpoint refuses <c>*</c> (<see cref="IsWildcard"/>).
/// </summary>
internal static class ETags
{
    public static string For(int version) =>
        "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>Whether If-Match lists the version's tag. <c>*</c> is not a version and matches none.</summary>
    public static bool Matches(string ifMatch, int version) =>
        Tags(ifMatch).Contains(For(version), StringComparer.Ordinal);

    /// <summary>Whether If-Match is, or lists, <c>*</c>: "any version", which a writer that must name one may not send.</summary>
    public static bool IsWildcard(string ifMatch) =>
        Tags(ifMatch).Contains("*", StringComparer.Ordinal);

    private static string[] Tags(string ifMatch) =>
        ifMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
