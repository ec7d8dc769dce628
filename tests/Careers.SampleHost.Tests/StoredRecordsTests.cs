using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Careers.SampleHost.Tests;

/// <summary>
/// Issue 16: one institution's stored records that the SDK refuses (here an activity dated 1899-12-31, written round
/// the host's own checks, as a restored backup or a hand-made fix would) cost that institution its figures, never the
/// area its pages. Before, every area endpoint and the dashboard answered 500 from then on.
/// </summary>
public abstract class StoredRecordsTests(HostFixture host) : IAsyncLifetime
{
    private const string Refused = "sec-02";

    public async Task InitializeAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        if (await db.Activities.AnyAsync(a => a.Id == "refused-1"))
        {
            return;
        }

        var learner = await db
            .Learners.Where(l => l.InstitutionId == Refused && l.YearGroup == 9)
            .OrderBy(l => l.Id)
            .FirstAsync();
        db.Activities.Add(
            new ActivityRow
            {
                Id = "refused-1",
                InstitutionId = Refused,
                Kind = (int)ActivityKind.EmployerTalk,
                Date = new DateOnly(1899, 12, 31),
            }
        );
        db.Participations.Add(
            new ParticipationRow { ActivityId = "refused-1", LearnerId = learner.Id }
        );
        // A write round the host bumps the area's data version, as the host's own writes do, or the cached figures
        // stay as they were (AreaResults).
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        await AreaVersions.BumpAsync(db, default);
        await transaction.CommitAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/area/gatsby")]
    [InlineData("/area/entitlement")]
    public async Task AreaFigures_LeaveTheInstitutionOutAndSaySo(string url)
    {
        using var response = await host.Client(ApiRole.Analyst).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var excluded = json.RootElement.GetProperty("excluded").EnumerateArray().ToArray();
        var only = Assert.Single(excluded);
        Assert.Equal(Refused, only.GetProperty("institutionId").GetString());
        Assert.Contains(
            "activity.date-range",
            only.GetProperty("problems").EnumerateArray().Select(p => p.GetString())
        );
        if (url == "/area/gatsby")
        {
            Assert.DoesNotContain(
                json.RootElement.GetProperty("institutions").EnumerateArray(),
                i => i.GetProperty("id").GetString() == Refused
            );
        }
    }

    [Fact]
    public async Task EveryOtherAreaPage_StillAnswers()
    {
        var analyst = host.Client(ApiRole.Analyst);
        foreach (var url in new[] { "/area/kpi", "/" })
        {
            using var response = await analyst.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
        }

        using var page = await analyst.GetAsync("/");
        Assert.Contains("Left out of the area", await page.Content.ReadAsStringAsync());
        using var funding = await analyst.PostAsync(
            "/funding/scenarios",
            new StringContent(
                """{"potPence": 10000000, "formula": {"id": "flat", "factors": [{"kind": "lumpSum", "ratePence": 1}]}}""",
                Encoding.UTF8,
                "application/json"
            )
        );
        Assert.Equal(HttpStatusCode.OK, funding.StatusCode);
    }

    [Fact]
    public async Task TheInstitutionItself_IsToldWhy()
    {
        var school = host.Client(ApiRole.School, Refused);
        using var gatsby = await school.GetAsync($"/institutions/{Refused}/gatsby");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, gatsby.StatusCode);
        Assert.Contains("activity.date-range", await gatsby.Content.ReadAsStringAsync());
        using var page = await school.GetAsync($"/institutions/{Refused}/dashboard");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("cannot be scored", await page.Content.ReadAsStringAsync());
    }
}

/// <summary>Refused stored records on SQLite.</summary>
public sealed class SqliteStoredRecordsTests(SqliteHost host)
    : StoredRecordsTests(host),
        IClassFixture<SqliteHost>;

/// <summary>Refused stored records on PostgreSQL.</summary>
public sealed class PostgreSqlStoredRecordsTests(PostgreSqlHost host)
    : StoredRecordsTests(host),
        IClassFixture<PostgreSqlHost>;
