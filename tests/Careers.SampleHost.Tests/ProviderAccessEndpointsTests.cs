using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Careers.Encounters;
using Careers.SampleHost.Api;
using Careers.SampleHost.Data;
using Careers.SampleHost.Synthetic;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Careers.SampleHost.Tests;

/// <summary>Provider access compliance, on each database (see the subclasses).</summary>
public abstract class ProviderAccessEndpointsTests(HostFixture host)
{
    private static readonly SyntheticArea Area = SyntheticAreaGenerator.Generate(
        HostFixture.Synthetic
    );

    [Fact]
    public async Task Get_Default_EachPupilAsTheSdkJudgesTheGeneratorsArea()
    {
        using var json = await GetJson("/institutions/sec-01/provider-access");
        var root = json.RootElement;
        Assert.Equal("2024/25", root.GetProperty("academicYear").GetString());
        Assert.Equal("2025-03-01", root.GetProperty("asAt").GetString());
        Assert.StartsWith(
            "pal.2023@",
            root.GetProperty("provenance").GetString(),
            StringComparison.Ordinal
        );

        var learners = Area
            .Learners.Where(l => l.InstitutionId == "sec-01")
            .OrderBy(l => l.Id, StringComparer.Ordinal)
            .ToList();
        var ids = learners.Select(l => l.Id).ToHashSet();
        var participations = Area.Participations.Where(p => ids.Contains(p.LearnerId)).ToList();
        var held = participations.Select(p => p.ActivityId).ToHashSet();
        var school = Area.Institutions.Single(i => i.Institution.Id == "sec-01").Institution;
        var expected = ProviderAccessEvaluator
            .Default.Evaluate(
                school,
                ActivityRecord
                    .Create(
                        learners,
                        Area.Activities.Where(a =>
                                held.Contains(a.Activity.Id)
                                || (a.InstitutionId == "sec-01" && a.Activity.OfferedTo.Count > 0)
                            )
                            .Select(a => a.Activity),
                        participations
                    )
                    .GetResultOrThrow(),
                new LocalDate(2025, 3, 1)
            )
            .GetResultOrThrow();
        Assert.True(root.GetProperty("inScope").GetBoolean());
        Assert.Equal(expected.Verdict.ToString(), root.GetProperty("verdict").GetString());

        var pupils = root.GetProperty("pupils").EnumerateArray().ToList();
        Assert.Equal(expected.Learners.Count, pupils.Count);
        foreach (var (pupil, want) in pupils.Zip(expected.Learners))
        {
            Assert.Equal(want.Learner.Id, pupil.GetProperty("learnerId").GetString());
            Assert.Equal(
                want.Phases.Select(p => p.Status.ToString()),
                pupil
                    .GetProperty("phases")
                    .EnumerateArray()
                    .Select(p => p.GetProperty("status").GetString())
            );
            Assert.Equal(
                want.Phases.SelectMany(p => p.Counted),
                pupil
                    .GetProperty("phases")
                    .EnumerateArray()
                    .SelectMany(p =>
                        p.GetProperty("counted").EnumerateArray().Select(c => c.GetString())
                    )
            );
        }

        var cohorts = root.GetProperty("cohorts").EnumerateArray().ToList();
        Assert.Equal(expected.Cohorts.Count, cohorts.Count);
        foreach (var (cohort, want) in cohorts.Zip(expected.Cohorts))
        {
            Assert.Equal((int)want.Phase, cohort.GetProperty("phase").GetInt32());
            Assert.Equal(want.Cohort, cohort.GetProperty("cohort").GetString());
            Assert.Equal(want.Status.ToString(), cohort.GetProperty("status").GetString());
            Assert.Equal(
                want.Occasions,
                cohort.GetProperty("occasions").EnumerateArray().Select(o => o.GetString())
            );
            Assert.Equal(want.Learners.Count, cohort.GetProperty("pupils").GetInt32());
        }

        // Each phase's cohorts together hold every pupil once.
        foreach (var phase in new[] { 1, 2, 3 })
        {
            Assert.Equal(
                pupils.Count,
                cohorts
                    .Where(c => c.GetProperty("phase").GetInt32() == phase)
                    .Sum(c => c.GetProperty("pupils").GetInt32())
            );
        }

        // The generator's provider encounters count: across the area, pupils have had them.
        var all = ProviderAccessEvaluator
            .Default.Evaluate(
                ActivityRecord
                    .Create(
                        Area.Learners,
                        Area.Activities.Select(a => a.Activity),
                        Area.Participations
                    )
                    .GetResultOrThrow(),
                new LocalDate(2025, 3, 1)
            )
            .GetResultOrThrow();
        Assert.Contains(all.Learners, l => l.Phases.Any(p => p.Status == PhaseStatus.Compliant));
        Assert.Contains(all.Cohorts, c => c.DutyMet);
    }

    [Fact]
    public async Task Get_TwoProviderEncountersAdded_PupilBecomesCompliantAndTheDutyIsMet()
    {
        // A Year 9 pupil of sec-02 whose phase one (Year 8 to 28 February of Year 9) is not yet met.
        var pupil = await FirstPupil("sec-02", 9, 1, status: "Missed");
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
            var content = (int)ProviderAccessPolicy.Default.RequiredContent;
            db.Activities.AddRange(
                Activity("pal-1", new DateOnly(2024, 10, 1), content, true, "prov-college"),
                Activity("pal-2", new DateOnly(2024, 11, 5), content, true, "prov-utc"),
                Activity("pal-3", new DateOnly(2024, 11, 6), content, false, "prov-itp")
            );
            db.Participations.AddRange(
                new ParticipationRow { ActivityId = "pal-1", LearnerId = pupil },
                new ParticipationRow { ActivityId = "pal-2", LearnerId = pupil },
                new ParticipationRow { ActivityId = "pal-3", LearnerId = pupil }
            );
            await db.SaveChangesAsync();
        }

        using var json = await GetJson("/institutions/sec-02/provider-access");
        var mine = json
            .RootElement.GetProperty("pupils")
            .EnumerateArray()
            .Single(p => p.GetProperty("learnerId").GetString() == pupil);
        var one = mine.GetProperty("phases")[0];
        Assert.Equal("Compliant", one.GetProperty("status").GetString());
        Assert.Equal(
            ["pal-1", "pal-2"],
            one.GetProperty("counted")
                .EnumerateArray()
                .Select(c => c.GetString())
                .Where(c => c!.StartsWith("pal-", StringComparison.Ordinal))
        );
        Assert.Contains(
            one.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()),
            r =>
                r!.StartsWith("pal-3", StringComparison.Ordinal)
                && r.Contains("not during the school day", StringComparison.Ordinal)
        );
        // The pupil's cohort (Year 8 in 2023/24) was given pal-1 and pal-2 in its own window.
        var cohort = json
            .RootElement.GetProperty("cohorts")
            .EnumerateArray()
            .Single(c => c.GetProperty("cohort").GetString() == "Year 8 in 2023/24");
        Assert.Equal("Met", cohort.GetProperty("status").GetString());
        Assert.Contains(
            "pal-1",
            cohort.GetProperty("occasions").EnumerateArray().Select(o => o.GetString())
        );
    }

    // Education Act 1997 s.42B(2): the duty is the proprietor's of a school; colleges are outside it. The college's
    // students (Years 12 and 13) are not reported as having missed the school-age phases.
    [Fact]
    public async Task Get_TheCollege_IsNotInScope_AndNoPupilIsJudged()
    {
        var college = Area
            .Institutions.Single(i => i.Institution.Type == InstitutionType.FurtherEducationCollege)
            .Institution.Id;
        using var json = await GetJson($"/institutions/{college}/provider-access");
        var root = json.RootElement;

        Assert.False(root.GetProperty("inScope").GetBoolean());
        Assert.Equal("NotInScope", root.GetProperty("verdict").GetString());
        Assert.Contains(
            "s.42B(2)",
            root.GetProperty("scope").GetString(),
            StringComparison.Ordinal
        );
        Assert.Empty(root.GetProperty("cohorts").EnumerateArray());
        Assert.Empty(root.GetProperty("pupils").EnumerateArray());
        Assert.Equal(
            "NotInScope",
            root.GetProperty("statement").GetProperty("verdict").GetString()
        );
    }

    [Fact]
    public async Task Get_ProviderEncountersImportedAsJson_Count()
    {
        var pupil = await FirstPupil("sec-04", 9, 1, status: "Missed");
        var yearGroup = 9;
        object Row(string activity, string date, string provider, bool schoolDay) =>
            new
            {
                learnerId = pupil,
                yearGroup,
                activityId = activity,
                activityDate = date,
                activityKind = "ProviderEncounter",
                evidence = new[]
                {
                    "ProviderInformation",
                    "LearningEnvironment",
                    "TwoWayInteraction",
                },
                duringSchoolDay = schoolDay,
                providers = new[] { provider },
            };
        var request = new HttpRequestMessage(
            HttpMethod.Post,
            "/institutions/sec-04/activities/import"
        )
        {
            Content = new StringContent(
                JsonSerializer.Serialize(
                    new[]
                    {
                        Row("imp-pal-1", "2024-10-02", "prov-college", true),
                        Row("imp-pal-2", "2024-12-03", "prov-rail", true),
                        Row("imp-pal-3", "2025-01-08", "prov-utc", false),
                    }
                ),
                Encoding.UTF8,
                "application/json"
            ),
        };
        request.Headers.Add(IdempotentImport.KeyHeader, Guid.NewGuid().ToString());
        using (var imported = await host.ActingClient().SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        }

        using var json = await GetJson("/institutions/sec-04/provider-access");
        var one = json
            .RootElement.GetProperty("pupils")
            .EnumerateArray()
            .Single(p => p.GetProperty("learnerId").GetString() == pupil)
            .GetProperty("phases")[0];
        Assert.Equal("Compliant", one.GetProperty("status").GetString());
        var counted = one.GetProperty("counted")
            .EnumerateArray()
            .Select(c => c.GetString())
            .ToList();
        Assert.Contains("imp-pal-1", counted);
        Assert.Contains("imp-pal-2", counted);
        Assert.DoesNotContain("imp-pal-3", counted);
    }

    [Fact]
    public async Task Get_Statement_IsTheChecklistOfTheSchoolsDeclaration()
    {
        foreach (var school in Area.Institutions.Where(i => i.ProviderAccessStatement is not null))
        {
            using var json = await GetJson(
                $"/institutions/{school.Institution.Id}/provider-access"
            );
            var statement = json.RootElement.GetProperty("statement");
            var expected = school.ProviderAccessStatement!;
            Assert.Equal(expected.IsComplete, statement.GetProperty("complete").GetBoolean());
            Assert.Equal(
                expected.IsComplete ? "Complete" : "Incomplete",
                statement.GetProperty("verdict").GetString()
            );
            Assert.Equal(
                expected.Check().Select(i => (i.Item, i.Met)),
                statement
                    .GetProperty("items")
                    .EnumerateArray()
                    .Select(i =>
                        (i.GetProperty("item").GetString()!, i.GetProperty("met").GetBoolean())
                    )
            );
        }

        Assert.Contains(Area.Institutions, i => i.ProviderAccessStatement is { IsComplete: false });
        Assert.Contains(Area.Institutions, i => i.ProviderAccessStatement is { IsComplete: true });
    }

    [Fact]
    public async Task Get_PastYear_AnswersAsAtItsEnd()
    {
        using var json = await GetJson("/institutions/sec-03/provider-access?academicYear=2023/24");
        Assert.Equal("2023/24", json.RootElement.GetProperty("academicYear").GetString());
        Assert.Equal("2024-08-31", json.RootElement.GetProperty("asAt").GetString());
        // The roll is today's, moved back a year: this year's Years 7 to 11 were in Years 6 to 10.
        Assert.All(
            json.RootElement.GetProperty("pupils").EnumerateArray(),
            p => Assert.InRange(p.GetProperty("yearGroup").GetInt32(), 6, 10)
        );
    }

    [Theory]
    [InlineData("?academicYear=twenty")]
    [InlineData("?academicYear=2026/27")]
    public async Task Get_BadAcademicYear_Is400AtTheQuery(string query)
    {
        using var response = await host.ActingClient()
            .GetAsync("/institutions/sec-01/provider-access" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray().ToList());
        Assert.Equal("query.academic-year", error.GetProperty("code").GetString());
        Assert.Equal("/query/academicYear", error.GetProperty("path").GetString());
    }

    [Fact]
    public async Task Get_UnknownInstitution_Is404()
    {
        using var response = await host.ActingClient()
            .GetAsync("/institutions/nowhere/provider-access");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static ActivityRow Activity(
        string id,
        DateOnly date,
        int evidence,
        bool schoolDay,
        string provider
    ) =>
        new()
        {
            Id = id,
            InstitutionId = "sec-02",
            Kind = (int)ActivityKind.ProviderEncounter,
            Date = date,
            Evidence = evidence,
            DuringSchoolDay = schoolDay,
            Providers = provider,
        };

    private async Task<string> FirstPupil(
        string institutionId,
        int yearGroup,
        int phase,
        string status
    )
    {
        using var json = await GetJson($"/institutions/{institutionId}/provider-access");
        return json
            .RootElement.GetProperty("pupils")
            .EnumerateArray()
            .First(p =>
                p.GetProperty("yearGroup").GetInt32() == yearGroup
                && p.GetProperty("phases")[phase - 1].GetProperty("status").GetString() == status
            )
            .GetProperty("learnerId")
            .GetString()!;
    }

    private async Task<JsonDocument> GetJson(string url)
    {
        using var response = await host.ActingClient().GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text);
    }
}

/// <summary>Provider access on SQLite.</summary>
public sealed class SqliteProviderAccessEndpointsTests(SqliteHost host)
    : ProviderAccessEndpointsTests(host),
        IClassFixture<SqliteHost>;

/// <summary>Provider access on PostgreSQL.</summary>
public sealed class PostgreSqlProviderAccessEndpointsTests(PostgreSqlHost host)
    : ProviderAccessEndpointsTests(host),
        IClassFixture<PostgreSqlHost>;
