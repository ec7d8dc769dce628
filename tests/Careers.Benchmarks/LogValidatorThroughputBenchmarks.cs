using System;
using System.Buffers;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Careers.CareersLog;

namespace Careers.Benchmarks;

/// <summary>
/// The careers-log validator's throughput (issue 19): one large log (5,000 entries of every type, long texts, a few
/// MB) and a batch of 10,000 small logs (about 24 entries each). Both are valid, so the figure is the cost of
/// checking, not of writing problems. MB/s is <see cref="LargeBytes"/> or <see cref="SmallBytes"/> (printed at
/// set-up) divided by the mean; the allocations column is per operation.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LogValidatorThroughputBenchmarks
{
    private byte[] large = [];
    private byte[][] small = [];
    private CareersLogValidator bigValidator = CareersLogValidator.Default;

    /// <summary>The size of the large log in bytes.</summary>
    public long LargeBytes { get; private set; }

    /// <summary>The size of the batch of small logs in bytes.</summary>
    public long SmallBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(19);
        large = Log(random, 5_000, longTexts: true);
        small = Enumerable
            .Range(0, 10_000)
            .Select(_ => Log(random, 24, longTexts: false))
            .ToArray();
        LargeBytes = large.Length;
        SmallBytes = small.Sum(d => (long)d.Length);
        bigValidator = new CareersLogValidator(
            new CareersLogReadOptions { MaxDocumentBytes = large.Length + 1 }
        );
        var problems = bigValidator
            .Validate(large)
            .Concat(small.SelectMany(s => CareersLogValidator.Default.Validate(s)));
        if (problems.FirstOrDefault() is { } problem)
        {
            throw new InvalidOperationException("The generated logs should be valid: " + problem);
        }

        Console.WriteLine(
            $"// large log: {LargeBytes:N0} bytes; small logs: {small.Length:N0}, {SmallBytes:N0} bytes, {SmallBytes / small.Length:N0} a log"
        );
    }

    [Benchmark]
    public int ValidateLargeLog() => bigValidator.Validate(large).Count;

    [Benchmark]
    public int ValidateSmallLogs()
    {
        var problems = 0;
        foreach (var document in small)
        {
            problems += CareersLogValidator.Default.Validate(document).Count;
        }

        return problems;
    }

    /// <summary>A valid version 3 log with entries of every type in turn.</summary>
    internal static byte[] Log(Random random, int entries, bool longTexts)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (
            var json = new Utf8JsonWriter(
                buffer,
                new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }
            )
        )
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 3);
            json.WriteStartObject("learner");
            json.WriteString(
                "upn",
                Upn.Create(831, 4000 + random.Next(50), 13, random.Next(1000)).ToString()
            );
            json.WriteString("dateOfBirth", Date(random, 2008));
            json.WriteEndObject();
            json.WriteStartArray("schools");
            json.WriteStartObject();
            json.WriteString("urn", "112233");
            json.WriteString("laEstab", "8312001");
            json.WriteString("name", "Ashgate Primary School");
            json.WriteString("from", "2013-09-02");
            json.WriteString("to", "2020-07-20");
            json.WriteEndObject();
            json.WriteStartObject();
            json.WriteString("urn", "145566");
            json.WriteString("from", "2020-09-02");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("entries");
            for (var i = 0; i < entries; i++)
            {
                Entry(json, random, i, longTexts);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static readonly string[] Types =
    [
        "aspiration",
        "careerRelatedLearning",
        "skill",
        "familyEngagement",
        "employerEncounter",
        "workplaceExperience",
        "providerEncounter",
        "guidanceMeeting",
        "reflection",
        "destination",
    ];

    private static readonly string[] Words =
    [
        "worked",
        "well",
        "in",
        "a",
        "team",
        "to",
        "build",
        "bridge",
        "engineering",
        "café",
        "naïve",
        "talked",
        "about",
        "apprenticeships",
        "with",
        "the",
        "employer",
        "and",
        "asked",
        "questions",
        "🚂",
    ];

    private static void Entry(Utf8JsonWriter json, Random random, int index, bool longTexts)
    {
        var type = Types[index % Types.Length];
        var year = 1 + random.Next(13);
        json.WriteStartObject();
        json.WriteString("id", "e-" + index.ToString(CultureInfo.InvariantCulture));
        json.WriteString("type", type);
        json.WriteString("date", Date(random, 2010 + year));
        json.WriteNumber("yearGroup", year);
        json.WriteStartObject("author");
        json.WriteString("role", random.Next(2) == 0 ? "teacher" : "careersLeader");
        json.WriteString("name", "Ms Patel");
        json.WriteEndObject();
        switch (type)
        {
            case "aspiration":
                Strings(json, "jobsHopedFor", "vet", "footballer", "train driver");
                Strings(json, "occupationsDiscussed", "soc2020:2136", "x-sport-coach");
                Strings(json, "sectors", "health-and-science", "x-sport", "digital");
                break;
            case "careerRelatedLearning":
                json.WriteString("title", "People who help us");
                Strings(json, "employers", "Royal Derby Hospital", "Derbyshire Fire and Rescue");
                Strings(json, "sectors", "protective-services");
                json.WriteNumber("durationMinutes", 60);
                break;
            case "skill":
                json.WriteString("skill", "teamwork");
                json.WriteNumber("step", random.Next(16));
                json.WriteString("assessor", "teacher");
                json.WriteString("evidence", Text(random, longTexts));
                break;
            case "familyEngagement":
                json.WriteString("description", Text(random, longTexts));
                break;
            case "employerEncounter":
                json.WriteString("kind", "employerTalk");
                Strings(json, "employers", "Rolls-Royce", "Alstom");
                Strings(
                    json,
                    "meaningful",
                    "learningOutcomes",
                    "twoWayInteraction",
                    "clearPurpose"
                );
                json.WriteNumber("durationMinutes", 90);
                json.WriteString(
                    "activityId",
                    "ACT-" + index.ToString(CultureInfo.InvariantCulture)
                );
                break;
            case "workplaceExperience":
                json.WriteString("kind", "workExperience");
                json.WriteString("employer", "Toyota Burnaston");
                Strings(json, "meaningful", "clearPurpose", "reflection");
                json.WriteNumber("days", 5);
                break;
            case "providerEncounter":
                json.WriteString("kind", "providerEncounter");
                json.WriteStartObject("provider");
                json.WriteString("name", "Derby College Group");
                json.WriteString("ukprn", "10001919");
                json.WriteEndObject();
                json.WriteBoolean("duringSchoolDay", true);
                Strings(json, "meaningful", "providerInformation", "metStaffAndStudents");
                break;
            case "guidanceMeeting":
                json.WriteStartObject("adviser");
                json.WriteString("name", "Mr Jones");
                json.WriteNumber("qualificationLevel", 6);
                json.WriteEndObject();
                Strings(
                    json,
                    "agreedDecisions",
                    Text(random, longTexts),
                    "Look at engineering options."
                );
                break;
            case "reflection":
                json.WriteString("text", Text(random, longTexts));
                json.WriteString(
                    "about",
                    "e-" + (index - 4).ToString(CultureInfo.InvariantCulture)
                );
                break;
            default:
                json.WriteString("stage", "intended");
                json.WriteString("category", "apprenticeship");
                json.WriteString("details", Text(random, longTexts));
                json.WriteStartObject("provider");
                json.WriteString("name", "Derby College Group");
                json.WriteEndObject();
                break;
        }

        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, params string[] values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string Date(Random random, int year) =>
        new DateTime(year, 9, 1)
            .AddDays(random.Next(300))
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Text(Random random, bool longText)
    {
        var words = longText ? 20 + random.Next(300) : 5 + random.Next(15);
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            text.Append(i == 0 ? "" : " ").Append(Words[random.Next(Words.Length)]);
        }

        return text.Append('.').ToString();
    }
}
