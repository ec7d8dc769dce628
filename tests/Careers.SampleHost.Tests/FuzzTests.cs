using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Careers.SampleHost.Api;
using Careers.SampleHost.Security;
using Careers.SampleHost.Synthetic;
using Xunit.Abstractions;

namespace Careers.SampleHost.Tests;

/// <summary>
/// A fuzz test of the running host, generated from its own OpenAPI document: every operation, for every role (none,
/// the caller the operation is for, another school, an analyst, an administrator), gets a bounded number of inputs,
/// most of them as the caller (the school the path names, an analyst, an administrator): valid bodies (a real
/// careers log, a real import, a funding scenario, a transfer, whose ids are then used by accept, decline and
/// cancel), valid bodies with one value made hostile or removed, path ids and query values at the ends of their
/// ranges and beyond (dates from year 1 to 9999 and negative years, huge and empty strings, wrong types), bodies
/// built from the operation's schema with hostile values, duplicate and case-variant properties, malformed JSON, and
/// bodies over the limit sent with a length and chunked — over real sockets on loopback. No answer may be a 5xx, hang,
/// or carry a stack trace, and afterwards the area's endpoints must still answer 200. Seeded, so a failure can be
/// replayed; bounded, so it runs in the test command.
/// </summary>
public abstract class FuzzTests(HostFixture host, ITestOutputHelper output)
{
    private const int Seed = 16;

    private static readonly TimeSpan PerRequest = TimeSpan.FromSeconds(30);

    private static readonly string[] Dates =
    [
        "0001-01-01",
        "1899-12-31",
        "1900-01-01",
        "1900-09-01",
        "1901-08-31",
        "2025-03-01",
        "2025-02-29",
        "9998-08-31",
        "9999-12-31",
        "-2025-01-01",
        "2025-13-01",
        "yesterday",
        "",
    ];

    private static readonly string[] Numbers =
    [
        "-3",
        "0",
        "1",
        "200",
        "abc",
        "2147483648",
        "-2147483649",
        "99999999999999999999",
        "1e3",
        "",
    ];

    private static readonly string[] Texts =
    [
        "",
        " ",
        "x",
        "2014",
        "2024",
        "2024/25",
        "../../etc/passwd",
        "<script>alert(1)</script>",
        "Ω≈ç√∫",
        "\u0001\u0002",
        "null",
        new string('x', 5000),
    ];

    [Fact]
    public async Task EveryOperation_EveryRole_NoServerErrorNoHangNoStackTrace()
    {
        var started = Stopwatch.StartNew();
        using var http = new HttpClient
        {
            BaseAddress = new Uri(host.Address),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var document = JsonNode.Parse(await http.GetStringAsync("/openapi/v1.json"))!;
        var schemas = document["components"]?["schemas"]?.AsObject();
        var known = await Known.LoadAsync(http, host);
        var random = new Random(Seed);
        var sent = new SortedDictionary<string, SortedDictionary<int, int>>(StringComparer.Ordinal);
        var statuses = new SortedDictionary<int, int>();
        var failures = new List<string>();
        var examples = new SortedDictionary<string, string>(StringComparer.Ordinal);

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (!HttpMethods.Contains(method))
                {
                    continue;
                }

                var name = $"{method.ToUpperInvariant()} {path}";
                foreach (var (role, inputs) in Roles)
                {
                    var requests = Enumerable
                        .Range(0, inputs)
                        .Select(_ => Build(name, operation!, schemas, known, random))
                        .Concat(LargeBodies(name, operation!, known, random));
                    foreach (var request in requests)
                    {
                        if (KeyFor(role, request.RequestUri!) is { } key)
                        {
                            request.Headers.TryAddWithoutValidation(
                                ApiKeyAuthenticationHandler.Header,
                                key
                            );
                        }

                        var what = $"{name} as {role}: {Describe(request)}";
                        var (status, body, problem) = await Send(http, request);
                        var counts = sent.TryGetValue(name, out var c)
                            ? c
                            : sent[name] = new SortedDictionary<int, int>();
                        counts[status] = counts.GetValueOrDefault(status) + 1;
                        statuses[status] = statuses.GetValueOrDefault(status) + 1;
                        if (problem is not null)
                        {
                            failures.Add($"{what} -> {problem}");
                        }

                        known.Learn(name, status, body);
                        examples.TryAdd($"{name} -> {status}", $"{what}: {Cut(body, 300)}");
                    }
                }
            }
        }

        // One school's worst cannot break the area: every area endpoint still answers.
        foreach (var url in new[] { "/area/gatsby", "/area/kpi", "/area/entitlement", "/" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add(ApiKeyAuthenticationHandler.Header, host.Key(ApiRole.Analyst));
            using var response = await http.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add(
                    $"after the fuzz, GET {url} answered {(int)response.StatusCode}: {Cut(await response.Content.ReadAsStringAsync())}"
                );
            }
        }

        var report = new StringBuilder()
            .AppendLine(
                CultureInfo.InvariantCulture,
                $"{host.Provider}: {sent.Values.Sum(c => c.Values.Sum())} requests to {sent.Count} operations in {started.Elapsed.TotalSeconds:0} s, seed {Seed}; {known.Learners.Count} learners, {known.Logs} with a careers log; {known.Transfers.Count} transfers made on the way"
            )
            .AppendJoin(
                Environment.NewLine,
                sent.Select(s =>
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"  {s.Value.Values.Sum(), 4}  {s.Key}  ({Statuses(s.Value)})"
                    )
                )
            )
            .AppendLine()
            .AppendLine("Statuses: " + Statuses(statuses))
            .AppendLine("The first answer of each operation and status:")
            .AppendJoin(Environment.NewLine, examples.Values)
            .AppendLine()
            .ToString();
        output.WriteLine(report);
        await File.WriteAllTextAsync(
            System.IO.Path.Combine(
                System.IO.Path.GetTempPath(),
                $"careers-fuzz-{host.Provider}.txt"
            ),
            report + string.Join(Environment.NewLine, failures)
        );
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(40)));
    }

    // A school acts with the key of the institution the path names (or of the learner's school), so that most
    // requests get past access control and reach validation; the other school is the one that must be refused.
    // Most inputs go to the role that may call the operation; each other role gets enough to show it is refused.
    private static readonly (string Name, int Inputs)[] Roles =
    [
        ("none", 6),
        ("caller", 40),
        ("other school", 8),
        ("analyst", 8),
        ("admin", 8),
    ];

    private string? KeyFor(string role, Uri url)
    {
        switch (role)
        {
            case "none":
                return null;
            case "analyst":
                return host.Key(ApiRole.Analyst);
            case "admin":
                return host.Key(ApiRole.Admin);
        }

        var parts = url.OriginalString.Split('?')[0].Split('/');
        if (role == "caller")
        {
            // Who the operation is for: an analyst for the area's figures and funding, an administrator for keys,
            // otherwise the school the path names.
            switch (parts)
            {
                case [_, "area" or "funding", ..]:
                    return host.Key(ApiRole.Analyst);
                case [_, "admin", ..]:
                    return host.Key(ApiRole.Admin);
            }
        }

        var owner = parts switch
        {
            [_, "institutions", var id, ..] => Uri.UnescapeDataString(id),
            [_, "learners", var id, ..] => host.SchoolOfOrNull(Uri.UnescapeDataString(id)),
            _ => null,
        };
        owner = host.KeyOrNull(ApiRole.School, owner) is null ? "sec-01" : owner!;
        var school =
            role == "caller" ? owner
            : owner == "sec-02" ? "sec-01"
            : "sec-02";
        return host.Key(ApiRole.School, school);
    }

    private static string Statuses(IEnumerable<KeyValuePair<int, int>> counts) =>
        string.Join(
            ", ",
            counts.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key}: {s.Value}"))
        );

    private static readonly HashSet<string> HttpMethods = new(StringComparer.Ordinal)
    {
        "get",
        "post",
        "put",
        "delete",
        "patch",
    };

    private static async Task<(int Status, string Body, string? Problem)> Send(
        HttpClient http,
        HttpRequestMessage request
    )
    {
        using var timeout = new CancellationTokenSource(PerRequest);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                return (status, body, $"{status}: {Cut(body)}");
            }

            // A stack trace or an exception's type in an answer tells an attacker how the host is built.
            if (
                body.Contains("   at ", StringComparison.Ordinal)
                || body.Contains(".cs:line", StringComparison.Ordinal)
                || body.Contains("Exception:", StringComparison.Ordinal)
            )
            {
                return (status, body, $"{status} with a stack trace: {Cut(body)}");
            }

            return (status, body, null);
        }
        catch (OperationCanceledException)
        {
            return (0, "", $"no answer within {PerRequest.TotalSeconds} s");
        }
        catch (HttpRequestException)
            when (request.Content is not null
                && (request.Content.Headers.ContentLength ?? long.MaxValue) > 1_000_000
            )
        {
            // The host may close the connection on a body over the limit before reading it all: that is a refusal.
            return (413, "", null);
        }
        finally
        {
            request.Dispose();
        }
    }

    private static HttpRequestMessage Build(
        string name,
        JsonNode operation,
        JsonObject? schemas,
        Known known,
        Random random
    )
    {
        var (method, path) = (name.Split(' ')[0], name.Split(' ')[1]);
        var url = Path(path, known, random) + Query(operation, random);
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (random.Next(4) == 0)
        {
            request.Headers.TryAddWithoutValidation(
                "If-Match",
                known.ETagFor(url) is { } etag && random.Next(2) == 0
                    ? etag
                    : Pick(
                        random,
                        ["*", "\"1\"", "\"0\"", "W/\"1\"", "garbage", new string('"', 100)]
                    )
            );
        }

        // The import needs an Idempotency-Key: mostly a good one, sometimes a bad one or none.
        var idempotency = random.Next(6);
        if (
            idempotency == 0
            || (idempotency > 1 && path.EndsWith("/import", StringComparison.Ordinal))
        )
        {
            request.Headers.TryAddWithoutValidation(
                IdempotentImport.KeyHeader,
                idempotency == 0
                    ? Pick(random, ["", "x", new string('k', 3000), "a b\t"])
                    : Guid.NewGuid().ToString()
            );
        }

        var content = operation["requestBody"]?["content"]?.AsObject();
        if (content is null || content.Count == 0)
        {
            return request;
        }

        var type = Pick(random, content.Select(c => c.Key).ToArray());
        var schema = Resolve(content[type]?["schema"], schemas);
        var csv = type.Contains("csv", StringComparison.Ordinal);
        // Most bodies are valid, or valid but for one value, so that they reach the rules behind the parser.
        var exemplar = csv
            ? Csv(known, url, random, valid: true)
            : known.Exemplar(name, url, random);
        request.Content = random.Next(10) switch
        {
            0 or 1 or 2 when exemplar is not null => Text(exemplar, type),
            3 or 4 or 5 when exemplar is not null => Text(
                csv ? Csv(known, url, random, valid: false) : Mutate(exemplar, known, random),
                type
            ),
            6 => Text(
                Pick(random, ["", "{", "[]", "null", "123", "\"text\"", "{\"a\":", "\uFEFF{}"]),
                type
            ),
            7 => Bytes([0xC3, 0x28, 0xFF, 0xFE, 0x7B, 0x7D], type),
            8 => Text(
                Duplicated(
                    exemplar is not null && !csv
                        ? JsonNode.Parse(exemplar)
                        : Value(schema, schemas, known, random, 0)
                ),
                type
            ),
            _ => csv
                ? Text(Csv(known, url, random, valid: false), type)
                : Text(Value(schema, schemas, known, random, 0)?.ToJsonString() ?? "null", type),
        };
        if (random.Next(10) == 0)
        {
            request.Content.Headers.ContentType = null;
        }

        return request;
    }

    // A valid JSON body with one value replaced by a hostile one, or removed, or an unknown property added.
    private static string Mutate(string json, Known known, Random random)
    {
        var root = JsonNode.Parse(json)!;
        var spots = new List<(JsonNode Parent, string? Name, int Index)>();
        Walk(root);
        if (spots.Count == 0 || random.Next(8) == 0)
        {
            if (root is JsonObject extra)
            {
                extra["unexpected" + random.Next(3)] = Leaf(null, random, known);
            }

            return root.ToJsonString();
        }

        var (parent, name, index) = Pick(random, spots.ToArray());
        var remove = random.Next(4) == 0;
        switch (parent)
        {
            case JsonObject o when remove:
                o.Remove(name!);
                break;
            case JsonObject o:
                o[name!] = Leaf(
                    Pick(random, new string?[] { null, "string", "integer", "boolean" }),
                    random,
                    known
                );
                break;
            case JsonArray a when remove:
                a.RemoveAt(index);
                break;
            case JsonArray a:
                a[index] = Leaf(null, random, known);
                break;
        }

        return root.ToJsonString();

        void Walk(JsonNode node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, child) in o.ToArray())
                    {
                        spots.Add((o, key, -1));
                        if (child is not null)
                        {
                            Walk(child);
                        }
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        spots.Add((a, null, i));
                        if (a[i] is { } child)
                        {
                            Walk(child);
                        }
                    }

                    break;
            }
        }
    }

    // A body of about 3 MB, sent with its length and chunked (no length), for each operation that takes a body.
    private static IEnumerable<HttpRequestMessage> LargeBodies(
        string name,
        JsonNode operation,
        Known known,
        Random random
    )
    {
        var (method, path) = (name.Split(' ')[0], name.Split(' ')[1]);
        var content = operation["requestBody"]?["content"]?.AsObject();
        if (content is null || content.Count == 0)
        {
            yield break;
        }

        var type = content.First().Key;
        var text = type.Contains("csv", StringComparison.Ordinal)
            ? "learner_id" + new string(',', 3_000_000)
            : "{\"padding\":\"" + new string('x', 3_000_000) + "\"}";
        foreach (var chunked in new[] { false, true })
        {
            var request = new HttpRequestMessage(new HttpMethod(method), Path(path, known, random));
            request.Headers.TryAddWithoutValidation(
                IdempotentImport.KeyHeader,
                Guid.NewGuid().ToString()
            );
            var bytes = Encoding.UTF8.GetBytes(text);
            request.Content = chunked
                ? new StreamContent(new UnknownLengthStream(bytes))
                : new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(
                type
            );
            if (chunked)
            {
                request.Headers.TransferEncodingChunked = true;
            }

            yield return request;
        }
    }

    private static string Path(string template, Known known, Random random)
    {
        var parts = template.Split('/');
        // A transfer the fuzz made itself, with the school that may act on it, or a made-up one.
        var transfer =
            template.Contains("{transferId}", StringComparison.Ordinal)
            && known.Transfers.Count > 0
            && random.Next(4) != 0
                ? Pick(random, known.Transfers.ToArray())
                : null;
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].StartsWith('{'))
            {
                var name = parts[i].Trim('{', '}');
                var good = name switch
                {
                    "id" when i > 0 && parts[i - 1] == "api-keys" && known.Keys.Count > 0 => Pick(
                        random,
                        known.Keys.ToArray()
                    ),
                    "id" when i > 0 && parts[i - 1] == "learners" => Pick(
                        random,
                        known.Learners.Select(l => l.Id).ToArray()
                    ),
                    "id" when transfer is not null => template.EndsWith(
                        "/cancel",
                        StringComparison.Ordinal
                    )
                        ? transfer.From
                        : transfer.To,
                    "id" => Pick(
                        random,
                        ["sec-01", "sec-01", "sec-01", "sec-02", "college-01", "pri-01"]
                    ),
                    "transferId" when transfer is not null => transfer.Id,
                    _ => Guid.NewGuid().ToString("N"),
                };
                parts[i] = Uri.EscapeDataString(
                    random.Next(4) != 0
                        ? good
                        : Pick(
                            random,
                            [
                                .. Texts.Where(t => t.Length > 0),
                                .. Dates.Where(d => d.Length > 0),
                                "-1",
                            ]
                        )
                );
            }
        }

        return string.Join('/', parts);
    }

    private static string Query(JsonNode operation, Random random)
    {
        var parameters = operation["parameters"]?.AsArray();
        if (parameters is null)
        {
            return "";
        }

        var pairs = new List<string>();
        foreach (var parameter in parameters)
        {
            if ((string?)parameter?["in"] != "query" || random.Next(3) == 0)
            {
                continue;
            }

            var name = (string)parameter!["name"]!;
            var type = (string?)parameter["schema"]?["type"] ?? "string";
            var value =
                random.Next(5) == 0 ? Pick(random, Texts)
                : name.Contains("asAt", StringComparison.OrdinalIgnoreCase)
                || name.Contains("date", StringComparison.OrdinalIgnoreCase)
                    ? Pick(random, Dates)
                : type is "integer" or "number" ? Pick(random, Numbers)
                : Pick(random, [.. Texts, .. Dates, .. Numbers]);
            pairs.Add($"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}");
            if (random.Next(8) == 0)
            {
                // The same parameter twice.
                pairs.Add(
                    $"{Uri.EscapeDataString(name)}={Uri.EscapeDataString(Pick(random, Numbers))}"
                );
            }
        }

        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }

    // A JSON value for a schema: mostly of the right shape, with hostile leaves; sometimes the wrong type altogether.
    private static JsonNode? Value(
        JsonNode? schema,
        JsonObject? schemas,
        Known known,
        Random random,
        int depth
    )
    {
        schema = Resolve(schema, schemas);
        if (depth > 4 || schema is null || random.Next(12) == 0)
        {
            return Leaf(null, random, known);
        }

        var type = Type(schema);
        if (type == "object" || schema["properties"] is not null)
        {
            var result = new JsonObject();
            foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
            {
                if (random.Next(6) != 0)
                {
                    result[name] = Value(property, schemas, known, random, depth + 1);
                }
            }

            return result;
        }

        if (type == "array")
        {
            var items = new JsonArray();
            var count = random.Next(4) == 0 ? random.Next(0, 300) : random.Next(0, 4);
            for (var i = 0; i < count; i++)
            {
                items.Add(Value(schema["items"], schemas, known, random, depth + 1));
            }

            return items;
        }

        return Leaf(type, random, known);
    }

    private static JsonNode? Leaf(string? type, Random random, Known known) =>
        (random.Next(5) == 0 ? null : type) switch
        {
            "integer" or "number" => random.Next(3) == 0
                ? JsonValue.Create(Pick(random, Numbers))
                : JsonValue.Create(
                    Pick(
                        random,
                        new long[] { -3, 0, 1, 2, 1_000, int.MaxValue, long.MaxValue, -1_000_000 }
                    )
                ),
            "boolean" => JsonValue.Create(random.Next(2) == 0),
            "string" => JsonValue.Create(
                random.Next(3) == 0 ? Pick(random, Dates)
                : random.Next(3) == 0 ? Pick(random, known.Learners.Select(l => l.Id).ToArray())
                : Pick(random, Texts)
            ),
            _ => random.Next(6) switch
            {
                0 => null,
                1 => JsonValue.Create(Pick(random, Dates)),
                2 => JsonValue.Create(Pick(random, Texts)),
                3 => new JsonArray(),
                4 => new JsonObject(),
                _ => JsonValue.Create(Pick(random, new long[] { -1, 0, long.MaxValue })),
            },
        };

    // The object with its first property written twice, once in another case and once as is, with other values.
    private static string Duplicated(JsonNode? node)
    {
        if (node is not JsonObject obj || obj.Count == 0)
        {
            return "{\"a\":1,\"a\":2,\"A\":3}";
        }

        var (name, value) = obj.First();
        var text = obj.ToJsonString();
        var extra =
            $"\"{name}\":{value?.ToJsonString() ?? "null"},\"{name.ToUpperInvariant()}\":2,\"{name}\":\"again\",";
        return "{" + extra + text[1..];
    }

    // Rows of the learners of the institution the URL names: valid ones, or with hostile values in some fields.
    private static string Csv(Known known, string url, Random random, bool valid)
    {
        var school = Known.InstitutionOf(url);
        var csv = new StringBuilder(
            "learner_id,institution_id,year_group,activity_id,activity_date,activity_kind,evidence,employers\n"
        );
        var rows = random.Next(1, 6);
        var activity = $"fz-{random.Next()}";
        for (var i = 0; i < rows; i++)
        {
            var learner = Pick(random, known.OnRollAt(school).ToArray());
            var bad = !valid && random.Next(2) == 0;
            csv.Append(bad ? Pick(random, [learner.Id, "", new string('L', 3000)]) : learner.Id)
                .Append(',')
                .Append(learner.InstitutionId)
                .Append(',')
                .Append(
                    bad
                        ? Pick(random, ["Y9", "Year 14", "-1", ""])
                        : learner.YearGroup.ToString(CultureInfo.InvariantCulture)
                )
                .Append(',')
                .Append(
                    bad
                        ? Pick(random, [activity, new string('a', 100_000), "", "\"q\"\"uote\""])
                        : activity
                )
                .Append(',')
                .Append(bad ? Pick(random, Dates) : "2025-01-14")
                .Append(',')
                .Append(bad ? Pick(random, ["ProviderEncounter", "Nope", ""]) : "EmployerTalk")
                .Append(',')
                .Append(bad ? Pick(random, ["Nope", ""]) : "LearningOutcomes|TwoWayInteraction")
                .Append(',')
                .Append(bad ? Pick(random, Numbers) : "2")
                .Append('\n');
        }

        return csv.ToString();
    }

    private static JsonNode? Resolve(JsonNode? schema, JsonObject? schemas)
    {
        for (var i = 0; i < 8 && schema?["$ref"] is { } reference; i++)
        {
            schema = schemas?[((string)reference!).Split('/').Last()];
        }

        return schema;
    }

    private static string? Type(JsonNode schema) =>
        schema["type"] switch
        {
            JsonValue v => (string?)v,
            JsonArray a => a.Select(t => (string?)t).FirstOrDefault(t => t != "null"),
            _ => null,
        };

    /// <summary>
    /// What the fuzz knows of the area: sec-01's learners, their careers logs and ETags, the transfers it has made;
    /// and a valid body for each operation that takes one.
    /// </summary>
    private sealed record Transfer(string Id, string From, string To);

    private sealed record KnownLearner(string Id, string InstitutionId, int YearGroup);

    private sealed class Known
    {
        private const string Scenario = """
            {"potPence": 10000000, "formula": {"id": "fuzz.fund", "version": "1", "name": "Fuzz",
              "factors": [
                {"kind": "perPupil", "phase": "KeyStage3", "ratePence": 1000, "group": "basic"},
                {"kind": "perEligiblePupil", "characteristic": "Disadvantaged", "ratePence": 3000, "group": "deprivation"},
                {"kind": "perGap", "gap": "LearnersBelowEntitlement", "ratePence": 2000},
                {"kind": "lumpSum", "ratePence": 100000}],
              "targetShares": {"deprivation": 0.4}, "floorPence": 50000}}
            """;

        private readonly Dictionary<string, (string Log, string? ETag)> logs = new(
            StringComparer.Ordinal
        );

        public required IReadOnlyList<KnownLearner> Learners { get; init; }

        public List<Transfer> Transfers { get; } = [];

        /// <summary>The ids of the API keys the fuzz has made (never the fixture's own, which it must keep).</summary>
        public List<string> Keys { get; } = [];

        /// <summary>How many of the learners have a careers log.</summary>
        public int Logs => Learners.Count(l => logs.ContainsKey(l.Id));

        public static async Task<Known> LoadAsync(HttpClient http, HostFixture host)
        {
            // The fixture's area as generated: learners with a careers log (the year 5–7s who have one), mostly in
            // secondary schools so that transfers between them reach their rules, and some of sec-01 without one.
            var area = SyntheticAreaGenerator.Generate(HostFixture.Synthetic);
            var year = AcademicYear.ForDate(HostFixture.Synthetic.ReferenceDate);
            var withLog = area
                .CareersLogs.Select(l => l.LearnerId)
                .ToHashSet(StringComparer.Ordinal);
            var known = new Known
            {
                Learners =
                [
                    .. area
                        .Learners.Where(l => withLog.Contains(l.Id))
                        .OrderBy(l =>
                            l.InstitutionId!.StartsWith("sec-", StringComparison.Ordinal) ? 0 : 1
                        )
                        .ThenBy(l => l.Id, StringComparer.Ordinal)
                        .Take(30)
                        .Select(l => new KnownLearner(
                            l.Id,
                            l.InstitutionId!,
                            l.YearGroupIn(year)!.Value.Number
                        )),
                    .. area
                        .Learners.Where(l => l.InstitutionId == "sec-01" && !withLog.Contains(l.Id))
                        .Take(6)
                        .Select(l => new KnownLearner(
                            l.Id,
                            l.InstitutionId!,
                            l.YearGroupIn(year)!.Value.Number
                        )),
                ],
            };
            foreach (var learner in known.Learners.Where(l => withLog.Contains(l.Id)))
            {
                using var get = new HttpRequestMessage(
                    HttpMethod.Get,
                    $"/learners/{Uri.EscapeDataString(learner.Id)}/careers-log"
                );
                get.Headers.Add(
                    ApiKeyAuthenticationHandler.Header,
                    host.Key(ApiRole.School, learner.InstitutionId)
                );
                using var log = await http.SendAsync(get);
                log.EnsureSuccessStatusCode();
                known.logs[learner.Id] = (
                    await log.Content.ReadAsStringAsync(),
                    log.Headers.ETag?.ToString()
                );
            }

            return known;
        }

        /// <summary>The ETag the fuzz last saw for the careers log a URL names, if any.</summary>
        public string? ETagFor(string url) =>
            LearnerOf(url) is { } id && logs.TryGetValue(id, out var log) ? log.ETag : null;

        /// <summary>Takes note of what an answer made: a transfer's id and schools, an API key's id.</summary>
        public void Learn(string operation, int status, string body)
        {
            if (operation == "POST /admin/api-keys" && status == (int)HttpStatusCode.Created)
            {
                using var created = JsonDocument.Parse(body);
                Keys.Add(created.RootElement.GetProperty("key").GetProperty("id").GetString()!);
            }

            if (
                operation == "POST /learners/{id}/careers-log/transfer"
                && status == (int)HttpStatusCode.Accepted
            )
            {
                using var json = JsonDocument.Parse(body);
                var root = json.RootElement;
                Transfers.Add(
                    new Transfer(
                        root.GetProperty("id").GetString()!,
                        root.GetProperty("from").GetString()!,
                        root.GetProperty("to").GetString()!
                    )
                );
            }
        }

        /// <summary>A valid body for an operation, or null for one the fuzz has none for.</summary>
        public string? Exemplar(string operation, string url, Random random)
        {
            var learner = Pick(random, Learners.ToArray());
            switch (operation)
            {
                case "POST /admin/api-keys":
                    var role = Pick(random, ["School", "Analyst", "Admin"]);
                    return new JsonObject
                    {
                        ["name"] = $"fuzz-{random.Next()}",
                        ["role"] = role,
                        ["institutionId"] = role == "School" ? "sec-01" : null,
                    }.ToJsonString();
                case "POST /funding/scenarios":
                    return Scenario;
                case "POST /funding/scenarios/compare":
                    return $"{{\"before\": {Scenario}, \"after\": {Scenario}}}";
                case "POST /institutions/{id}/activities/import":
                    var activity = $"fz-{random.Next()}";
                    var rows = new JsonArray();
                    foreach (
                        var (id, _, yearGroup) in OnRollAt(InstitutionOf(url))
                            .OrderBy(_ => random.Next())
                            .Take(random.Next(1, 4))
                    )
                    {
                        rows.Add(
                            new JsonObject
                            {
                                ["learnerId"] = id,
                                ["yearGroup"] = yearGroup,
                                ["activityId"] = activity,
                                ["activityDate"] = "2025-01-14",
                                ["activityKind"] = "EmployerTalk",
                                ["evidence"] = new JsonArray(
                                    "LearningOutcomes",
                                    "TwoWayInteraction"
                                ),
                                ["employers"] = 2,
                            }
                        );
                    }

                    return rows.ToJsonString();
                case "POST /learners/{id}/careers-log/transfer":
                    return new JsonObject
                    {
                        ["institutionId"] = Pick(
                            random,
                            ["sec-02", "sec-03", "college-01", "pri-01"]
                        ),
                        ["date"] = Pick(random, ["2025-02-01", "2025-03-01", "2024-09-05"]),
                    }.ToJsonString();
                case "POST /institutions/{id}/transfers/{transferId}/accept":
                    return "{}";
                case "PUT /learners/{id}/careers-log":
                    return (
                        LearnerOf(url) is { } own && logs.TryGetValue(own, out var mine)
                            ? mine
                            : logs.GetValueOrDefault(learner.Id)
                    ).Log;
                default:
                    return null;
            }
        }

        /// <summary>The known learners on roll at an institution, or all of them when it has none.</summary>
        public IEnumerable<KnownLearner> OnRollAt(string? institutionId) =>
            Learners.Any(l => l.InstitutionId == institutionId)
                ? Learners.Where(l => l.InstitutionId == institutionId)
                : Learners;

        /// <summary>The institution a <c>/institutions/{id}/…</c> URL names.</summary>
        public static string? InstitutionOf(string url) =>
            url.Split('?')[0].Split('/') is [_, "institutions", var id, ..]
                ? Uri.UnescapeDataString(id)
                : null;

        private static string? LearnerOf(string url) =>
            url.Split('?')[0].Split('/') is [_, "learners", var id, ..]
                ? Uri.UnescapeDataString(id)
                : null;
    }

    private static StringContent Text(string text, string type)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
        return content;
    }

    private static ByteArrayContent Bytes(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
        return content;
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static string Describe(HttpRequestMessage request) =>
        Cut(
            $"{request.Method} {request.RequestUri} body {(request.Content is null ? "none" : request.Content.Headers.ContentLength?.ToString(CultureInfo.InvariantCulture) ?? "chunked")}",
            300
        );

    private static string Cut(string text, int length = 400) =>
        text.Length <= length ? text : text[..length] + "…";

    // A stream that does not say how long it is, so HttpClient sends it chunked.
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}

/// <summary>The fuzz test on SQLite, over real sockets.</summary>
public sealed class SqliteFuzzTests(SqliteKestrelHost host, ITestOutputHelper output)
    : FuzzTests(host, output),
        IClassFixture<SqliteKestrelHost>;

/// <summary>The fuzz test on PostgreSQL, over real sockets.</summary>
public sealed class PostgreSqlFuzzTests(PostgreSqlKestrelHost host, ITestOutputHelper output)
    : FuzzTests(host, output),
        IClassFixture<PostgreSqlKestrelHost>;
