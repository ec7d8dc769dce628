using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Careers.SampleHost.Tests;

/// <summary>The host with a low rate limit and a key provisioned through configuration.</summary>
public sealed class ConfiguredHost : SqliteHost
{
    public const string ConfiguredKey = "csk_configured-analyst-key-0123456789";
    public const int PermitsPerMinute = 5;

    protected override IEnumerable<KeyValuePair<string, string>> Settings() =>
        [
            new(
                "Careers:RateLimit:PermitsPerMinute",
                PermitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ),
            new("Careers:ApiKeys:Keys:0:Name", "configured analyst"),
            new("Careers:ApiKeys:Keys:0:Key", ConfiguredKey),
            new("Careers:ApiKeys:Keys:0:Role", "Analyst"),
        ];
}

/// <summary>Rate limiting, keys from configuration and development keys.</summary>
public sealed class ConfiguredAccessTests(ConfiguredHost host) : IClassFixture<ConfiguredHost>
{
    [Fact]
    public async Task RateLimit_PerKey_429WithRetryAfterAndOtherKeysUnaffected()
    {
        var admin = host.Client(ApiRole.Admin);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= ConfiguredHost.PermitsPerMinute; i++)
        {
            using var response = await admin.GetAsync("/institutions");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
                Assert.Equal(
                    "application/problem+json",
                    response.Content.Headers.ContentType?.MediaType
                );
            }
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.All(
            statuses.Take(ConfiguredHost.PermitsPerMinute - 1),
            s => Assert.Equal(HttpStatusCode.OK, s)
        );

        using var other = await host.Client(ApiRole.School, "sec-03").GetAsync("/institutions");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task ConfiguredKey_IsStoredHashedAndWorks()
    {
        var client = host.Anonymous();
        client.DefaultRequestHeaders.Add(
            ApiKeyAuthenticationHandler.Header,
            ConfiguredHost.ConfiguredKey
        );
        using var response = await client.GetAsync("/area");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        var row = await db.ApiKeys.SingleAsync(k => k.Name == "configured analyst");
        Assert.Equal(ApiKeySecrets.Hash(ConfiguredHost.ConfiguredKey), row.Hash);
        Assert.Equal((int)ApiRole.Analyst, row.Role);
        Assert.DoesNotContain(
            await db.ApiKeys.Select(k => k.Hash).ToListAsync(),
            h => h.Contains("configured", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task DevelopmentKeys_OnlyWhenTheDatabaseHasNoKey()
    {
        var settings = DevelopmentKeysOn();
        // The fixture's database already holds keys: none are made.
        Assert.Empty(await CareersDatabase.InitialiseKeysAsync(host.Factory.Services, settings));

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.ApiKeys.ExecuteDeleteAsync();
        var made = await scope
            .ServiceProvider.GetRequiredService<ApiKeyStore>()
            .InitialiseAsync(settings, default);
        Assert.Equal(
            [ApiRole.School, ApiRole.Analyst, ApiRole.Admin],
            made.Select(m => (ApiRole)m.Row.Role).Order()
        );
        Assert.All(made, m => Assert.Equal(ApiKeySecrets.Hash(m.Key), m.Row.Hash));
        // Each says what it shows: the school key names its school; admin and analyst keep their places.
        var school = made.Single(m => m.Row.Role == (int)ApiRole.School);
        Assert.Equal(DevelopmentKeys.SchoolName(school.Row.InstitutionId!), school.Row.Name);
        Assert.Contains(school.Row.InstitutionId!, school.Shows, StringComparison.Ordinal);
        Assert.Contains("careers logs", school.Shows, StringComparison.Ordinal);
        Assert.Contains(
            "KPI report",
            made.Single(m => m.Row.Role == (int)ApiRole.Analyst).Shows,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "/admin/api-keys",
            made.Single(m => m.Row.Role == (int)ApiRole.Admin).Shows,
            StringComparison.Ordinal
        );
        await transaction.RollbackAsync();
    }

    /// <summary>
    /// The school key of a first start has something to show a newcomer: it is a secondary school's (not the college's
    /// nor a primary's), and that school has activities and learners with careers logs.
    /// </summary>
    [Fact]
    public async Task DevelopmentKeys_SchoolKeyIsASecondarySchoolWithCareersLogsAndActivities()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.ApiKeys.ExecuteDeleteAsync();
        var made = await scope
            .ServiceProvider.GetRequiredService<ApiKeyStore>()
            .InitialiseAsync(DevelopmentKeysOn(), default);
        var id = made.Single(m => m.Row.Role == (int)ApiRole.School).Row.InstitutionId;
        var school = await db.Institutions.SingleAsync(i => i.Id == id);
        Assert.Equal((int)InstitutionType.Secondary, school.Type);
        Assert.True(await db.Activities.AnyAsync(a => a.InstitutionId == id));
        Assert.True(
            await db
                .Learners.Where(l => l.InstitutionId == id)
                .AnyAsync(l => db.CareersLogs.Any(c => c.LearnerId == l.Id)),
            $"{id} has no learner with a careers log."
        );
        await transaction.RollbackAsync();
    }

    /// <summary>
    /// The first screen a browser meets (the dashboard sends it to /signin) says which key shows what, and names the
    /// school of a live development key.
    /// </summary>
    [Fact]
    public async Task SignInPage_SaysWhichKeyShowsWhat()
    {
        using var before = await host.Anonymous().GetAsync("/signin");
        var page = await before.Content.ReadAsStringAsync();
        Assert.Contains("Which key shows what", page, StringComparison.Ordinal);
        Assert.Contains("<strong>school</strong> key", page, StringComparison.Ordinal);
        Assert.Contains("KPI report", page, StringComparison.Ordinal);
        Assert.Contains("/admin/api-keys", page, StringComparison.Ordinal);
        Assert.DoesNotContain("development school key", page, StringComparison.Ordinal);

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ApiKeyStore>();
        var (row, _) = await store.CreateAsync(
            DevelopmentKeys.SchoolName("sec-02"),
            ApiRole.School,
            "sec-02",
            default
        );
        try
        {
            using var after = await host.Anonymous().GetAsync("/signin");
            page = await after.Content.ReadAsStringAsync();
            var name = await scope
                .ServiceProvider.GetRequiredService<CareersDbContext>()
                .Institutions.Where(i => i.Id == "sec-02")
                .Select(i => i.Name)
                .SingleAsync();
            Assert.Contains(
                $"development school key printed on first start is for {System.Net.WebUtility.HtmlEncode(name)} (sec-02)",
                page,
                StringComparison.Ordinal
            );
        }
        finally
        {
            await store.RevokeAsync(row.Id, default);
        }
    }

    private static IConfiguration DevelopmentKeysOn() =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?> { ["Careers:ApiKeys:DevelopmentKeys"] = "true" }
            )
            .Build();

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void RateLimit_BelowOne_StopsTheHostSayingWhy(string permits)
    {
        var settings = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?> { ["Careers:RateLimit:PermitsPerMinute"] = permits }
            )
            .Build();
        var error = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddCareersAccess(settings)
        );
        Assert.Contains("PermitsPerMinute", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "csk_configured-analyst-key-0123456789", "Analyst", null, "has no Name")]
    [InlineData("short", "csk_short", "Analyst", null, "shorter than")]
    [InlineData(
        "school",
        "csk_configured-school-key-0123456789",
        "School",
        null,
        "without an Institution"
    )]
    [InlineData(
        "analyst",
        "csk_configured-analyst-key-0123456789",
        "Analyst",
        "sec-01",
        "not a School key"
    )]
    [InlineData(
        "ghost",
        "csk_configured-ghost-key-00123456789",
        "School",
        "nowhere",
        "does not hold"
    )]
    public async Task ConfiguredKey_Bad_StopsTheHostSayingWhy(
        string name,
        string key,
        string role,
        string? institution,
        string expected
    )
    {
        var values = new Dictionary<string, string?>
        {
            ["Careers:ApiKeys:Keys:0:Name"] = name,
            ["Careers:ApiKeys:Keys:0:Key"] = key,
            ["Careers:ApiKeys:Keys:0:Role"] = role,
            ["Careers:ApiKeys:Keys:0:Institution"] = institution,
        };
        var settings = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            scope
                .ServiceProvider.GetRequiredService<ApiKeyStore>()
                .InitialiseAsync(settings, default)
        );
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
    }
}
