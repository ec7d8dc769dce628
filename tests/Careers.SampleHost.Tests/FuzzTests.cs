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
using Xunit.Abstractions;

namespace Careers.SampleHost.Tests;

/// <summary>
/// A fuzz test of the running host, generated from its own OpenAPI document: every operation, for every role (none,
/// a school, an analyst, an administrator), gets a bounded number of random and boundary inputs — path ids and query
/// values at the ends of their ranges and beyond (dates from year 1 to 9999 and negative years, huge and empty
/// strings, wrong types), bodies built from the operation's schema with hostile values, wrong JSON types, duplicate
/// and case-variant properties, malformed JSON, bodies over the limit sent with a length and chunked — over real
/// sockets on loopback. No answer may be a 5xx, hang, or carry a stack trace, and afterwards the area's endpoints
/// must still answer 200. Seeded, so a failure can be replayed; bounded, so it runs in the test command.
/// </summary>
public abstract class FuzzTests(HostFixture host, ITestOutputHelper output)
{
    private const int Seed = 16;

    // Per operation and role: random inputs, and one body each over the limit with and without a length.
    private const int InputsPerOperationAndRole = 10;

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
        var learners = await LearnersOf("sec-01", http, host.Key(ApiRole.School, "sec-01"));
        var random = new Random(Seed);
        var roles = new (string Name, string? Key)[]
        {
            ("none", null),
            ("school", host.Key(ApiRole.School, "sec-01")),
            ("analyst", host.Key(ApiRole.Analyst)),
            ("admin", host.Key(ApiRole.Admin)),
        };
        var sent = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var statuses = new SortedDictionary<int, int>();
        var failures = new List<string>();

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (!HttpMethods.Contains(method))
                {
                    continue;
                }

                var name = $"{method.ToUpperInvariant()} {path}";
                foreach (var (role, key) in roles)
                {
                    var requests = Enumerable
                        .Range(0, InputsPerOperationAndRole)
                        .Select(_ => Build(method, path, operation!, schemas, learners, random))
                        .Concat(LargeBodies(method, path, operation!, learners, random));
                    foreach (var request in requests)
                    {
                        if (key is not null)
                        {
                            request.Headers.TryAddWithoutValidation(
                                ApiKeyAuthenticationHandler.Header,
                                key
                            );
                        }

                        var what = $"{name} as {role}: {Describe(request)}";
                        var (status, problem) = await Send(http, request);
                        sent[name] = sent.GetValueOrDefault(name) + 1;
                        statuses[status] = statuses.GetValueOrDefault(status) + 1;
                        if (problem is not null)
                        {
                            failures.Add($"{what} -> {problem}");
                        }
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
                $"{host.Provider}: {sent.Values.Sum()} requests to {sent.Count} operations in {started.Elapsed.TotalSeconds:0} s, seed {Seed}"
            )
            .AppendJoin(
                Environment.NewLine,
                sent.Select(s =>
                    string.Create(CultureInfo.InvariantCulture, $"  {s.Value, 4}  {s.Key}")
                )
            )
            .AppendLine()
            .AppendLine(
                "Statuses: "
                    + string.Join(
                        ", ",
                        statuses.Select(s =>
                            string.Create(CultureInfo.InvariantCulture, $"{s.Key}: {s.Value}")
                        )
                    )
            )
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

    private static readonly HashSet<string> HttpMethods = new(StringComparer.Ordinal)
    {
        "get",
        "post",
        "put",
        "delete",
        "patch",
    };

    private static async Task<(int Status, string? Problem)> Send(
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
                return (status, $"{status}: {Cut(body)}");
            }

            // A stack trace or an exception's type in an answer tells an attacker how the host is built.
            if (
                body.Contains("   at ", StringComparison.Ordinal)
                || body.Contains(".cs:line", StringComparison.Ordinal)
                || body.Contains("Exception:", StringComparison.Ordinal)
            )
            {
                return (status, $"{status} with a stack trace: {Cut(body)}");
            }

            return (status, null);
        }
        catch (OperationCanceledException)
        {
            return (0, $"no answer within {PerRequest.TotalSeconds} s");
        }
        catch (HttpRequestException)
            when (request.Content is not null
                && (request.Content.Headers.ContentLength ?? long.MaxValue) > 1_000_000
            )
        {
            // The host may close the connection on a body over the limit before reading it all: that is a refusal.
            return (413, null);
        }
        finally
        {
            request.Dispose();
        }
    }

    private static HttpRequestMessage Build(
        string method,
        string path,
        JsonNode operation,
        JsonObject? schemas,
        IReadOnlyList<string> learners,
        Random random
    )
    {
        var url = Path(path, learners, random) + Query(operation, random);
        var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url);
        if (random.Next(4) == 0)
        {
            request.Headers.TryAddWithoutValidation(
                "If-Match",
                Pick(random, ["*", "\"1\"", "\"0\"", "W/\"1\"", "garbage", new string('"', 100)])
            );
        }

        if (random.Next(3) == 0)
        {
            request.Headers.TryAddWithoutValidation(
                ImportEndpoints.IdempotencyKeyHeader,
                Pick(random, [Guid.NewGuid().ToString(), "", "x", new string('k', 3000)])
            );
        }

        var content = operation["requestBody"]?["content"]?.AsObject();
        if (content is null || content.Count == 0)
        {
            return request;
        }

        var type = Pick(random, content.Select(c => c.Key).ToArray());
        var schema = Resolve(content[type]?["schema"], schemas);
        request.Content = random.Next(6) switch
        {
            0 => Text(
                Pick(random, ["", "{", "[]", "null", "123", "\"text\"", "{\"a\":", "\uFEFF{}"]),
                type
            ),
            1 => Bytes([0xC3, 0x28, 0xFF, 0xFE, 0x7B, 0x7D], type),
            2 => Text(Duplicated(Value(schema, schemas, learners, random, 0)), type),
            3 when type.Contains("csv", StringComparison.Ordinal) => Text(
                Csv(learners, random),
                type
            ),
            _ => type.Contains("json", StringComparison.Ordinal)
                ? Text(Value(schema, schemas, learners, random, 0)?.ToJsonString() ?? "null", type)
                : Text(Csv(learners, random), type),
        };
        if (random.Next(10) == 0)
        {
            request.Content.Headers.ContentType = null;
        }

        return request;
    }

    // A body of about 3 MB, sent with its length and chunked (no length), for each operation that takes a body.
    private static IEnumerable<HttpRequestMessage> LargeBodies(
        string method,
        string path,
        JsonNode operation,
        IReadOnlyList<string> learners,
        Random random
    )
    {
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
            var request = new HttpRequestMessage(
                new HttpMethod(method.ToUpperInvariant()),
                Path(path, learners, random)
            );
            request.Headers.TryAddWithoutValidation(
                ImportEndpoints.IdempotencyKeyHeader,
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

    private static string Path(string template, IReadOnlyList<string> learners, Random random)
    {
        var parts = template.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].StartsWith('{'))
            {
                var name = parts[i].Trim('{', '}');
                var good = name switch
                {
                    "id" when i > 0 && parts[i - 1] == "learners" => Pick(
                        random,
                        learners.ToArray()
                    ),
                    "id" => Pick(random, ["sec-01", "sec-02", "college-01", "pri-01"]),
                    _ => Guid.NewGuid().ToString("N"),
                };
                parts[i] = Uri.EscapeDataString(
                    random.Next(2) == 0
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
        IReadOnlyList<string> learners,
        Random random,
        int depth
    )
    {
        schema = Resolve(schema, schemas);
        if (depth > 4 || schema is null || random.Next(12) == 0)
        {
            return Leaf(null, random, learners);
        }

        var type = Type(schema);
        if (type == "object" || schema["properties"] is not null)
        {
            var result = new JsonObject();
            foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
            {
                if (random.Next(6) != 0)
                {
                    result[name] = Value(property, schemas, learners, random, depth + 1);
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
                items.Add(Value(schema["items"], schemas, learners, random, depth + 1));
            }

            return items;
        }

        return Leaf(type, random, learners);
    }

    private static JsonNode? Leaf(string? type, Random random, IReadOnlyList<string> learners) =>
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
                : random.Next(3) == 0 ? Pick(random, learners.ToArray())
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

    private static string Csv(IReadOnlyList<string> learners, Random random)
    {
        var csv = new StringBuilder(
            "learner_id,institution_id,year_group,activity_id,activity_date,activity_kind,evidence,employers\n"
        );
        var rows = random.Next(1, 6);
        for (var i = 0; i < rows; i++)
        {
            csv.Append(Pick(random, [.. learners, "", new string('L', 3000)]))
                .Append(",sec-01,")
                .Append(Pick(random, ["9", "Y9", "Year 14", "-1", ""]))
                .Append(',')
                .Append(
                    Pick(
                        random,
                        [$"fz-{random.Next()}", new string('a', 100_000), "", "\"q\"\"uote\""]
                    )
                )
                .Append(',')
                .Append(Pick(random, Dates))
                .Append(',')
                .Append(Pick(random, ["EmployerTalk", "ProviderEncounter", "Nope", ""]))
                .Append(',')
                .Append(Pick(random, ["LearningOutcomes|TwoWayInteraction", "Nope", ""]))
                .Append(',')
                .Append(Pick(random, Numbers))
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

    private static async Task<IReadOnlyList<string>> LearnersOf(
        string school,
        HttpClient http,
        string key
    )
    {
        using var request = new HttpRequestMessage(
            HttpMethod.Get,
            $"/institutions/{school}/learners?take=20"
        );
        request.Headers.Add(ApiKeyAuthenticationHandler.Header, key);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        return json
            .RootElement.GetProperty("items")
            .EnumerateArray()
            .Select(l => l.GetProperty("id").GetString()!)
            .ToArray();
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
