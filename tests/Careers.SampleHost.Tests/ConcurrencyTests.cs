using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Careers.SampleHost.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Careers.SampleHost.Tests;

/// <summary>The host on Kestrel, on a loopback port, over SQLite.</summary>
public sealed class SqliteKestrelHost : SqliteHost
{
    protected override bool OnKestrel => true;
}

/// <summary>The host on Kestrel, on a loopback port, over PostgreSQL.</summary>
public sealed class PostgreSqlKestrelHost : PostgreSqlHost
{
    protected override bool OnKestrel => true;
}

/// <summary>
/// Hundreds of concurrent mixed requests over real sockets: readers of every kind, and writers who each add one entry
/// to a shared careers log by read, change, write with If-Match, retrying on 412. No request may fail with a 5xx, and
/// every log must end with every writer's entry exactly once: no lost update, no duplicate.
/// </summary>
public abstract class ConcurrencyTests(HostFixture host)
{
    private const int Learners = 8;
    private const int WritersPerLearner = 12;
    private const int Readers = 240;
    private const int InFlight = 64;

    [Fact]
    public async Task MixedLoad_NoServerErrors_NoLostOrDuplicatedWrites()
    {
        // Real sockets on loopback, not the in-memory test server.
        var addresses = host
            .Factory.Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses;
        Assert.NotEmpty(addresses);
        Assert.All(
            addresses,
            a => Assert.Matches(@"^http://(127\.0\.0\.1|localhost|\[::1\]):\d+$", a)
        );
        var statuses = new ConcurrentBag<(string What, HttpStatusCode Status)>();
        var gate = new SemaphoreSlim(InFlight);
        var learners = await PickLearnersAsync();

        async Task<HttpResponseMessage> Send(
            HttpClient client,
            HttpRequestMessage request,
            string what
        )
        {
            await gate.WaitAsync();
            try
            {
                var response = await client.SendAsync(request);
                statuses.Add((what, response.StatusCode));
                return response;
            }
            finally
            {
                gate.Release();
            }
        }

        async Task Write(string learner, JsonObject identity, string entryId)
        {
            var client = host.ClientForLearner(learner);
            var url = $"/learners/{learner}/careers-log";
            for (var attempt = 0; attempt < 200; attempt++)
            {
                using var get = await Send(
                    client,
                    new HttpRequestMessage(HttpMethod.Get, url),
                    "log GET"
                );
                var put = new HttpRequestMessage(HttpMethod.Put, url);
                JsonObject document;
                if (get.StatusCode == HttpStatusCode.NotFound)
                {
                    document = NewLog(identity);
                }
                else
                {
                    Assert.Equal(HttpStatusCode.OK, get.StatusCode);
                    document = JsonNode.Parse(await get.Content.ReadAsStringAsync())!.AsObject();
                    put.Headers.IfMatch.Add(get.Headers.ETag!);
                }

                document["entries"]!.AsArray().Add(Entry(entryId));
                put.Content = new StringContent(
                    document.ToJsonString(),
                    Encoding.UTF8,
                    "application/json"
                );
                using var response = await Send(client, put, "log PUT");
                if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.NoContent)
                {
                    return;
                }

                // 412: another writer changed the log first; 428: another writer created it first (this writer saw
                // none, so sent no If-Match). Either way nothing was written: read again and retry.
                Assert.True(
                    response.StatusCode
                        is HttpStatusCode.PreconditionFailed
                            or HttpStatusCode.PreconditionRequired,
                    $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}"
                );
            }

            Assert.Fail($"Writer {entryId} never got its write in.");
        }

        async Task Read(int i)
        {
            var (learner, _) = learners[i % learners.Count];
            var school = host.SchoolOf(learner);
            var (client, url) = (i % 6) switch
            {
                0 => (host.Client(ApiRole.Analyst), "/area/entitlement"),
                1 => (host.Client(ApiRole.School, school), $"/institutions/{school}/entitlement"),
                2 => (host.ClientForLearner(learner), $"/learners/{learner}/entitlement"),
                3 => (host.ClientForLearner(learner), $"/learners/{learner}"),
                4 => (host.Client(ApiRole.Analyst), $"/institutions/{school}/gatsby"),
                _ => (
                    host.Client(ApiRole.School, school),
                    $"/institutions/{school}/learners?take=50"
                ),
            };
            using var response = await Send(
                client,
                new HttpRequestMessage(HttpMethod.Get, url),
                url
            );
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var work = new List<Task>();
        for (var w = 0; w < WritersPerLearner; w++)
        {
            var writer = w;
            foreach (var (learner, identity) in learners)
            {
                work.Add(Task.Run(() => Write(learner, identity, $"w-{learner}-{writer:D2}")));
            }
        }

        work.AddRange(Enumerable.Range(0, Readers).Select(i => Task.Run(() => Read(i))));
        await Task.WhenAll(work);

        Assert.True(
            statuses.Count >= Readers + Learners * WritersPerLearner * 2,
            $"{statuses.Count} requests"
        );
        Assert.DoesNotContain(statuses, s => (int)s.Status >= 500);
        foreach (var (learner, _) in learners)
        {
            using var response = await host.ClientForLearner(learner)
                .GetAsync($"/learners/{learner}/careers-log");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var ids = json
                .RootElement.GetProperty("entries")
                .EnumerateArray()
                .Select(e => e.GetProperty("id").GetString()!)
                .Order(StringComparer.Ordinal)
                .ToArray();
            var expected = Enumerable
                .Range(0, WritersPerLearner)
                .Select(w => $"w-{learner}-{w:D2}")
                .Order(StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(expected, ids);
            // Every successful write made one version: the ETag counts them.
            Assert.Equal($"\"{WritersPerLearner}\"", response.Headers.ETag?.Tag);
        }
    }

    [Fact]
    public async Task Kestrel_BodyOverTheLimit_Is413BeforeAnyHandlerReadsIt()
    {
        var body = new StringContent(
            "{\"name\":\"" + new string('x', 2 * 1024 * 1024) + "\"}",
            Encoding.UTF8,
            "application/json"
        );
        using var response = await host.Client(ApiRole.Admin).PostAsync("/admin/api-keys", body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private async Task<List<(string Learner, JsonObject Identity)>> PickLearnersAsync()
    {
        // Learners with a UPN and no careers log yet in two schools, so that the log's identity can be the learner's own.
        var picked = new List<(string, JsonObject)>();
        foreach (var school in new[] { "sec-01", "sec-02" })
        {
            using var page = JsonDocument.Parse(
                await host.Client(ApiRole.School, school)
                    .GetStringAsync($"/institutions/{school}/learners?take=200")
            );
            foreach (var learner in page.RootElement.GetProperty("items").EnumerateArray())
            {
                if (
                    picked.Count(p => p.Item1.StartsWith(school, StringComparison.Ordinal))
                        >= Learners / 2
                    || learner.GetProperty("upn").ValueKind != JsonValueKind.String
                    || learner.GetProperty("yearGroup").GetInt32() < 7
                )
                {
                    continue;
                }

                // Only learners without a seeded log, so that every entry at the end is one of the writers'.
                var id = learner.GetProperty("id").GetString()!;
                using (
                    var existing = await host.Client(ApiRole.School, school)
                        .GetAsync($"/learners/{id}/careers-log")
                )
                {
                    if (existing.StatusCode != HttpStatusCode.NotFound)
                    {
                        continue;
                    }
                }

                var identity = new JsonObject
                {
                    ["upn"] = learner.GetProperty("upn").GetString(),
                    ["dateOfBirth"] = learner.GetProperty("dateOfBirth").GetString(),
                };
                picked.Add((school + ":" + learner.GetProperty("id").GetString(), identity));
            }
        }

        Assert.Equal(Learners, picked.Count);
        return picked.Select(p => (p.Item1.Split(':')[1], p.Item2)).ToList();
    }

    private static JsonObject NewLog(JsonObject identity) =>
        new()
        {
            ["schemaVersion"] = 2,
            ["learner"] = identity.DeepClone(),
            ["schools"] = new JsonArray(
                new JsonObject
                {
                    ["urn"] = "999001",
                    ["name"] = "A synthetic school",
                    ["from"] = "2021-09-01",
                }
            ),
            ["entries"] = new JsonArray(),
        };

    private static JsonObject Entry(string id) =>
        new()
        {
            ["id"] = id,
            ["type"] = "aspiration",
            ["date"] = "2025-01-10",
            ["yearGroup"] = 9,
            ["author"] = new JsonObject { ["role"] = "learner" },
            ["jobsHopedFor"] = new JsonArray("engineer"),
        };
}

/// <summary>The load on SQLite.</summary>
public sealed class SqliteConcurrencyTests(SqliteKestrelHost host)
    : ConcurrencyTests(host),
        IClassFixture<SqliteKestrelHost>;

/// <summary>The load on PostgreSQL.</summary>
public sealed class PostgreSqlConcurrencyTests(PostgreSqlKestrelHost host)
    : ConcurrencyTests(host),
        IClassFixture<PostgreSqlKestrelHost>;
