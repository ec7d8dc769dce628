using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace Careers.CareersLog.Tests;

/// <summary>
/// Issue 19: the validator reads a document once with Utf8JsonReader (LogPass). Its problems must be the tree walk's
/// (<see cref="CareersLogValidator.Validate(JsonElement)"/> on a parsed document, the validator before the rewrite)
/// exactly: codes, pointers, messages and order, on every fixture and on thousands of damaged documents.
/// </summary>
public class OnePassAgreementTests
{
    /// <summary>The tree walk: parse, then check the tree (or the JSON error the parser gives).</summary>
    internal static List<ValidationError> Tree(byte[] utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException e)
        {
            return
            [
                new ValidationError(
                    "log.json",
                    "",
                    $"Not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}"
                ),
            ];
        }

        using (document)
        {
            return [.. CareersLogValidator.Default.Validate(document.RootElement)];
        }
    }

    private static readonly CareersLogValidator Unlimited = new(
        new CareersLogReadOptions { MaxDocumentBytes = int.MaxValue }
    );

    private static string Show(IEnumerable<ValidationError> problems) =>
        string.Join("\n", problems.Select(p => $"{p.Code} {p.Path} {p.Message}"));

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private static bool IsUtf8(byte[] utf8)
    {
        try
        {
            StrictUtf8.GetCharCount(utf8);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static void Agree(byte[] utf8, string what)
    {
        if (!IsUtf8(utf8))
        {
            var problem = Assert.Single(Unlimited.Validate(utf8));
            Assert.Equal(("log.json", ""), (problem.Code, problem.Path));
            Assert.Contains("the text is not UTF-8", problem.Message, StringComparison.Ordinal);
            return;
        }

        var expected = Tree(utf8);
        var actual = Unlimited.Validate(utf8);
        if (!expected.SequenceEqual(actual))
        {
            Assert.Fail(
                $"{what}\n{Encoding.UTF8.GetString(utf8)}\n--- tree:\n{Show(expected)}\n--- one pass:\n{Show(actual)}"
            );
        }
    }

    public static IEnumerable<object[]> Fixtures() =>
        Directory
            .EnumerateFiles(LogSamples.Fixtures, "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "cases.json")
            .Select(f => new object[] { Path.GetRelativePath(LogSamples.Fixtures, f) });

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void EveryFixture_HasTheTreeWalksProblems(string fixture)
    {
        var utf8 = File.ReadAllBytes(Path.Combine(LogSamples.Fixtures, fixture));
        Agree(utf8, fixture);
    }

    [Fact]
    public void ThousandsOfDamagedDocuments_HaveTheTreeWalksProblems()
    {
        var random = new Random(19);
        var seeds = Directory
            .EnumerateFiles(LogSamples.Fixtures, "*.json", SearchOption.AllDirectories)
            .Where(f =>
                f.Contains("valid", StringComparison.Ordinal)
                && !f.Contains("invalid", StringComparison.Ordinal)
            )
            .Select(File.ReadAllText)
            .Append(CareersLogSerializer.Serialize(LogSamples.FullLog()))
            .Select(t => JsonNode.Parse(t)!)
            .ToList();
        Assert.True(seeds.Count >= 5, $"{seeds.Count} seeds");
        for (var i = 0; i < 4000; i++)
        {
            var document = seeds[random.Next(seeds.Count)].DeepClone();
            var damage = new List<string>();
            for (var n = 1 + random.Next(3); n > 0; n--)
            {
                damage.Add(Damage(ref document, random));
            }

            var text = document?.ToJsonString() ?? "null";
            Agree(Encoding.UTF8.GetBytes(text), string.Join("; ", damage));
        }
    }

    [Fact]
    public void TruncatedAndSplicedText_HasTheTreeWalksProblems()
    {
        var text = Encoding.UTF8.GetBytes(CareersLogSerializer.Serialize(LogSamples.FullLog()));
        for (var length = 0; length < text.Length; length += 7)
        {
            Agree(text.AsSpan(0, length).ToArray(), $"the first {length} bytes");
        }

        var random = new Random(5);
        for (var i = 0; i < 300; i++)
        {
            var copy = (byte[])text.Clone();
            const string Bytes = "{}[],:\"\\ 0x-eE.\u00ff";
            copy[random.Next(copy.Length)] = (byte)Bytes[random.Next(Bytes.Length)];
            Agree(copy, $"spliced {i}");
        }
    }

    private static string Log(string entry) =>
        $$"""
            {
              "schemaVersion": 3,
              "learner": { "upn": "{{LogSamples.Upn}}" },
              "schools": [ { "urn": "112233", "from": "2016-09-05" } ],
              "entries": [ {{entry}} ]
            }
            """;

    private const string Skill =
        """{ "id": "e1", "type": "skill", "date": "2020-01-01", "yearGroup": 5, "author": { "role": "teacher" }, "skill": "teamwork", "step": 3, "assessor": "teacher" """;

    private static IReadOnlyList<ValidationError> CheckBoth(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        Agree(utf8, json);
        return Unlimited.Validate(utf8);
    }

    [Fact]
    public void DeepNesting_IsAJsonProblemPast64Levels_AndSchemaProblemsBelow()
    {
        var deep = Log(
            Skill + ", \"evidence\": " + new string('[', 70) + new string(']', 70) + " }"
        );
        Assert.Equal("log.json", Assert.Single(CheckBoth(deep)).Code);
        var nested = Log(
            Skill + ", \"evidence\": " + new string('[', 50) + new string(']', 50) + " }"
        );
        Assert.Equal(
            ("schema.type", "/entries/0/evidence"),
            (Assert.Single(CheckBoth(nested)).Code, CheckBoth(nested)[0].Path)
        );
    }

    [Theory]
    [InlineData("\"id\": \"e2\"", "/entries/0/id")]
    [InlineData("\"\\u0069d\": \"e1\"", "/entries/0/\\u0069d")]
    [InlineData("\"type\": \"reflection\"", "/entries/0/type")]
    public void APropertyWrittenTwice_IsReported_AsTheTreeWalkDoes(string again, string _)
    {
        var problems = CheckBoth(Log(Skill + ", " + again + " }"));
        Assert.Contains(
            problems,
            p =>
                p.Code == "log.duplicate-property"
                && p.Path.StartsWith("/entries/0/", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void ASchemaVersionWrittenTwice_IsReported()
    {
        var problems = CheckBoth(
            "{ \"schemaVersion\": 3, \"schemaVersion\": 9, \"learner\": {}, \"schools\": [], \"entries\": [] }"
        );
        Assert.Equal(
            ("log.duplicate-property", "/schemaVersion"),
            (problems[0].Code, problems[0].Path)
        );
    }

    [Fact]
    public void EscapedNamesAndValues_AreReadAsTheirText()
    {
        var escaped = Log(
            "{ \"\\u0069d\": \"e\\u0031\", \"typ\\u0065\": \"sk\\u0069ll\", \"date\": \"2020\\u002d01-01\", \"yearGroup\": 5, \"author\": { \"role\": \"te\\u0061cher\" }, \"skill\": \"teamwork\", \"step\": 3, \"assessor\": \"teacher\", \"a\\/b~c\": 1 }"
        );
        var problem = Assert.Single(CheckBoth(escaped));
        Assert.Equal(
            ("schema.additionalProperties", "/entries/0/a~1b~0c"),
            (problem.Code, problem.Path)
        );
    }

    [Fact]
    public void AHugeString_IsMeasuredInCodePoints()
    {
        var huge = Log(
            Skill
                + ", \"evidence\": \""
                + string.Concat(Enumerable.Repeat("caf\u00e9 \ud83d\ude82 ", 50_000))
                + "\" }"
        );
        var problem = Assert.Single(CheckBoth(huge));
        Assert.Equal(
            ("schema.maxLength", "Must be at most 4000 characters long; it has 350000."),
            (problem.Code, problem.Message)
        );
    }

    [Theory]
    [InlineData("1e400", "schema.type")]
    [InlineData("-1e400", "schema.type")]
    [InlineData("13.0", null)]
    [InlineData("1e-400", null)]
    [InlineData("12.99999999999999999", null)]
    [InlineData("-0", null)]
    [InlineData("13.000000000000001", "schema.type")]
    [InlineData("123456789012345678901234567890", "schema.maximum")]
    public void NumbersAtTheEdges_AreProblems_NotExceptions(string number, string? code)
    {
        var problems = CheckBoth(
            Log(
                Skill.Replace(
                    "\"yearGroup\": 5",
                    "\"yearGroup\": " + number,
                    StringComparison.Ordinal
                ) + " }"
            )
        );
        Assert.Equal(code, problems.SingleOrDefault()?.Code);
        Assert.Equal(
            problems,
            CareersLogSerializer
                .Deserialize(
                    Log(
                        Skill.Replace(
                            "\"yearGroup\": 5",
                            "\"yearGroup\": " + number,
                            StringComparison.Ordinal
                        ) + " }"
                    )
                )
                .Problems
        );
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    public void TextThatIsNotUtf8_IsAJsonProblem_NotAnException(byte[] bad)
    {
        var parts = Log(Skill + ", \"evidence\": \"abXcd\" }").Split('X');
        var before = Encoding.UTF8.GetBytes(parts[0]);
        var after = Encoding.UTF8.GetBytes(parts[1]);
        byte[] document = [.. before, .. bad, .. after];
        var problem = Assert.Single(Unlimited.Validate(document));
        Assert.Equal("log.json", problem.Code);
        Assert.Contains("the text is not UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Equal(
            [problem],
            CareersLogSerializer.Deserialize(new MemoryStream(document)).Problems
        );
        byte[] atTheEnd = [.. Encoding.UTF8.GetBytes(Log(Skill + " }")), .. bad];
        Assert.Equal("log.json", Assert.Single(Unlimited.Validate(atTheEnd)).Code);
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udc00x")]
    [InlineData("\\ud83d\\ud83d")]
    public void ALoneSurrogateEscape_IsAProblem_NotAnException(string escape)
    {
        var problems = Unlimited.Validate(
            Encoding.UTF8.GetBytes(Log(Skill + ", \"evidence\": \"a" + escape + "\" }"))
        );
        var problem = Assert.Single(problems);
        Assert.Equal("log.json", problem.Code);
        Assert.Contains("surrogate", problem.Message, StringComparison.Ordinal);
    }

    /// <summary>One random change to a JSON tree, anywhere in it; returns what it did.</summary>
    private static string Damage(ref JsonNode? root, Random random)
    {
        var places = new List<JsonNode>();
        Collect(root, places);
        if (places.Count == 0)
        {
            return "nothing to damage";
        }

        var place = places[random.Next(places.Count)];
        var replacement = Odd(random);
        var parent = place.Parent;
        var what = random.Next(6);
        if (parent is JsonObject parentObject)
        {
            var name = place.GetPropertyName();
            switch (what)
            {
                case 0:
                    parentObject.Remove(name);
                    return $"removed {place.GetPath()}";
                case 1:
                    parentObject[OddName(random)] = replacement;
                    return $"added a property to {parentObject.GetPath()}";
                default:
                    parentObject[name] = replacement;
                    return $"replaced {place.GetPath()}";
            }
        }

        if (parent is JsonArray parentArray)
        {
            var index = parentArray.IndexOf(place);
            switch (what)
            {
                case 0:
                    parentArray.RemoveAt(index);
                    return $"removed {place.GetPath()}";
                case 1:
                    parentArray.Add(place.DeepClone());
                    return $"repeated {place.GetPath()}";
                default:
                    parentArray[index] = replacement;
                    return $"replaced {place.GetPath()}";
            }
        }

        root = replacement;
        return "replaced the root";
    }

    private static void Collect(JsonNode? node, List<JsonNode> places)
    {
        if (node is null)
        {
            return;
        }

        places.Add(node);
        if (node is JsonObject o)
        {
            foreach (var (_, value) in o)
            {
                Collect(value, places);
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var value in a)
            {
                Collect(value, places);
            }
        }
    }

    private static readonly string[] Strings =
    [
        "",
        "x",
        "2024-02-29",
        "2023-02-29",
        "0000-01-01",
        "1899-12-31",
        "9999-12-31",
        "A123456789012",
        "K831400121001",
        "H831400121001",
        "reflection",
        "aspiration",
        "skill",
        "destination",
        "guidanceMeeting",
        "employerEncounter",
        "teacher",
        "x-sport",
        "x-Sport",
        "soc2020:2136",
        "digital",
        "learningOutcomes",
        "p-1",
        "s-2",
        "e1",
        "caf\u00e9 \ud83d\ude82",
        "tab\there",
        "a/b~c",
        "line\n",
        "112233",
        "8312001",
        "10001919",
    ];

    private static JsonNode? Odd(Random random) =>
        random.Next(12) switch
        {
            0 => null,
            1 => JsonValue.Create(random.Next(2) == 0),
            2 => JsonNode.Parse(
                new[]
                {
                    "0",
                    "-1",
                    "13",
                    "14",
                    "2.0",
                    "2.5",
                    "1e400",
                    "-1e400",
                    "1e-400",
                    "3",
                    "1",
                    "-0",
                    "1440",
                    "1441",
                }[random.Next(14)]
            ),
            3 => new JsonObject(),
            4 => new JsonArray(),
            5 => new JsonArray(JsonValue.Create("x-sport"), JsonValue.Create("x-sport")),
            6 => new JsonArray(JsonValue.Create(1), JsonValue.Create(1.0)),
            7 => new JsonObject { ["role"] = "learner" },
            8 => JsonValue.Create(new string('w', random.Next(2) == 0 ? 4001 : 201)),
            _ => JsonValue.Create(Strings[random.Next(Strings.Length)]),
        };

    private static string OddName(Random random) =>
        new[] { "extra", "a/b~c", "caf\u00e9", "type", "id", "about", "", "schemaVersion", "upn" }[
            random.Next(9)
        ];
}
