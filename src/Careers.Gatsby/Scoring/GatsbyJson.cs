using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Careers.Gatsby;

/// <summary>
/// Writes a <see cref="GatsbyResult"/> as JSON in a stable shape, documented in the Careers.Gatsby article. Property
/// names are camelCase; enumerations are camelCase strings; <c>percentage</c> is rounded to one decimal place and
/// <c>share</c> to four, half away from zero; dates are ISO <c>yyyy-MM-dd</c>. New properties may be added in a minor
/// version; none is renamed or removed without a major one.
/// </summary>
public static class GatsbyJson
{
    /// <summary>Serialises a result to a JSON string.</summary>
    /// <param name="result">The result.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(GatsbyResult result, bool indented = false)
    {
        Guard.NotNull(result, nameof(result));
        using var stream = new MemoryStream();
        using (
            var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented })
        )
        {
            Write(writer, result);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes a result to a JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="result">The result.</param>
    public static void Write(Utf8JsonWriter writer, GatsbyResult result)
    {
        Guard.NotNull(writer, nameof(writer));
        Guard.NotNull(result, nameof(result));
        writer.WriteStartObject();
        writer.WriteStartObject("framework");
        writer.WriteString("id", result.Framework.Id);
        writer.WriteString("version", result.Framework.Version);
        writer.WriteNumber("edition", (int)result.Framework.Edition);
        writer.WriteString(
            "audience",
            result.Framework.Audience == GatsbyAudience.Schools ? "schools" : "colleges"
        );
        writer.WriteEndObject();
        writer.WriteStartObject("policy");
        writer.WriteString("id", result.PolicyId);
        writer.WriteString("version", result.PolicyVersion);
        writer.WriteEndObject();
        writer.WriteString("asAt", Date(result.Provenance.AsAt));
        if (result.InstitutionId is null)
        {
            writer.WriteNull("institutionId");
        }
        else
        {
            writer.WriteString("institutionId", result.InstitutionId);
        }

        writer.WriteNumber("benchmarksFullyAchieved", result.BenchmarksFullyAchieved);
        writer.WriteStartArray("benchmarks");
        foreach (var benchmark in result.Benchmarks)
        {
            writer.WriteStartObject();
            writer.WriteNumber("number", benchmark.Benchmark.Number);
            writer.WriteString("title", benchmark.Benchmark.Title);
            writer.WriteString("status", Camel(benchmark.Status.ToString()));
            writer.WriteNumber("criteriaMet", benchmark.CriteriaMet);
            writer.WriteNumber("criteriaApplicable", benchmark.CriteriaApplicable);
            writer.WriteNumber(
                "percentage",
                Math.Round(benchmark.Percentage, 1, MidpointRounding.AwayFromZero)
            );
            writer.WriteStartArray("criteria");
            foreach (var criterion in benchmark.Criteria)
            {
                WriteCriterion(writer, criterion);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteCriterion(Utf8JsonWriter writer, CriterionResult criterion)
    {
        writer.WriteStartObject();
        writer.WriteString("id", criterion.Criterion.Id);
        writer.WriteString("evidence", Camel(criterion.Criterion.Evidence.ToString()));
        writer.WriteString("status", Camel(criterion.Status.ToString()));
        writer.WriteString("explanation", criterion.Explanation);
        writer.WriteStartArray("coverage");
        foreach (var group in criterion.Coverage)
        {
            writer.WriteStartObject();
            writer.WriteString("name", group.Name);
            if (group.YearGroup is { } yearGroup)
            {
                writer.WriteString("yearGroup", yearGroup.ToString());
            }
            else
            {
                writer.WriteNull("yearGroup");
            }

            writer.WriteBoolean("assessed", group.IsAssessed);
            writer.WriteNumber("inScope", group.InScope);
            writer.WriteNumber("meeting", group.Meeting);
            writer.WriteNumber("share", Math.Round(group.Share, 4, MidpointRounding.AwayFromZero));
            writer.WriteString("band", Camel(group.Band.ToString()));
            writer.WriteStartArray("lacking");
            foreach (var id in group.Lacking)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
            writer.WriteString("explanation", group.Explanation);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Date(NodaTime.LocalDate date) =>
        date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
