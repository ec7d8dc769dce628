using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Careers.SampleHost.Tests;

/// <summary>Who may see what: each boundary of <see cref="Access"/>, on each database.</summary>
public abstract class AccessTests(HostFixture host)
{
    // A learner of sec-01 and a school that is not theirs.
    private const string Learner = "L000300";

    [Theory]
    [InlineData("/area")]
    [InlineData("/institutions")]
    [InlineData("/learners/L000300")]
    [InlineData("/admin/api-keys")]
    public async Task NoKey_Is401ProblemWithTheScheme(string url)
    {
        using var response = await host.Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(
            "ApiKey",
            response.Headers.WwwAuthenticate.ToString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task WrongKey_Is401()
    {
        var client = host.Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, "csk_not-a-key");
        using var response = await client.GetAsync("/institutions");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/openapi/v1.json")]
    [InlineData("/signin")]
    public async Task PublicPages_NeedNoKey(string url)
    {
        using var response = await host.Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/entitlement")]
    [InlineData("/careers-log")]
    public async Task School_AnotherSchoolsLearner_IsIndistinguishableFromAMissingOne(string tail)
    {
        var other = OtherSchool(host.SchoolOf(Learner));
        var client = host.Client(ApiRole.School, other);
        using var elsewhere = await client.GetAsync($"/learners/{Learner}{tail}");
        using var missing = await client.GetAsync($"/learners/nobody{tail}");
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(missing.StatusCode, elsewhere.StatusCode);
        Assert.Equal(await WithoutTrace(missing), await WithoutTrace(elsewhere));
        Assert.Equal(
            missing.Content.Headers.ContentType?.ToString(),
            elsewhere.Content.Headers.ContentType?.ToString()
        );
    }

    [Fact]
    public async Task School_PutAnotherSchoolsLearnersLog_Is404AndWritesNothing()
    {
        var other = OtherSchool(host.SchoolOf(Learner));
        using var response = await host.Client(ApiRole.School, other)
            .PutAsync(
                $"/learners/{Learner}/careers-log",
                new StringContent("{}", System.Text.Encoding.UTF8, "application/json")
            );
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/learners")]
    [InlineData("/entitlement")]
    [InlineData("/gatsby")]
    public async Task School_AnotherInstitutionsFigures_Is404LikeAMissingOne(string tail)
    {
        var client = host.Client(ApiRole.School, "sec-01");
        using var elsewhere = await client.GetAsync($"/institutions/sec-02{tail}");
        using var missing = await client.GetAsync($"/institutions/nowhere{tail}");
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(await WithoutTrace(missing), await WithoutTrace(elsewhere));
        using var own = await client.GetAsync($"/institutions/sec-01{tail}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Theory]
    [InlineData("/area")]
    [InlineData("/area/entitlement")]
    [InlineData("/admin/api-keys")]
    public async Task School_AreaAndKeys_Is403(string url)
    {
        using var response = await host.Client(ApiRole.School, "sec-01").GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("Analyst", "/learners/L000300")]
    [InlineData("Analyst", "/learners/L000300/careers-log")]
    [InlineData("Analyst", "/institutions/sec-01/learners")]
    [InlineData("Admin", "/learners/L000300/entitlement")]
    [InlineData("Analyst", "/admin/api-keys")]
    public async Task AnalystAndAdmin_NeverALearnerRecord_Is403(string role, string url)
    {
        using var response = await host.Client(Enum.Parse<ApiRole>(role)).GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/institutions/sec-01/entitlement")]
    [InlineData("/institutions/college-01/entitlement")]
    public async Task Analyst_Entitlement_SmallNumbersHiddenNoneDerivable(string url)
    {
        var school = url.Split('/')[2];
        using var wholeJson = await Json(host.Client(ApiRole.School, school), url);
        using var shownJson = await Json(host.Client(ApiRole.Analyst), url);
        string[] columns = ["total", "inScope", "met", "onTrack", "atRisk", "notMet"];
        var whole = Rows(wholeJson.RootElement);
        var shown = Rows(shownJson.RootElement);
        Assert.Equal(whole.Keys.Order(), shown.Keys.Order());

        int? Cell(JsonElement row, string column) =>
            row.GetProperty(column).ValueKind == JsonValueKind.Null
                ? null
                : row.GetProperty(column).GetInt32();

        var hiddenCount = 0;
        foreach (var (name, row) in whole)
        {
            var values = columns.Select(c => Cell(row, c)!.Value).ToArray();
            var seen = columns.Select(c => Cell(shown[name], c)).ToArray();
            var smallGroup = values[0] is > 0 and < 6 || values[1] is > 0 and < 6;
            for (var c = 0; c < columns.Length; c++)
            {
                var small = smallGroup || (c > 1 && values[c] is 1 or 2);
                if (small)
                {
                    Assert.True(
                        seen[c] is null,
                        $"{name}.{columns[c]} = {values[c]} is small but shown"
                    );
                }
                else if (seen[c] is int value)
                {
                    Assert.Equal(values[c], value);
                }
            }

            var anyHidden = seen.Any(v => v is null);
            Assert.Equal(anyHidden ? "c" : null, shown[name].GetProperty("symbol").GetString());
            hiddenCount += seen.Count(v => v is null);

            // Each row's statuses add up to its learners in scope: never exactly one of them hidden that is not
            // zero (a zero protects nothing: many are known to be zero).
            Assert.NotEqual(1, Enumerable.Range(1, 5).Count(c => seen[c] is null && values[c] > 0));
        }

        // Each breakdown's groups add up to the overall row, column by column: never exactly one hidden.
        foreach (
            var breakdown in whole.Keys.Where(k => k != "overall").GroupBy(k => k.Split('/')[0])
        )
        {
            foreach (var column in columns)
            {
                var sum = breakdown
                    .Append("overall")
                    .Select(k => (Seen: Cell(shown[k], column), Whole: Cell(whole[k], column)));
                Assert.NotEqual(1, sum.Count(v => v.Seen is null && v.Whole > 0));
            }
        }

        Assert.True(hiddenCount > 0, "This school has small numbers: the test would not bite.");
        // Suppression hides what it must, not everything: the school's size and learners in scope still show.
        Assert.NotNull(Cell(shown["overall"], "total"));
        Assert.NotNull(Cell(shown["overall"], "inScope"));
    }

    private static Dictionary<string, JsonElement> Rows(JsonElement summary)
    {
        var rows = new Dictionary<string, JsonElement>
        {
            ["overall"] = summary.GetProperty("overall"),
        };
        foreach (var breakdown in summary.GetProperty("breakdowns").EnumerateObject())
        {
            foreach (var group in breakdown.Value.EnumerateObject())
            {
                rows[breakdown.Name + "/" + group.Name] = group.Value;
            }
        }

        return rows;
    }

    [Fact]
    public async Task Admin_MakesListsAndRevokesKeys_TheSecretWorksOnceShownAndNeverListed()
    {
        var admin = host.Client(ApiRole.Admin);
        using var created = await admin.PostAsJsonAsync(
            "/admin/api-keys",
            new
            {
                name = $"sec-02 MIS {Guid.NewGuid():N}",
                role = "School",
                institutionId = "sec-02",
            }
        );
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var secret = body.RootElement.GetProperty("secret").GetString()!;
        var id = body.RootElement.GetProperty("key").GetProperty("id").GetString()!;
        Assert.StartsWith(ApiKeySecrets.Prefix, secret, StringComparison.Ordinal);

        var school = host.Anonymous();
        school.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, secret);
        using (var own = await school.GetAsync("/institutions/sec-02/learners?take=1"))
        {
            Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        }

        var list = await admin.GetStringAsync("/admin/api-keys");
        Assert.Contains(id, list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKeySecrets.Hash(secret), list, StringComparison.Ordinal);

        using var revoked = await admin.DeleteAsync($"/admin/api-keys/{id}");
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        using var after = await school.GetAsync("/institutions/sec-02/learners?take=1");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        using var again = await admin.DeleteAsync("/admin/api-keys/key_nothing");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Admin_BadKeyRequest_Is400WithEveryFieldError()
    {
        using var response = await host.Client(ApiRole.Admin)
            .PostAsJsonAsync(
                "/admin/api-keys",
                new
                {
                    name = "",
                    role = "Superuser",
                    institutionId = "sec-01",
                }
            );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var codes = json
            .RootElement.GetProperty("errors")
            .EnumerateArray()
            .Select(e => e.GetProperty("code").GetString()!)
            .Order()
            .ToArray();
        Assert.Equal(new[] { "api-key.name", "api-key.role" }, codes);

        using var school = await host.Client(ApiRole.Admin)
            .PostAsJsonAsync("/admin/api-keys", new { name = "no school", role = "School" });
        using var schoolJson = JsonDocument.Parse(await school.Content.ReadAsStringAsync());
        Assert.Equal(
            "api-key.institution-required",
            schoolJson.RootElement.GetProperty("errors")[0].GetProperty("code").GetString()
        );

        using var analyst = await host.Client(ApiRole.Admin)
            .PostAsJsonAsync(
                "/admin/api-keys",
                new
                {
                    name = "analyst with school",
                    role = "analyst",
                    institutionId = "sec-01",
                }
            );
        using var analystJson = JsonDocument.Parse(await analyst.Content.ReadAsStringAsync());
        Assert.Equal(
            "api-key.institution-not-allowed",
            analystJson.RootElement.GetProperty("errors")[0].GetProperty("code").GetString()
        );
    }

    [Fact]
    public async Task LearnerReads_AreAudited_ByKeyIdNotSecret()
    {
        var school = host.SchoolOf(Learner);
        using var response = await host.Client(ApiRole.School, school)
            .GetAsync($"/learners/{Learner}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        var key = await db.ApiKeys.SingleAsync(k => k.Name == $"test School {school}");
        var events = await db
            .AuditEvents.Where(e => e.LearnerId == Learner && e.Action == "learner.read")
            .ToListAsync();
        var mine = Assert.Single(events, e => e.KeyId == key.Id);
        Assert.Equal(school, mine.InstitutionId);
        Assert.DoesNotContain(
            await db.AuditEvents.Select(e => e.KeyId).ToListAsync(),
            id => id.StartsWith(ApiKeySecrets.Prefix, StringComparison.Ordinal)
        );
    }

    [Theory]
    [InlineData("/institutions/sec-01/provider-access", "provider-access.read")]
    [InlineData("/institutions/sec-01/learners?take=5", "learners.list")]
    public async Task SchoolReadsOfPupilLists_AreAudited(string url, string action)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        var key = await db.ApiKeys.SingleAsync(k => k.Name == "test School sec-01");
        var before = await db.AuditEvents.CountAsync(e => e.KeyId == key.Id && e.Action == action);

        using var response = await host.Client(ApiRole.School, "sec-01").GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            before + 1,
            await db.AuditEvents.CountAsync(e =>
                e.KeyId == key.Id && e.Action == action && e.InstitutionId == "sec-01"
            )
        );
    }

    [Fact]
    public async Task Secrets_NeverReachTheLogs()
    {
        var school = host.SchoolOf(Learner);
        using (await host.Client(ApiRole.School, school).GetAsync($"/learners/{Learner}")) { }
        using (await host.Client(ApiRole.Analyst).GetAsync($"/learners/{Learner}")) { }
        var wrong = host.Anonymous();
        wrong.DefaultRequestHeaders.Add(
            ApiKeyAuthenticationHandler.Header,
            "csk_wrong-key-for-the-log-test"
        );
        using (await wrong.GetAsync("/institutions")) { }

        var logs = host.Logs.Messages.ToArray();
        Assert.NotEmpty(logs);
        Assert.Contains(logs, m => m.Contains("Audit:", StringComparison.Ordinal));
        foreach (
            var secret in new[]
            {
                host.Key(ApiRole.School, school),
                host.Key(ApiRole.Analyst),
                host.Key(ApiRole.Admin),
                "csk_wrong-key-for-the-log-test",
            }
        )
        {
            Assert.DoesNotContain(logs, m => m.Contains(secret, StringComparison.Ordinal));
        }
    }

    private static string OtherSchool(string school) => school == "sec-01" ? "sec-02" : "sec-01";

    private static async Task<JsonDocument> Json(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> WithoutTrace(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return string.Join(
            "|",
            json.RootElement.EnumerateObject()
                .Where(p => p.Name != "traceId")
                .Select(p => p.Name + "=" + p.Value)
        );
    }
}

/// <summary>The access boundaries on SQLite.</summary>
public sealed class SqliteAccessTests(SqliteHost host)
    : AccessTests(host),
        IClassFixture<SqliteHost>;

/// <summary>The access boundaries on PostgreSQL.</summary>
public sealed class PostgreSqlAccessTests(PostgreSqlHost host)
    : AccessTests(host),
        IClassFixture<PostgreSqlHost>;
