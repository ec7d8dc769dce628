using System;
using System.Globalization;
using System.Linq;

namespace Careers.SampleHost.Api;

/// <summary>
/// The entity tags of versioned resources (a careers log): the version number, quoted, as RFC 9110 §8.8.3 writes a
/// strong tag; and the If-Match test (§13.1.1: <c>*</c> or any listed tag).
/// </summary>
internal static class ETags
{
    public static string For(int version) =>
        "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    public static bool Matches(string ifMatch, int version) =>
        ifMatch == "*"
        || ifMatch.Split(',').Select(t => t.Trim()).Contains(For(version), StringComparer.Ordinal);
}
