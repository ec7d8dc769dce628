using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Careers.Kpi;
using Careers.SampleHost.Analytics;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Careers.SampleHost.Synthetic;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Careers.SampleHost.Tests;

/// <summary>The analytics endpoints' and service's promises, on each database (see the subclasses).</summary>
public abstract class AnalyticsContractTests(HostFixture host)
{
    private const string Targeted = """
        {"potPence": 10000000, "formula": {"id": "area.careers-fund", "version": "2", "name": "Targeted",
          "factors": [
            {"kind": "perPupil", "phase": "KeyStage3", "ratePence": 1000, "group": "basic"},
            {"kind": "perPupil", "phase": "KeyStage4", "ratePence": 1000, "group": "basic"},
            {"kind": "perEligiblePupil", "characteristic": "Disadvantaged", "ratePence": 3000, "group": "deprivation"},
            {"kind": "perGap", "gap": "LearnersBelowEntitlement", "ratePence": 2000},
            {"kind": "lumpSum", "ratePence": 100000}],
          "targetShares": {"deprivation": 0.4}, "floorPence": 50000}}
        """;

    private const string Flat = """
        {"potPence": 10000000, "formula": {"id": "flat", "factors": [{"kind": "lumpSum", "ratePence": 1}]}}
        """;

    private static readonly SyntheticArea Expected = SyntheticAreaGenerator.Generate(
        HostFixture.Synthetic
    );

    // The area's figures are for analysts (and administrators).
    private HttpClient Client() => host.Client(ApiRole.Analyst);

    [Fact]
    public async Task Seed_AreaFigures_AreExactlyTheGenerators()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        var months = await db.NeetMonths.AsNoTracking().OrderBy(m => m.Month).ToListAsync();
        Assert.Equal(
            Expected.NeetMonths.Select(m => $"{m.Month}|{m.Cohort}|{m.Neet}|{m.NotKnown}"),
            months.Select(m =>
                $"{LocalDate.FromDateOnly(m.Month).ToYearMonth()}|{m.Cohort}|{m.Neet}|{m.NotKnown}"
            )
        );
        Assert.Equal(12, months.Count);
        var destinations = await db.Destinations.AsNoTracking().ToListAsync();
        Assert.Equal(
            Expected
                .Destinations.Select(d =>
                    $"{d.Year.StartYear}|{d.Group}|{string.Join(",", d.Counts.OrderBy(c => c.Key).Select(c => c.Value))}"
                )
                .Order(StringComparer.Ordinal),
            destinations
                .Select(d =>
                    $"{d.Year}|{d.Group}|{d.Education},{d.Apprenticeship},{d.Employment},{d.NotSustained},{d.ActivityNotCaptured}"
                )
                .Order(StringComparer.Ordinal)
        );
        Assert.All(months, m => Assert.True(m.Synthetic));
        Assert.All(destinations, d => Assert.True(d.Synthetic));
    }

    [Fact]
    public async Task GetAreaGatsby_Default_EverySecondaryAndTheCollegeBesideTheNation()
    {
        using var json = await GetJson("/area/gatsby");
        var root = json.RootElement;
        Assert.Equal("2025-03-01", root.GetProperty("asAt").GetString());
        var institutions = root.GetProperty("institutions").EnumerateArray().ToList();
        Assert.Equal(23, institutions.Count);
        Assert.DoesNotContain(
            institutions,
            i => i.GetProperty("id").GetString()!.StartsWith("pri-", StringComparison.Ordinal)
        );
        Assert.All(
            institutions,
            i => Assert.Equal(8, i.GetProperty("benchmarks").GetArrayLength())
        );
        var area = root.GetProperty("area");
        Assert.Equal(23, area.GetProperty("institutions").GetInt32());
        Assert.Equal(
            institutions.Average(i => i.GetProperty("benchmarksFullyAchieved").GetDecimal()),
            area.GetProperty("averageBenchmarksFullyAchieved").GetDecimal(),
            10
        );
        // 2024/25: England's average is 5.96 (The Careers & Enterprise Company).
        var national = root.GetProperty("national");
        Assert.Equal(
            5.96m,
            national.GetProperty("averageBenchmarksFullyAchieved").GetProperty("value").GetDecimal()
        );
        Assert.Equal(
            8,
            national.GetProperty("percentFullyAchieving").GetProperty("values").GetArrayLength()
        );
        Assert.NotEmpty(root.GetProperty("comparison").EnumerateArray());
    }

    [Fact]
    public async Task GetAreaGatsby_EditionAndDate_FollowTheQuery()
    {
        using var json = await GetJson("/area/gatsby?edition=2014&asAt=2024-07-01");
        Assert.Equal("2024-07-01", json.RootElement.GetProperty("asAt").GetString());
        Assert.All(
            json.RootElement.GetProperty("institutions").EnumerateArray(),
            i =>
                Assert.StartsWith(
                    "gatsby.2014.",
                    i.GetProperty("framework").GetString(),
                    StringComparison.Ordinal
                )
        );
        // 2023/24: 5.83, the figure The Careers & Enterprise Company's 2024/25 briefing compares with.
        var average = json
            .RootElement.GetProperty("national")
            .GetProperty("averageBenchmarksFullyAchieved");
        Assert.Equal(5.83m, average.GetProperty("value").GetDecimal());
        Assert.False(average.GetProperty("approximate").GetBoolean());
    }

    [Fact]
    public async Task GetKpi_Json_TheYearsNeetFromTheStoredReturns()
    {
        using var json = await GetJson("/area/kpi");
        var root = json.RootElement;
        Assert.Equal(KpiReportJson.Schema, root.GetProperty("schema").GetString());
        Assert.Equal("202425", root.GetProperty("period").GetProperty("timePeriod").GetString());
        var figures = root.GetProperty("figures").EnumerateArray().ToList();

        // NEET or not known 2025: the December 2024 to February 2025 returns, averaged as DfE does.
        var neet = KpiEvaluator
            .Default.NeetAverage(
                Expected.NeetMonths.Where(m => m.Month >= new YearMonth(2024, 12)).ToArray(),
                2025
            )
            .GetResultOrThrow();
        var headline = Headline(figures, KpiDefinitions.NeetOrNotKnown.Id);
        Assert.Equal(
            DfeRounding.Round(neet.NeetOrNotKnown.Percentage, 1),
            headline.GetProperty("value").GetDecimal()
        );
        Assert.Equal(neet.Cohort, headline.GetProperty("denominator").GetDecimal());

        foreach (
            var id in new[]
            {
                KpiDefinitions.SustainedDestinations.Id,
                KpiDefinitions.DestinationsDisadvantageGap.Id,
                KpiDefinitions.AverageBenchmarksFullyAchieved.Id,
                KpiDefinitions.EntitlementMet.Id,
                KpiDefinitions.EncountersDelivered.Id,
            }
        )
        {
            Assert.Equal(JsonValueKind.Null, Headline(figures, id).GetProperty("symbol").ValueKind);
        }

        var changes = root.GetProperty("changes")
            .EnumerateArray()
            .Select(c => c.GetProperty("kpi").GetString())
            .ToList();
        Assert.Contains(KpiDefinitions.NeetOrNotKnown.Id, changes);
        Assert.Contains(KpiDefinitions.SustainedDestinations.Id, changes);
        var targets = root.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(4, targets.Count);
        Assert.All(
            targets,
            t => Assert.NotEqual("notAssessed", t.GetProperty("status").GetString())
        );
    }

    [Fact]
    public async Task GetKpi_BeforeTheNeetWindowCloses_NeetIsNotAvailable()
    {
        using var json = await GetJson("/area/kpi?asAt=2024-10-01");
        var figures = json.RootElement.GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(
            "x",
            Headline(figures, KpiDefinitions.NeetOrNotKnown.Id).GetProperty("symbol").GetString()
        );
    }

    [Theory]
    [InlineData("/area/kpi?format=csv", null)]
    [InlineData("/area/kpi", "text/csv")]
    public async Task GetKpi_Csv_IsATidyDownload(string url, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        using var response = await Client().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Equal("careers-kpi-202425-synthetic.csv", disposition?.FileName?.Trim('"'));
        var lines = (await response.Content.ReadAsStringAsync()).Split(
            '\n',
            StringSplitOptions.RemoveEmptyEntries
        );
        Assert.StartsWith(
            "time_period,time_identifier,geographic_level,",
            lines[0],
            StringComparison.Ordinal
        );
        Assert.Contains(
            lines,
            l => l.Contains(",neet.16-17.neet-or-not-known,", StringComparison.Ordinal)
        );
        Assert.All(
            lines.Skip(1),
            l => Assert.StartsWith("202425,Academic year,", l, StringComparison.Ordinal)
        );
    }

    [Theory]
    [InlineData("/area/kpi?format=xlsx", "query.format", "/query/format")]
    [InlineData("/area/kpi?asAt=tomorrow", "query.as-at", "/query/asAt")]
    [InlineData("/area/gatsby?edition=2020", "query.edition", "/query/edition")]
    public async Task Get_BadQuery_Is400WithFieldErrors(string url, string code, string path)
    {
        using var response = await Client().GetAsync(url);
        var error = Assert.Single(await ProblemErrors(response));
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.Equal(path, error.GetProperty("path").GetString());
    }

    // Issue 16: an asAt outside the supported range answered 500 on every figure and on the dashboard.
    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("1900-01-01")]
    [InlineData("-2025-01-01")]
    public async Task AsAt_OutsideTheSupportedRange_Is400AtIt_OnEveryFigure(string asAt)
    {
        var query = "?asAt=" + Uri.EscapeDataString(asAt);
        foreach (
            var url in new[]
            {
                "/area/entitlement",
                "/area/gatsby",
                "/area/kpi",
                "/institutions/sec-01/entitlement",
                "/institutions/sec-01/gatsby",
            }
        )
        {
            using var response = await Client().GetAsync(url + query);
            var error = Assert.Single(await ProblemErrors(response));
            Assert.Equal("/query/asAt", error.GetProperty("path").GetString());
        }

        using (var page = await Client().GetAsync("/" + query))
        {
            Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        }

        using var funding = await Client()
            .PostAsync(
                "/funding/scenarios",
                Json(
                    $$$"""{"potPence": 100, "asAt": "{{{asAt}}}", "formula": {"id": "flat", "factors": [{"kind": "lumpSum", "ratePence": 1}]}}"""
                )
            );
        var bodyError = Assert.Single(await ProblemErrors(funding));
        Assert.Equal("/asAt", bodyError.GetProperty("path").GetString());
    }

    [Fact]
    public async Task PostScenario_Formula_EveryPennyOfThePotToAnInstitution()
    {
        using var json = await Post("/funding/scenarios", Targeted);
        var root = json.RootElement;
        var institutions = root.GetProperty("institutions").EnumerateArray().ToList();
        Assert.Equal(Expected.Institutions.Count, institutions.Count);
        Assert.Equal(10_000_000, root.GetProperty("potPence").GetInt64());
        Assert.Equal(10_000_000, institutions.Sum(i => i.GetProperty("pence").GetInt64()));
        Assert.Equal(10_000_000, root.GetProperty("allocatedPence").GetInt64());
        Assert.All(institutions, i => Assert.True(i.GetProperty("pence").GetInt64() >= 50_000));
        Assert.All(
            institutions,
            i =>
                Assert.Equal(
                    (i.GetProperty("pence").GetInt64() / 100m).ToString(
                        "0.00",
                        System.Globalization.CultureInfo.InvariantCulture
                    ),
                    i.GetProperty("pounds").GetString()
                )
        );
        Assert.All(
            institutions,
            i => Assert.False(string.IsNullOrEmpty(i.GetProperty("explanation").GetString()))
        );
        Assert.StartsWith(
            "area.careers-fund@2",
            root.GetProperty("provenance").GetString(),
            StringComparison.Ordinal
        );
        var equity = root.GetProperty("equity");
        // 40% through deprivation: funding leans towards the more deprived.
        Assert.True(equity.GetProperty("concentrationIndex").GetDouble() < 0);
        Assert.InRange(equity.GetProperty("gini").GetDouble(), 0, 1);
    }

    [Fact]
    public async Task PostScenario_BadFormula_Is400WithAnErrorAtEachField()
    {
        const string bad = """
            {"potPence": -1, "formula": {"factors": [
              {"kind": "perPupil", "phase": "Year 7", "ratePence": -5},
              {"kind": "perEligiblePupil", "characteristic": "Disadvantaged"},
              {"kind": "bonus", "ratePence": 5},
              {"kind": "deprivationDecile", "bandRatesPence": [1, 2, 3]}],
              "targetShares": {"deprivation": 1.5}, "floorPence": -10}}
            """;
        using var response = await Client().PostAsync("/funding/scenarios", Json(bad));
        var errors = (await ProblemErrors(response))
            .Select(e => (e.GetProperty("code").GetString(), e.GetProperty("path").GetString()))
            .ToList();
        Assert.Equal(
            new (string?, string?)[]
            {
                ("funding.pot.negative", "/potPence"),
                ("funding.factor.phase", "/formula/factors/0/phase"),
                ("funding.factor.rate", "/formula/factors/0/ratePence"),
                ("funding.factor.rate", "/formula/factors/1/ratePence"),
                ("funding.factor.kind", "/formula/factors/2/kind"),
                ("funding.factor.bands", "/formula/factors/3/bandRatesPence"),
                ("funding.formula.share-range", "/formula/targetShares/deprivation"),
                ("funding.formula.negative", "/formula/floorPence"),
            },
            errors
        );
    }

    [Theory]
    [InlineData(
        """{"potPence": 100, "formula": {"factors": [{"kind": "lumpSum", "ratePence": 5}], "targetShares": {"nope": 0.5}}}""",
        "funding.formula.share-target-unknown",
        "/formula/targetShares/nope"
    )]
    [InlineData(
        """{"potPence": 100, "formula": {"factors": [{"kind": "lumpSum", "ratePence": 5}, {"kind": "lumpSum", "ratePence": 6}]}}""",
        "funding.factor.invalid",
        "/formula/factors/1"
    )]
    [InlineData(
        """{"potPence": 100, "formula": {"factors": []}}""",
        "funding.formula.no-factors",
        "/formula/factors"
    )]
    [InlineData(
        """{"formula": {"factors": [{"kind": "lumpSum", "ratePence": 5}]}}""",
        "funding.pot.required",
        "/potPence"
    )]
    [InlineData("""{"potPence": "lots"}""", "body.json", "/potPence")]
    [InlineData(
        """{"potPence": 100, "formula": {"factors": [{"kind": "lumpSum", "ratePence": 5}]}, "asAt": "soon"}""",
        "funding.as-at",
        "/asAt"
    )]
    [InlineData(
        """{"potPence": 100, "formula": {"factors": [{"kind": "lumpSum", "ratePence": 5}], "floorPence": 10000}}""",
        "funding.pot.below-protections",
        "/potPence"
    )]
    public async Task PostScenario_Problem_IsReportedWhereItIs(
        string body,
        string code,
        string path
    )
    {
        using var response = await Client().PostAsync("/funding/scenarios", Json(body));
        var errors = await ProblemErrors(response);
        Assert.Contains(
            errors,
            e =>
                e.GetProperty("code").GetString() == code
                && e.GetProperty("path").GetString() == path
        );
    }

    [Fact]
    public async Task PostCompare_TwoFormulas_BothAllocationsAndTheirDifferences()
    {
        using var json = await Post(
            "/funding/scenarios/compare",
            $$"""{"before": {{Flat}}, "after": {{Targeted}}}"""
        );
        var root = json.RootElement;
        var before = root.GetProperty("before")
            .GetProperty("institutions")
            .EnumerateArray()
            .ToDictionary(
                i => i.GetProperty("id").GetString()!,
                i => i.GetProperty("pence").GetInt64()
            );
        var after = root.GetProperty("after")
            .GetProperty("institutions")
            .EnumerateArray()
            .ToDictionary(
                i => i.GetProperty("id").GetString()!,
                i => i.GetProperty("pence").GetInt64()
            );
        Assert.Equal(10_000_000, before.Values.Sum());
        Assert.Equal(10_000_000, after.Values.Sum());
        var changes = root.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(before.Count, changes.Count);
        Assert.All(
            changes,
            c =>
            {
                var id = c.GetProperty("id").GetString()!;
                Assert.Equal(before[id], c.GetProperty("beforePence").GetInt64());
                Assert.Equal(after[id], c.GetProperty("afterPence").GetInt64());
                Assert.Equal(after[id] - before[id], c.GetProperty("changePence").GetInt64());
            }
        );
        Assert.Equal(0, changes.Sum(c => c.GetProperty("changePence").GetInt64()));
        var gini =
            root.GetProperty("after").GetProperty("equity").GetProperty("gini").GetDouble()
            - root.GetProperty("before").GetProperty("equity").GetProperty("gini").GetDouble();
        Assert.Equal(gini, root.GetProperty("equityChange").GetProperty("gini").GetDouble(), 9);
        Assert.True(
            root.GetProperty("equityChange").GetProperty("concentrationIndex").GetDouble() < 0
        );
    }

    [Fact]
    public async Task PostCompare_BadScenarios_ErrorsUnderEach()
    {
        using var response = await Client()
            .PostAsync(
                "/funding/scenarios/compare",
                Json("""{"before": {"potPence": 5, "formula": {"factors": [{"kind": "x"}]}}}""")
            );
        var paths = (await ProblemErrors(response))
            .Select(e => e.GetProperty("path").GetString())
            .ToList();
        Assert.Contains("/before/formula/factors/0/kind", paths);
        Assert.Contains("/after", paths);
    }

    [Fact]
    public async Task Entitlement_PupilsSuppression_HidesSmallGroupsAndNoneHidesNothing()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var analytics = scope.ServiceProvider.GetRequiredService<AreaAnalytics>();
        var asAt = new LocalDate(2025, 3, 1);
        var shown = (await analytics.EntitlementAsync("sec-03", asAt, null, default))!;
        var hidden = (
            await analytics.EntitlementAsync("sec-03", asAt, SuppressionRule.Pupils, default)
        )!;
        var result = (await analytics.EntitlementResultAsync("sec-03", asAt, default))!;
        var rollUp = Careers.Encounters.EntitlementRollUp.Of(result);

        Assert.All(
            shown.Breakdowns.SelectMany(b => b.Value.Values),
            c => Assert.NotEqual("c", c.Symbol)
        );
        Assert.Equal(rollUp.Overall.InScope, shown.Overall.InScope);
        var suppressed = 0;
        foreach (var (dimension, groups) in hidden.Breakdowns)
        {
            foreach (var (group, counts) in groups)
            {
                var raw = rollUp.By(dimension)[group];
                if (raw.InScope is > 0 and < 6)
                {
                    Assert.Equal("c", counts.Symbol);
                    Assert.Null(counts.Met);
                }

                suppressed += counts.Symbol == "c" ? 1 : 0;
            }

            // Never exactly one hidden group beside a shown total: it could be worked out by subtraction.
            Assert.False(
                groups.Values.Count(c => c.Symbol == "c") == 1 && hidden.Overall.Symbol != "c",
                dimension
            );
        }

        Assert.True(suppressed > 0, "sec-03 has small groups at 40 learners a year group");
    }

    private static JsonElement Headline(List<JsonElement> figures, string kpi) =>
        figures.Single(f =>
            f.GetProperty("kpi").GetString() == kpi
            && f.GetProperty("breakdown").ValueKind == JsonValueKind.Null
            && f.GetProperty("geography").GetProperty("level").GetString() == "Local authority"
        );

    private async Task<JsonDocument> GetJson(string url)
    {
        using var response = await Client().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonDocument> Post(string url, string body)
    {
        using var response = await Client().PostAsync(url, Json(body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text);
    }

    private static async Task<JsonElement[]> ProblemErrors(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json
            .RootElement.GetProperty("errors")
            .EnumerateArray()
            .Select(e => e.Clone())
            .ToArray();
    }

    private static StringContent Json(string document) =>
        new(document, Encoding.UTF8, "application/json");
}

/// <summary>The analytics on SQLite.</summary>
public sealed class SqliteAnalyticsTests(SqliteHost host)
    : AnalyticsContractTests(host),
        IClassFixture<SqliteHost>;

/// <summary>The analytics on PostgreSQL.</summary>
public sealed class PostgreSqlAnalyticsTests(PostgreSqlHost host)
    : AnalyticsContractTests(host),
        IClassFixture<PostgreSqlHost>;
