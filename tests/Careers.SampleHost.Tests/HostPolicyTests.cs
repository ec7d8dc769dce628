using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Careers.SampleHost.Api;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Careers.SampleHost.Tests;

/// <summary>
/// What the host refuses, whoever sends it (issue 16): one JSON policy for every body, a media type for every body,
/// ids of a bounded length, field-level errors on every 400, If-Match with a version, instants with their Z, and the
/// security headers on every response. On each database (see the subclasses).
/// </summary>
public abstract partial class HostPolicyTests(HostFixture host)
{
    private const string Learner = "L000310";
    private const string Formula =
        """{"factors": [{"kind": "perPupil", "phase": "KeyStage4", "ratePence": 1000}]}""";

    // ---- 1. One JSON policy: no property twice, in any case; names case-sensitive ----

    [Theory]
    [InlineData(
        "/funding/scenarios",
        "analyst",
        """{"potPence": 1000, "potpence": 2, "formula": F}""",
        "/potpence"
    )]
    [InlineData(
        "/funding/scenarios",
        "analyst",
        """{"potPence": 1000, "potPence": 2, "formula": F}""",
        "/potPence"
    )]
    [InlineData(
        "/funding/scenarios/compare",
        "analyst",
        """{"before": {"potPence": 1000, "formula": F}, "after": {"potPence": 5, "formula": {"factors": [{"kind": "lumpSum", "ratePence": 1, "RatePence": 9}]}}}""",
        "/after/formula/factors/0/RatePence"
    )]
    [InlineData(
        "/admin/api-keys",
        "admin",
        """{"name": "a", "role": "Analyst", "Role": "Admin"}""",
        "/Role"
    )]
    [InlineData(
        "/admin/api-keys",
        "admin",
        """{"name": "a", "name": "b", "role": "Analyst"}""",
        "/name"
    )]
    [InlineData(
        "/learners/L000310/careers-log/transfer",
        "school",
        """{"institutionId": "sec-02", "institutionid": "sec-03", "date": "2025-03-03"}""",
        "/institutionid"
    )]
    [InlineData(
        "/learners/L000310/careers-log",
        "school",
        """{"schemaVersion": 2, "schemaVersion": 1}""",
        "/schemaVersion"
    )]
    public async Task Json_PropertyTwiceOrInAnotherCase_Is400AtIt_NeverLastWins(
        string url,
        string who,
        string body,
        string path
    )
    {
        var client = who switch
        {
            "analyst" => host.Client(ApiRole.Analyst),
            "admin" => host.Client(ApiRole.Admin),
            _ => host.ClientForLearner(Learner),
        };
        var method = url.EndsWith("/careers-log", StringComparison.Ordinal)
            ? HttpMethod.Put
            : HttpMethod.Post;
        using var request = new HttpRequestMessage(method, url)
        {
            Content = Json(body.Replace("F", Formula, StringComparison.Ordinal)),
        };
        using var response = await client.SendAsync(request);
        var error = Assert.Single(await Errors(response, HttpStatusCode.BadRequest));
        Assert.Equal((JsonPolicy.DuplicateCode, path), (error.Code, error.Path));
        Assert.Contains("'" + path.Split('/')[^1] + "'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_ImportRowWithTwoLearnerIds_Is400AtTheSecond_AndWritesNothing()
    {
        var (id, yearGroup) = await OneLearner("sec-01");
        var body = $$"""
            [{"learnerId": "{{id}}", "learnerId": "L999999", "yearGroup": {{yearGroup}}, "activityId": "dup-1",
              "activityDate": "2025-01-14", "activityKind": "EmployerTalk"},
             {"learnerId": "{{id}}", "yearGroup": {{yearGroup}}, "activityId": "dup-1", "activityDate": "2025-01-14",
              "activityKind": "EmployerTalk", "Employers": 3}]
            """;
        using var response = await Import(body, "application/json");
        var errors = await Errors(response, HttpStatusCode.BadRequest);
        Assert.Contains(errors, e => e is (JsonPolicy.DuplicateCode, "/0/learnerId", _));
        // A case variant of a field is not that field: unknown, so never silently taken or dropped.
        Assert.Contains(errors, e => e is ("json.unknown-field", "/1/Employers", _));
        Assert.Equal(0, await ActivitiesCalled("dup-1"));
    }

    [Fact]
    public async Task Json_UnknownFieldOfATypedBody_Is400AtIt()
    {
        using var response = await host.Client(ApiRole.Admin)
            .PostAsync("/admin/api-keys", Json("""{"name": "x", "role": "Analyst", "nme": 1}"""));
        var error = Assert.Single(await Errors(response, HttpStatusCode.BadRequest));
        Assert.Equal((JsonPolicy.UnknownCode, "/nme"), (error.Code, error.Path));
    }

    // ---- 5. A body needs its media type ----

    [Theory]
    [InlineData("PUT", "/learners/L000310/careers-log", "school", null)]
    [InlineData("PUT", "/learners/L000310/careers-log", "school", "text/plain")]
    [InlineData("POST", "/learners/L000310/careers-log/transfer", "school", null)]
    [InlineData("POST", "/funding/scenarios", "analyst", null)]
    [InlineData("POST", "/funding/scenarios/compare", "analyst", null)]
    [InlineData("POST", "/funding/scenarios", "analyst", "application/x-www-form-urlencoded")]
    [InlineData("POST", "/admin/api-keys", "admin", null)]
    [InlineData("POST", "/institutions/sec-01/activities/import", "school", null)]
    public async Task Body_WithoutItsMediaType_Is415(
        string method,
        string url,
        string who,
        string? mediaType
    )
    {
        var client = who switch
        {
            "analyst" => host.Client(ApiRole.Analyst),
            "admin" => host.Client(ApiRole.Admin),
            _ => url.StartsWith("/institutions/", StringComparison.Ordinal)
                ? host.Client(ApiRole.School, "sec-01")
                : host.ClientForLearner(Learner),
        };
        var content = new ByteArrayContent("{}"u8.ToArray());
        if (mediaType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = content,
        };
        request.Headers.Add(IdempotentImport.KeyHeader, Guid.NewGuid().ToString());
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(415, json.RootElement.GetProperty("status").GetInt32());
    }

    // ---- 4. If-Match must name a version ----

    [Fact]
    public async Task PutCareersLog_IfMatchStar_IsRefused_TheWriterMustSendTheETagItRead()
    {
        const string id = "L000311";
        var url = $"/learners/{id}/careers-log";
        var client = host.ClientForLearner(id);
        var document = await ExampleLogFor(id);

        // On a missing log, If-Match (even *) cannot match: 412, and nothing is created.
        using (var onMissing = await client.SendAsync(Put(url, document, "*")))
        {
            Assert.Equal(HttpStatusCode.PreconditionFailed, onMissing.StatusCode);
        }

        using (var missing = await client.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        using var created = await client.PutAsync(url, Json(document));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var etag = created.Headers.ETag!.Tag;

        foreach (var star in new[] { "*", "\"9\", *" })
        {
            using var overwrite = await client.SendAsync(Put(url, document, star));
            Assert.Equal((HttpStatusCode)428, overwrite.StatusCode);
            Assert.Equal(
                "application/problem+json",
                overwrite.Content.Headers.ContentType?.MediaType
            );
            Assert.Contains(
                "If-Match: *",
                await overwrite.Content.ReadAsStringAsync(),
                StringComparison.Ordinal
            );
        }

        using (var read = await client.GetAsync(url))
        {
            Assert.Equal(etag, read.Headers.ETag!.Tag); // nothing was overwritten
        }

        using var replaced = await client.SendAsync(Put(url, document, etag));
        Assert.Equal(HttpStatusCode.NoContent, replaced.StatusCode);
    }

    // ---- 6. Ids of a bounded length ----

    [Theory]
    [InlineData("activityId", "long")]
    [InlineData("learnerId", "long")]
    [InlineData("institutionId", "long")]
    [InlineData("activityId", "control")]
    [InlineData("activityId", "padded")]
    public async Task Ids_TooLongOrNotPrintable_InAJsonImport_Is400AtTheField(
        string field,
        string kind
    )
    {
        var (id, yearGroup) = await OneLearner("sec-01");
        var bad = kind switch
        {
            "long" => new string('a', 100_000),
            "control" => "fair\u0007-2025",
            _ => " fair-2025",
        };
        var row = new JsonObject
        {
            ["learnerId"] = id,
            ["institutionId"] = "sec-01",
            ["yearGroup"] = yearGroup,
            ["activityId"] = "ids-1",
            ["activityDate"] = "2025-01-14",
            ["activityKind"] = "EmployerTalk",
        };
        row[field] = bad;
        using var response = await Import(new JsonArray(row).ToJsonString(), "application/json");
        var error = Assert.Single(await Errors(response, HttpStatusCode.BadRequest));
        Assert.Equal("/0/" + field, error.Path);
        Assert.Contains("1 to 64 printable characters", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(bad, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await ActivitiesCalled(bad));
    }

    [Fact]
    public async Task Ids_TooLongInACsvImport_Is400AtTheColumn()
    {
        var (id, yearGroup) = await OneLearner("sec-01");
        var activity = new string('x', Ids.MaxLength + 1);
        var csv =
            Careers.Encounters.Streaming.EncounterCsv.Header
            + "\n"
            + $"{id},sec-01,{yearGroup},ok-1,2025-01-14,EmployerTalk,,1\n"
            + $"{id},sec-01,{yearGroup},{activity},2025-01-14,EmployerTalk,,1\n";
        using var response = await Import(csv, "text/csv");
        var error = Assert.Single(await Errors(response, HttpStatusCode.BadRequest));
        Assert.Equal(("csv.activity-id", "/rows/2/activity_id"), (error.Code, error.Path));
        Assert.Equal(0, await ActivitiesCalled("ok-1"));

        // Exactly the maximum is an id.
        var longest = new string('y', Ids.MaxLength);
        var fine =
            Careers.Encounters.Streaming.EncounterCsv.Header
            + "\n"
            + $"{id},sec-01,{yearGroup},{longest},2025-01-14,EmployerTalk,,1\n";
        using var ok = await Import(fine, "text/csv");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Theory]
    [InlineData("""{"name": "NAME", "role": "Analyst"}""", "api-key.name", "/name")]
    [InlineData("""{"name": "tab\there", "role": "Analyst"}""", "api-key.name", "/name")]
    [InlineData(
        """{"name": "ok", "role": "School", "institutionId": "NAME"}""",
        "api-key.institution-id",
        "/institutionId"
    )]
    public async Task Ids_ApiKeyNameOrInstitution_TooLongOrNotPrintable_Is400(
        string body,
        string code,
        string path
    )
    {
        using var response = await host.Client(ApiRole.Admin)
            .PostAsync(
                "/admin/api-keys",
                Json(body.Replace("NAME", new string('k', 65), StringComparison.Ordinal))
            );
        var error = Assert.Single(await Errors(response, HttpStatusCode.BadRequest));
        Assert.Equal((code, path), (error.Code, error.Path));
    }

    [Fact]
    public async Task Ids_FormulaIdTooLong_Is400()
    {
        using var response = await host.Client(ApiRole.Analyst)
            .PostAsync(
                "/funding/scenarios",
                Json(
                    """{"potPence": 100, "formula": {"id": "ID", "factors": [{"kind": "lumpSum", "ratePence": 5, "group": "a\u0001b"}]}}""".Replace(
                        "ID",
                        new string('f', 65),
                        StringComparison.Ordinal
                    )
                )
            );
        var errors = await Errors(response, HttpStatusCode.BadRequest);
        Assert.Equal(
            new[] { "/formula/factors/0/group", "/formula/id" },
            errors.Select(e => e.Path).Order(StringComparer.Ordinal)
        );
    }

    // ---- 7. Field-level errors on every 400 ----

    [Theory]
    [InlineData("take=abc", "/query/take", "'abc' is not a whole number")]
    [InlineData("take=-3", "/query/take", "-3 is outside that range")]
    [InlineData("take=501", "/query/take", "501 is outside that range")]
    [InlineData("take=99999999999999", "/query/take", "is not a whole number")]
    [InlineData("skip=x", "/query/skip", "'x' is not a whole number")]
    [InlineData("skip=-1", "/query/skip", "-1 is outside that range")]
    public async Task Paging_BadNumber_Is400WithAFieldErrorSayingTheRange(
        string query,
        string path,
        string says
    )
    {
        using var response = await host.Client(ApiRole.School, "sec-01")
            .GetAsync("/institutions/sec-01/learners?" + query);
        var error = Assert.Single(await Errors(response, HttpStatusCode.BadRequest));
        Assert.Equal(path, error.Path);
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
        Assert.Contains(
            path.EndsWith("take", StringComparison.Ordinal) ? "from 1 to 500" : "0 or more",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("""{"name": 5, "role": "Analyst"}""", "/name")]
    [InlineData("""[1, 2]""", "")]
    [InlineData("", "")]
    [InlineData("""{"name": "x", "role": "Analyst", """, "")]
    public async Task Binding_BodyAMinimalApiCannotRead_Is400WithAFieldError(
        string body,
        string path
    )
    {
        using var response = await host.Client(ApiRole.Admin)
            .PostAsync("/admin/api-keys", Json(body));
        var error = Assert.Single(await Errors(response, HttpStatusCode.BadRequest));
        Assert.Equal(path, error.Path);
        Assert.False(string.IsNullOrWhiteSpace(error.Code));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    // ---- 9. Instants with their Z ----

    [Fact]
    public async Task ApiKeys_CreatedAtAndRevokedAt_AreIsoInstantsInUtcWithZ()
    {
        var admin = host.Client(ApiRole.Admin);
        using var created = await admin.PostAsJsonAsync(
            "/admin/api-keys",
            new { name = "instants " + Guid.NewGuid().ToString("N")[..8], role = "Analyst" }
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var made = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var key = made.RootElement.GetProperty("key");
        Assert.Matches(Instant(), key.GetProperty("createdAt").GetString()!);
        using (await admin.DeleteAsync("/admin/api-keys/" + key.GetProperty("id").GetString())) { }

        using var list = JsonDocument.Parse(await admin.GetStringAsync("/admin/api-keys"));
        var keys = list.RootElement.EnumerateArray().ToList();
        Assert.All(keys, k => Assert.Matches(Instant(), k.GetProperty("createdAt").GetString()!));
        var revoked = keys.Single(k =>
            k.GetProperty("id").GetString() == key.GetProperty("id").GetString()
        );
        Assert.Matches(Instant(), revoked.GetProperty("revokedAt").GetString()!);
        var at = DateTimeOffset.Parse(
            revoked.GetProperty("createdAt").GetString()!,
            System.Globalization.CultureInfo.InvariantCulture
        );
        Assert.Equal(TimeSpan.Zero, at.Offset);
        Assert.True((DateTimeOffset.UtcNow - at).Duration() < TimeSpan.FromMinutes(10));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")]
    private static partial Regex Instant();

    // ---- 10. Security headers on every response ----

    [Theory]
    [InlineData("school", "/learners/L000310")]
    [InlineData("school", "/learners/L000310/entitlement")]
    [InlineData("school", "/institutions/sec-01/learners?take=2")]
    [InlineData("analyst", "/area")]
    [InlineData("none", "/learners/L000310")]
    [InlineData("school", "/learners/nobody")]
    [InlineData("school", "/institutions/sec-01/learners?take=abc")]
    [InlineData("none", "/openapi/v1.json")]
    [InlineData("none", "/signin")]
    public async Task Headers_OnEveryResponse_ErrorsIncluded(string who, string url)
    {
        var client = who switch
        {
            "school" => host.ClientForLearner(Learner),
            "analyst" => host.Client(ApiRole.Analyst),
            _ => host.Anonymous(),
        };
        using var response = await client.GetAsync(url);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("no-store", Header(response, "Cache-Control"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.StartsWith("default-src 'none';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/institutions/sec-01/dashboard")]
    public async Task Headers_DashboardPage_ItsOneStyleSheetIsAllowedByHash_AndNothingElseInline(
        string url
    )
    {
        using var response = await host.Client(ApiRole.Analyst).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var styles = StyleElement().Matches(html);
        var style = Assert.Single(styles).Groups[1].Value;
        var hash =
            "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)));
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains($"style-src '{hash}'", csp, StringComparison.Ordinal);
        // One script, the host's own file: nothing inline for the policy to allow.
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        var script = Assert.Single(ScriptElement().Matches(html));
        Assert.Equal("<script src=\"/dashboard.js\" defer></script>", script.Value);
        Assert.DoesNotMatch(InlineAttribute(), html);
    }

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();

    [GeneratedRegex("<script.*?</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptElement();

    // A style attribute or an event handler attribute (onclick=…), which a hash would not allow.
    [GeneratedRegex(@"\s(style|on[a-z]+)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineAttribute();

    [Fact]
    public async Task Headers_ApiReference_HasItsOwnPolicy_OfTheHostOnly()
    {
        using var response = await host.Anonymous().GetAsync("/scalar");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("http", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("*", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    // ---- helpers ----

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
        || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"No {name} header on {response.StatusCode}.");

    private async Task<(string Id, int YearGroup)> OneLearner(string school)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        var row = await db
            .Learners.AsNoTracking()
            .Where(l => l.InstitutionId == school && l.YearGroup >= 7 && l.YearGroup <= 11)
            .OrderBy(l => l.Id)
            .FirstAsync();
        return (row.Id, row.YearGroup);
    }

    private async Task<HttpResponseMessage> Import(string body, string mediaType)
    {
        using var request = new HttpRequestMessage(
            HttpMethod.Post,
            "/institutions/sec-01/activities/import"
        )
        {
            Content = new StringContent(body, Encoding.UTF8, mediaType),
        };
        request.Headers.Add(IdempotentImport.KeyHeader, Guid.NewGuid().ToString());
        return await host.Client(ApiRole.School, "sec-01").SendAsync(request);
    }

    private async Task<int> ActivitiesCalled(string id)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        return await db.Activities.CountAsync(a => a.Id == id);
    }

    /// <summary>The schema's example log, made about a learner of the host: their UPN and date of birth.</summary>
    private async Task<string> ExampleLogFor(string learnerId)
    {
        var node = JsonNode.Parse(
            await File.ReadAllTextAsync(
                Path.Combine(
                    Repository.Root,
                    "docs",
                    "schemas",
                    "careers-log",
                    "examples",
                    "v2.example.json"
                )
            )
        )!;
        using var learner = JsonDocument.Parse(
            await host.ClientForLearner(learnerId).GetStringAsync($"/learners/{learnerId}")
        );
        var upn = learner.RootElement.GetProperty("upn").GetString();
        node["learner"] = upn is null
            ? new JsonObject { ["pseudonymousId"] = learnerId }
            : new JsonObject
            {
                ["upn"] = upn,
                ["dateOfBirth"] = learner.RootElement.GetProperty("dateOfBirth").GetString(),
            };
        return node.ToJsonString();
    }

    private static HttpRequestMessage Put(string url, string document, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = Json(document) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private static StringContent Json(string document) =>
        new(document, Encoding.UTF8, "application/json");

    internal static async Task<Error[]> Errors(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(text);
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        return json
            .RootElement.GetProperty("errors")
            .EnumerateArray()
            .Select(e => new Error(
                e.GetProperty("code").GetString()!,
                e.GetProperty("path").GetString()!,
                e.GetProperty("message").GetString()!
            ))
            .ToArray();
    }

    internal sealed record Error(string Code, string Path, string Message);
}

/// <summary>What the host refuses, on SQLite.</summary>
public sealed class SqliteHostPolicyTests(SqliteHost host)
    : HostPolicyTests(host),
        IClassFixture<SqliteHost>;

/// <summary>What the host refuses, on PostgreSQL.</summary>
public sealed class PostgreSqlHostPolicyTests(PostgreSqlHost host)
    : HostPolicyTests(host),
        IClassFixture<PostgreSqlHost>;
