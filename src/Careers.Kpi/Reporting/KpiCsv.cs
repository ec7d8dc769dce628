using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Careers.Kpi;

/// <summary>
/// Writes a <see cref="KpiReport"/> as tidy CSV in the explore-education-statistics layout (docs/articles/domain.md
/// §8): one row per figure; the columns <c>time_period</c>, <c>time_identifier</c>, <c>geographic_level</c>,
/// <c>country_code</c>, <c>country_name</c>; the local authority columns (<c>old_la_code</c>, <c>new_la_code</c>,
/// <c>la_name</c>) when any figure is below national level, the ward columns (<c>ward_code</c>, <c>ward_name</c>) and
/// school columns (<c>school_urn</c>, <c>school_name</c>) when any figure is at that level; the filters <c>kpi</c>
/// and one column per breakdown used, <c>Total</c> where a row is not broken down by it; and the indicators
/// <c>numerator</c>, <c>denominator</c>, <c>value</c>, <c>ci_lower</c>, <c>ci_upper</c>. Numbers are invariant,
/// rounded as in <see cref="KpiReportJson"/>; a figure that is not published has its symbol in every indicator it
/// hides (<c>c</c>, <c>x</c>, <c>z</c>), an indicator that does not apply has <c>z</c>, and a value that rounds to 0
/// but is not 0 has <c>low</c>. Fields are quoted as RFC 4180 says; lines end with <c>\n</c>.
/// </summary>
public static class KpiCsv
{
    /// <summary>Writes the report as CSV text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The CSV text, header first.</returns>
    public static string ToCsv(KpiReport report)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(writer, report);
        return writer.ToString();
    }

    /// <summary>Writes the report as CSV.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="report">The report.</param>
    public static void Write(TextWriter writer, KpiReport report)
    {
        Guard.NotNull(writer, nameof(writer));
        Guard.NotNull(report, nameof(report));
        var figures = report.Figures;
        var la = figures.Any(f => f.Geography.Level != GeographicLevel.National);
        var ward = figures.Any(f => f.Geography.Level == GeographicLevel.Ward);
        var school = figures.Any(f => f.Geography.Level == GeographicLevel.School);
        var breakdowns = figures
            .Where(f => f.Breakdown is not null)
            .Select(f => f.Breakdown!)
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        var header = new List<string>
        {
            "time_period",
            "time_identifier",
            "geographic_level",
            "country_code",
            "country_name",
        };
        if (la)
        {
            header.AddRange(["old_la_code", "new_la_code", "la_name"]);
        }

        if (ward)
        {
            header.AddRange(["ward_code", "ward_name"]);
        }

        if (school)
        {
            header.AddRange(["school_urn", "school_name"]);
        }

        header.Add("kpi");
        header.AddRange(breakdowns);
        header.AddRange(["numerator", "denominator", "value", "ci_lower", "ci_upper"]);
        WriteRow(writer, header);

        var row = new List<string>(header.Count);
        foreach (var figure in figures)
        {
            row.Clear();
            var g = figure.Geography;
            row.AddRange([
                report.Period.Code,
                report.Period.Identifier,
                g.LevelName,
                g.CountryCode,
                g.CountryName,
            ]);
            if (la)
            {
                row.AddRange([g.OldLaCode ?? "", g.NewLaCode ?? "", g.LaName ?? ""]);
            }

            if (ward)
            {
                row.AddRange([g.WardCode ?? "", g.WardName ?? ""]);
            }

            if (school)
            {
                row.AddRange([g.SchoolUrn ?? "", g.SchoolName ?? ""]);
            }

            row.Add(figure.Definition.Id);
            foreach (var breakdown in breakdowns)
            {
                row.Add(
                    string.Equals(figure.Breakdown, breakdown, StringComparison.Ordinal)
                        ? figure.Group!
                        : KpiBreakdowns.Total
                );
            }

            var hidden = figure.IsPublished ? null : figure.Symbol!.Value.Code();
            var decimals = figure.Definition.Decimals;
            row.Add(Count(figure.PublishedNumerator, hidden));
            row.Add(Count(figure.PublishedDenominator, hidden));
            row.Add(figure.Reported);
            row.Add(Bound(figure.Interval?.Lower, decimals, hidden));
            row.Add(Bound(figure.Interval?.Upper, decimals, hidden));
            WriteRow(writer, row);
        }
    }

    /// <summary>Quotes a field for CSV when it needs it: a comma, a double quote, a line break or white space at either end; inner quotes are doubled.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The field as written.</returns>
    public static string Quote(string field)
    {
        Guard.NotNull(field, nameof(field));
        var needs =
            field.IndexOfAny([',', '"', '\r', '\n']) >= 0
            || (
                field.Length > 0
                && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[field.Length - 1]))
            );
        return needs ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }

    private static string Count(decimal? published, string? hidden) =>
        hidden
        ?? (
            published is decimal p
                ? p.ToString("0", System.Globalization.CultureInfo.InvariantCulture)
                : "z"
        );

    private static string Bound(decimal? bound, int decimals, string? hidden) =>
        hidden ?? (bound is decimal b ? DfeRounding.Format(b, decimals) : "z");

    private static void WriteRow(TextWriter writer, IReadOnlyList<string> fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            line.Append(Quote(fields[i]));
        }

        line.Append('\n');
        writer.Write(line.ToString());
    }
}
