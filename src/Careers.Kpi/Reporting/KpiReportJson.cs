using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Careers.Kpi;

/// <summary>
/// Writes a <see cref="KpiReport"/> as JSON in a stable shape (schema <c>careers.kpi.report/1</c>), documented in the
/// Careers.Kpi article. Property names are camelCase; values are numbers rounded half away from zero to the KPI's
/// decimals; counts are whole numbers rounded as the KPI's suppression rule says; a figure that is not published has
/// <c>null</c> numbers and its symbol in <c>reported</c> (a <c>low</c> figure keeps its counts and interval, and has a <c>null</c> value), so a suppressed number never reaches the file; dates are
/// ISO <c>yyyy-MM-dd</c>. New properties may be added in a minor version; none is renamed or removed without a major one.
/// </summary>
public static class KpiReportJson
{
    /// <summary>The schema id written in every document.</summary>
    public const string Schema = "careers.kpi.report/1";

    /// <summary>Serialises a report to a JSON string.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(KpiReport report, bool indented = false)
    {
        Guard.NotNull(report, nameof(report));
        using var stream = new MemoryStream();
        using (
            var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented })
        )
        {
            Write(writer, report);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes a report to a JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    public static void Write(Utf8JsonWriter writer, KpiReport report)
    {
        Guard.NotNull(writer, nameof(writer));
        Guard.NotNull(report, nameof(report));
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WriteStartObject("catalogue");
        writer.WriteString("id", report.Catalogue.Id);
        writer.WriteString("version", report.Catalogue.Version);
        writer.WriteEndObject();
        writer.WriteString("asAt", Date(report.Provenance.AsAt));
        writer.WriteStartObject("period");
        writer.WriteString("timePeriod", report.Period.Code);
        writer.WriteString("timeIdentifier", report.Period.Identifier);
        writer.WriteEndObject();
        writer.WritePropertyName("area");
        WriteGeography(writer, report.Area);
        writer.WriteNumber("confidenceLevel", report.Policy.Confidence.Percent);
        writer.WriteStartArray("figures");
        foreach (var figure in report.Figures)
        {
            WriteFigure(writer, figure);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("changes");
        foreach (var change in report.Changes)
        {
            var decimals = report.Catalogue[change.KpiId].Decimals;
            writer.WriteStartObject();
            writer.WriteString("kpi", change.KpiId);
            writer.WriteNumber("previous", DfeRounding.Round(change.Change.Previous, decimals));
            writer.WriteNumber("current", DfeRounding.Round(change.Change.Current, decimals));
            writer.WriteNumber("difference", DfeRounding.Round(change.Change.Difference, decimals));
            writer.WriteNumber("stableWithin", change.Change.StableWithin);
            writer.WriteString("trend", Camel(change.Change.Trend.ToString()));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("targets");
        foreach (var assessment in report.Targets)
        {
            var decimals = report.Catalogue[assessment.Target.KpiId].Decimals;
            writer.WriteStartObject();
            writer.WriteString("kpi", assessment.Target.KpiId);
            writer.WriteNumber("baseline", assessment.Target.Baseline);
            writer.WriteString("baselineDate", Date(assessment.Target.BaselineDate));
            writer.WriteNumber("target", assessment.Target.Target);
            writer.WriteString("targetDate", Date(assessment.Target.TargetDate));
            writer.WriteString("date", Date(assessment.Date));
            writer.WriteNumber("expected", DfeRounding.Round(assessment.Expected, decimals));
            writer.WriteNumber("actual", DfeRounding.Round(assessment.Actual, decimals));
            writer.WriteString("status", Camel(assessment.Status.ToString()));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter writer, KpiFigure figure)
    {
        var definition = figure.Definition;
        writer.WriteStartObject();
        writer.WriteString("kpi", definition.Id);
        writer.WriteString("name", definition.Name);
        writer.WriteString("unit", Camel(definition.Unit.ToString()));
        writer.WriteString("better", Camel(definition.Better.ToString()));
        writer.WritePropertyName("geography");
        WriteGeography(writer, figure.Geography);
        NullableString(writer, "breakdown", figure.Breakdown);
        NullableString(writer, "group", figure.Group);
        NullableNumber(writer, "numerator", figure.PublishedNumerator);
        NullableNumber(writer, "denominator", figure.PublishedDenominator);
        NullableNumber(
            writer,
            "value",
            figure.Symbol is null
                ? DfeRounding.Round(figure.Value!.Value, definition.Decimals)
                : null
        );
        if (figure.IsPublished && figure.Interval is { } interval)
        {
            writer.WriteStartObject("interval");
            writer.WriteNumber("lower", DfeRounding.Round(interval.Lower, definition.Decimals));
            writer.WriteNumber("upper", DfeRounding.Round(interval.Upper, definition.Decimals));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("interval");
        }

        writer.WriteString("reported", figure.Reported);
        NullableString(writer, "symbol", figure.Symbol?.Code());
        writer.WriteBoolean("lowReliability", figure.LowReliability);
        writer.WriteEndObject();
    }

    private static void WriteGeography(Utf8JsonWriter writer, Geography geography)
    {
        writer.WriteStartObject();
        writer.WriteString("level", geography.LevelName);
        writer.WriteString("countryCode", geography.CountryCode);
        writer.WriteString("countryName", geography.CountryName);
        if (geography.Level != GeographicLevel.National)
        {
            writer.WriteString("oldLaCode", geography.OldLaCode);
            writer.WriteString("newLaCode", geography.NewLaCode);
            writer.WriteString("laName", geography.LaName);
        }

        if (geography.Level == GeographicLevel.Ward)
        {
            writer.WriteString("wardCode", geography.WardCode);
            writer.WriteString("wardName", geography.WardName);
        }

        if (geography.Level == GeographicLevel.School)
        {
            writer.WriteString("schoolUrn", geography.SchoolUrn);
            writer.WriteString("schoolName", geography.SchoolName);
        }

        writer.WriteEndObject();
    }

    private static void NullableString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void NullableNumber(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is decimal v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Date(NodaTime.LocalDate date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
