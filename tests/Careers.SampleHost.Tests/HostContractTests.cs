using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Careers.SampleHost.Synthetic;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Careers.SampleHost.Tests;

/// <summary>The host's promises, checked on each database it supports (see the subclasses).</summary>
public abstract class HostContractTests(HostFixture host)
{
    /// <summary>
    /// A client for a caller: <c>analyst</c>, <c>admin</c>, <c>school:ID</c>, or <c>learner:ID</c> (the key of the
    /// school that holds the learner).
    /// </summary>
    private HttpClient Client(string who) =>
        who.Split(':') switch
        {
            ["analyst"] => host.Client(ApiRole.Analyst),
            ["admin"] => host.Client(ApiRole.Admin),
            ["school", var id] => host.Client(ApiRole.School, id),
            ["learner", var id] => host.ClientForLearner(id),
            _ => throw new ArgumentException("Unknown caller " + who, nameof(who)),
        };

    [Fact]
    public async Task Migrations_AllApplied_NonePending()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        var all = db.Database.GetMigrations().ToList();
        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();
        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(
            host.Provider == "Sqlite"
                ? "Microsoft.EntityFrameworkCore.Sqlite"
                : "Npgsql.EntityFrameworkCore.PostgreSQL",
            db.Database.ProviderName
        );
    }

    [Fact]
    public async Task Seed_Loaded_IsExactlyTheGeneratorsArea()
    {
        var expected = SyntheticAreaGenerator.Generate(HostFixture.Synthetic);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();

        var learners = await db.Learners.AsNoTracking().OrderBy(l => l.Id).ToListAsync();
        Assert.Equal(
            expected.Learners.Select(Mapping.ToRow).Select(Fingerprint),
            learners.Select(Fingerprint)
        );
        var activities = await db.Activities.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(
            expected.Activities.Select(a =>
                $"{a.Activity.Id}|{a.InstitutionId}|{a.Activity.Kind}|{a.Activity.Date}|{a.Activity.Evidence}"
            ),
            activities.Select(a =>
                $"{a.Id}|{a.InstitutionId}|{(ActivityKind)a.Kind}|{NodaTime.LocalDate.FromDateOnly(a.Date)}|{(MeaningfulEvidence)a.Evidence}"
            )
        );
        Assert.Equal(expected.Participations.Count, await db.Participations.CountAsync());
        Assert.Equal(expected.Institutions.Count, await db.Institutions.CountAsync());
        Assert.True(
            await db.Institutions.AllAsync(i => i.Synthetic && i.Name.EndsWith("(synthetic)"))
        );
    }

    [Fact]
    public async Task Seed_SecondStart_KeepsTheDataAndLoadsNothingMore()
    {
        int before;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            before = await scope
                .ServiceProvider.GetRequiredService<CareersDbContext>()
                .Learners.CountAsync();
        }

        var configuration = host.Factory.Services.GetRequiredService<IConfiguration>();
        await CareersDatabase.InitialiseAsync(host.Factory.Services, configuration);

        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
            Assert.Equal(before, await db.Learners.CountAsync());
            Assert.Equal(1, await db.Area.CountAsync());
        }
    }

    [Theory]
    [InlineData("/area", "analyst")]
    [InlineData("/area/entitlement", "analyst")]
    [InlineData("/area/entitlement?asAt=2024-03-01", "admin")]
    [InlineData("/institutions", "school:sec-01")]
    [InlineData("/institutions/sec-01", "analyst")]
    [InlineData("/institutions/sec-01/learners?take=5", "school:sec-01")]
    [InlineData("/institutions/sec-01/entitlement", "school:sec-01")]
    [InlineData("/institutions/sec-01/entitlement", "analyst")]
    [InlineData("/institutions/sec-01/gatsby", "school:sec-01")]
    [InlineData("/institutions/sec-01/gatsby?edition=2024", "analyst")]
    [InlineData("/institutions/college-01/gatsby?edition=2014&asAt=2024-07-01", "admin")]
    [InlineData("/learners/L000300", "learner:L000300")]
    [InlineData("/learners/L000300/entitlement", "learner:L000300")]
    [InlineData("/openapi/v1.json", "analyst")]
    public async Task Get_Endpoint_AnswersWithJson(string url, string who)
    {
        using var response = await Client(who).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotEqual(JsonValueKind.Undefined, json.RootElement.ValueKind);
    }

    [Fact]
    public async Task GetLearners_Page_ListsTheInstitutionsLearnersOnly()
    {
        using var json = await GetJson(
            "/institutions/sec-02/learners?skip=0&take=500",
            "school:sec-02"
        );
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(json.RootElement.GetProperty("total").GetInt32(), items.Count);
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("sec-02", i.GetProperty("institutionId").GetString()));
        Assert.All(items, i => Assert.True(i.GetProperty("synthetic").GetBoolean()));
    }

    [Fact]
    public async Task GetAreaEntitlement_Default_InScopeAreYears7To11()
    {
        using var json = await GetJson("/area/entitlement", "admin");
        var overall = json.RootElement.GetProperty("overall");
        Assert.Equal(
            13 * HostFixture.Synthetic.LearnersPerYearGroup,
            overall.GetProperty("total").GetInt32()
        );
        Assert.Equal("2025-03-01", json.RootElement.GetProperty("asAt").GetString());
        Assert.StartsWith(
            "derby-oa.four-encounters@",
            json.RootElement.GetProperty("provenance").GetString(),
            StringComparison.Ordinal
        );
        var byYear = json.RootElement.GetProperty("breakdowns").GetProperty(Breakdowns.YearGroup);
        Assert.Equal(0, byYear.GetProperty("Year 6").GetProperty("inScope").GetInt32());
        Assert.Equal(
            HostFixture.Synthetic.LearnersPerYearGroup,
            byYear.GetProperty("Year 9").GetProperty("inScope").GetInt32()
        );
    }

    [Theory]
    [InlineData("/learners/nobody", "school:sec-01")]
    [InlineData("/learners/nobody/entitlement", "school:sec-01")]
    [InlineData("/learners/nobody/careers-log", "school:sec-01")]
    [InlineData("/institutions/nowhere", "analyst")]
    [InlineData("/institutions/nowhere/gatsby", "analyst")]
    public async Task Get_Unknown_Is404ProblemDetails(string url, string who)
    {
        using var response = await Client(who).GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/area/entitlement?asAt=1st-March", "query.as-at", "/query/asAt", "analyst")]
    [InlineData(
        "/institutions/sec-01/gatsby?edition=2019",
        "query.edition",
        "/query/edition",
        "analyst"
    )]
    [InlineData(
        "/institutions/sec-01/learners?take=0",
        "query.take",
        "/query/take",
        "school:sec-01"
    )]
    public async Task Get_BadQuery_Is400WithFieldErrors(
        string url,
        string code,
        string path,
        string who
    )
    {
        using var response = await Client(who).GetAsync(url);
        var error = Assert.Single(await ProblemErrors(response, HttpStatusCode.BadRequest));
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal(path, error.GetProperty("path").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task PutCareersLog_Invalid_Is400WithTheValidatorsErrorsAndWritesNothing()
    {
        var document =
            """{"schemaVersion": 2, "learner": {"upn": "not-a-upn"}, "schools": [], "entries": [{"id": "e1"}]}""";
        using var response = await Client("learner:L000301")
            .PutAsync("/learners/L000301/careers-log", Json(document));
        var errors = await ProblemErrors(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(errors);
        Assert.All(
            errors,
            e => Assert.False(string.IsNullOrEmpty(e.GetProperty("code").GetString()))
        );
        Assert.Contains(
            errors,
            e => e.GetProperty("path").GetString()!.StartsWith("/learner", StringComparison.Ordinal)
        );

        using var get = await Client("learner:L000301").GetAsync("/learners/L000301/careers-log");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task PutCareersLog_ETags_StaleIfMatchIs412()
    {
        const string url = "/learners/L000302/careers-log";
        var client = Client("learner:L000302");
        var document = await ExampleLogFor("L000302");

        using var created = await client.PutAsync(url, Json(document));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var first = created.Headers.ETag;
        Assert.NotNull(first);

        using var read = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(first, read.Headers.ETag);
        Assert.Equal(document, await read.Content.ReadAsStringAsync());

        using var noPrecondition = await client.PutAsync(url, Json(document));
        Assert.Equal((HttpStatusCode)428, noPrecondition.StatusCode);

        using var replaced = await client.SendAsync(Put(url, document, first!));
        Assert.Equal(HttpStatusCode.NoContent, replaced.StatusCode);
        var second = replaced.Headers.ETag;
        Assert.NotEqual(first, second);

        // A second writer still holding the first version cannot overwrite the change.
        using var stale = await client.SendAsync(Put(url, document, first!));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);

        using var again = await client.GetAsync(url);
        Assert.Equal(second, again.Headers.ETag);
    }

    [Fact]
    public async Task PutCareersLog_IfMatchOnMissingLog_Is412()
    {
        var document = await ExampleLogFor("L000303");
        using var response = await Client("learner:L000303")
            .SendAsync(
                Put("/learners/L000303/careers-log", document, new EntityTagHeaderValue("\"7\""))
            );
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
    }

    [Theory]
    [InlineData("upn", "/learner/upn")]
    [InlineData("dateOfBirth", "/learner/dateOfBirth")]
    [InlineData("pseudonymousId", "/learner/pseudonymousId")]
    public async Task PutCareersLog_AnotherLearnersLog_Is422AtTheLearnerAndWritesNothing(
        string field,
        string path
    )
    {
        var node = JsonNode.Parse(await ExampleLogFor("L000304"))!;
        var learner = node["learner"]!.AsObject();
        switch (field)
        {
            case "upn":
                learner["upn"] = "G831400121001"; // the example's own learner, not L000304
                break;
            case "dateOfBirth":
                learner["dateOfBirth"] = "2001-01-01";
                break;
            default:
                learner.Remove("upn");
                learner["pseudonymousId"] = "L000305";
                break;
        }

        using var response = await Client("learner:L000304")
            .PutAsync("/learners/L000304/careers-log", Json(node.ToJsonString()));
        var error = Assert.Single(
            await ProblemErrors(response, HttpStatusCode.UnprocessableEntity)
        );
        Assert.Equal("log.learner-mismatch", error.GetProperty("code").GetString());
        Assert.Equal(path, error.GetProperty("path").GetString());
        using var get = await Client("learner:L000304").GetAsync("/learners/L000304/careers-log");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
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
        using var learner = await GetJson($"/learners/{learnerId}", "learner:" + learnerId);
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

    private static string Fingerprint(LearnerRow l) =>
        $"{l.Id}|{l.InstitutionId}|{l.Upn}|{l.DateOfBirth:yyyy-MM-dd}|{l.YearGroup}|{l.AcademicYear}|{l.FreeSchoolMeals}|{l.FreeSchoolMealsInLastSixYears}|{l.SenProvision}|{l.EnglishAsAdditionalLanguage}|{l.Sex}|{l.Ward}";

    private async Task<JsonDocument> GetJson(string url, string who)
    {
        using var response = await Client(who).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement[]> ProblemErrors(
        HttpResponseMessage response,
        HttpStatusCode status
    )
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("title").GetString()));
        return json
            .RootElement.GetProperty("errors")
            .EnumerateArray()
            .Select(e => e.Clone())
            .ToArray();
    }

    private static StringContent Json(string document) =>
        new(document, Encoding.UTF8, "application/json");

    private static HttpRequestMessage Put(string url, string document, EntityTagHeaderValue ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = Json(document) };
        request.Headers.IfMatch.Add(ifMatch);
        return request;
    }
}

/// <summary>The host's promises on SQLite, in a temporary file.</summary>
public sealed class SqliteHostTests(SqliteHost host)
    : HostContractTests(host),
        IClassFixture<SqliteHost>;

/// <summary>The host's promises on PostgreSQL from <c>CAREERS_POSTGRES</c>, in a fresh database.</summary>
public sealed class PostgreSqlHostTests(PostgreSqlHost host)
    : HostContractTests(host),
        IClassFixture<PostgreSqlHost>;
