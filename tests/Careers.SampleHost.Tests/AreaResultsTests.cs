using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Careers.Kpi;
using Careers.SampleHost.Analytics;
using Careers.SampleHost.Api;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Careers.SampleHost.Synthetic;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Careers.SampleHost.Tests;

/// <summary>
/// Issue 19: the area's figures are cached per data version (<see cref="AreaResults"/>), and every write that changes
/// them bumps the version in its transaction, so the next request shows the write: on this host instance and on any
/// other on the same database. Each test warms the cache first, so that a missing bump leaves the old figures.
/// </summary>
public abstract class AreaResultsTests(HostFixture host)
{
    private static readonly SyntheticArea Area = SyntheticAreaGenerator.Generate(
        HostFixture.Synthetic
    );

    [Fact]
    public async Task Import_IsInTheNextAreaFigures()
    {
        var analyst = host.Client(ApiRole.Analyst);
        var before = await analyst.GetStringAsync("/area/kpi");
        Assert.Equal(before, await analyst.GetStringAsync("/area/kpi"));

        await Import(host.ActingClient(), "sec-03", "cache-import");

        var after = await analyst.GetStringAsync("/area/kpi");
        Assert.NotEqual(before, after);
        Assert.Equal(await FreshKpiReport(host.Factory), after);
    }

    [Fact]
    public async Task TransferAccepted_IsInTheNextInstitutionFigures()
    {
        var learner = Area
            .CareersLogs.Select(l => Area.Learners.Single(x => x.Id == l.LearnerId))
            .Last(l => l.YearGroup.Number == 7);
        var from = learner.InstitutionId!;
        var to = from == "sec-01" ? "sec-02" : "sec-01";
        var fromBefore = await InScope(from);
        var toBefore = await InScope(to);

        using var asked = await host.ActingClient()
            .PostAsync(
                $"/learners/{learner.Id}/careers-log/transfer",
                Json(new { institutionId = to, date = "2025-03-03" })
            );
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        using var transfer = JsonDocument.Parse(await asked.Content.ReadAsStringAsync());
        using var accepted = await host.Client(ApiRole.School, to)
            .PostAsync(
                $"/institutions/{to}/transfers/{transfer.RootElement.GetProperty("id").GetString()}/accept",
                Json(new { })
            );
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        Assert.Equal(fromBefore - 1, await InScope(from));
        Assert.Equal(toBefore + 1, await InScope(to));
    }

    [Fact]
    public async Task AnotherInstance_SeesAWriteMadeThroughThisOne()
    {
        await using var other = host.AnotherInstance();
        var there = other.CreateClient();
        there.DefaultRequestHeaders.Add(
            ApiKeyAuthenticationHandler.Header,
            host.Key(ApiRole.Analyst)
        );
        var before = await there.GetStringAsync("/area/kpi");
        Assert.Equal(before, await there.GetStringAsync("/area/kpi"));

        // Written through this instance; read through the other, whose cache knows nothing of it.
        await Import(host.ActingClient(), "sec-04", "cache-other");

        var after = await there.GetStringAsync("/area/kpi");
        Assert.NotEqual(before, after);
        Assert.Equal(await host.Client(ApiRole.Analyst).GetStringAsync("/area/kpi"), after);
        Assert.Equal(await FreshKpiReport(host.Factory), after);
    }

    [Fact]
    public async Task ConcurrentRequests_AtANewVersion_LoadTheAreaOnce()
    {
        var results = host.Factory.Services.GetRequiredService<AreaResults>();
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await AreaVersions.BumpAsync(db, default);
            await transaction.CommitAsync();
        }

        var loads = results.Loads;
        var analyst = host.Client(ApiRole.Analyst);
        var answers = await Task.WhenAll(
            Enumerable.Range(0, 8).Select(_ => analyst.GetAsync("/area/gatsby"))
        );
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Single(
            (await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()))).Distinct()
        );
        Assert.Equal(loads + 1, results.Loads);
    }

    /// <summary>The KPI report as the host would answer it with nothing cached: a new cache on the same database.</summary>
    private static async Task<string> FreshKpiReport(WebApplicationFactory<Program> factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        var fresh = new AreaAnalytics(
            db,
            new AreaResults(scope.ServiceProvider.GetRequiredService<IServiceScopeFactory>())
        );
        var report = await fresh.KpiReportAsync(await fresh.ReferenceDateAsync(default), default);
        return KpiReportJson.Serialize(report.GetResultOrThrow());
    }

    /// <summary>
    /// Imports one fully evidenced employer talk, in the current academic year, for ten of a school's learners in
    /// Years 8 to 11: ten more encounters delivered in the area's KPI report.
    /// </summary>
    private async Task Import(HttpClient client, string institutionId, string activityId)
    {
        var rows = Area
            .Learners.Where(l =>
                l.InstitutionId == institutionId && l.YearGroup.Number is >= 8 and <= 11
            )
            .Take(10)
            .Select(l =>
                $"{l.Id},{institutionId},{l.YearGroup.Number},{activityId},2025-01-14,EmployerTalk,LearningOutcomes|TwoWayInteraction|ActiveParticipation,1"
            );
        var csv =
            string.Join("\n", [Careers.Encounters.Streaming.EncounterCsv.Header, .. rows]) + "\n";
        using var request = new HttpRequestMessage(
            HttpMethod.Post,
            $"/institutions/{institutionId}/activities/import"
        )
        {
            Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
        };
        request.Headers.Add(IdempotentImport.KeyHeader, Guid.NewGuid().ToString("D"));
        using var response = await client.SendAsync(request);
        Assert.True(
            response.StatusCode == HttpStatusCode.OK,
            await response.Content.ReadAsStringAsync()
        );
    }

    /// <summary>An institution's learners in scope of the entitlement, as its own school key reads them (whole).</summary>
    private async Task<int> InScope(string institutionId)
    {
        using var json = JsonDocument.Parse(
            await host.Client(ApiRole.School, institutionId)
                .GetStringAsync($"/institutions/{institutionId}/entitlement")
        );
        return json.RootElement.GetProperty("overall").GetProperty("inScope").GetInt32();
    }

    private static StringContent Json(object body) =>
        new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}

public sealed class SqliteAreaResultsTests(SqliteHost host)
    : AreaResultsTests(host),
        IClassFixture<SqliteHost>;

public sealed class PostgreSqlAreaResultsTests(PostgreSqlHost host)
    : AreaResultsTests(host),
        IClassFixture<PostgreSqlHost>;
