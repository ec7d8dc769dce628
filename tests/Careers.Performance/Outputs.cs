using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Careers.Performance;

/// <summary>The three outputs every engine produces, as rows of text fields, before they are compared.</summary>
internal sealed class Outputs
{
    public static readonly string[] Names = ["entitlement", "coverage", "b5"];

    /// <summary>learner_id, institution_id, year_group, status, encounters: one row per learner in the export.</summary>
    public List<string[]> Entitlement { get; } = [];

    /// <summary>local_area, year_group, disadvantaged, learners, met, on_track, at_risk, not_met, not_in_scope.</summary>
    public List<string[]> Coverage { get; } = [];

    /// <summary>institution_id, learners in scope, learners with a meaningful employer encounter this academic year.</summary>
    public List<string[]> B5 { get; } = [];

    public List<string[]> this[string name] =>
        name switch
        {
            "entitlement" => Entitlement,
            "coverage" => Coverage,
            _ => B5,
        };

    private static readonly string[] SmallNumbers = Enumerable
        .Range(0, 256)
        .Select(n => n.ToString(CultureInfo.InvariantCulture))
        .ToArray();

    /// <summary>A number as text; the small ones, which every row has, are made once.</summary>
    public static string Number(long value) =>
        value is >= 0 and < 256
            ? SmallNumbers[value]
            : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes each output sorted (ordinal, one tab-separated row a line) and returns its SHA-256.</summary>
    public Dictionary<string, string> WriteSorted(string folder, string engine)
    {
        var checksums = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            var lines = this[name].ConvertAll(row => string.Join('\t', row));
            lines.Sort(StringComparer.Ordinal);
            var path = Path.Combine(folder, $"{engine}.{name}.tsv");
            File.WriteAllLines(path, lines, new UTF8Encoding(false));
            using var stream = File.OpenRead(path);
            checksums[name] =
                Convert.ToHexStringLower(SHA256.HashData(stream))[..16]
                + " ("
                + Number(lines.Count)
                + " rows)";
        }

        return checksums;
    }
}
