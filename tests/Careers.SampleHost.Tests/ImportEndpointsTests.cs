using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Careers.SampleHost.Api;
using Careers.SampleHost.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Careers.SampleHost.Tests;

/// <summary>The bulk import of activities, on each database (see the subclasses).</summary>
public abstract class ImportEndpointsTests(HostFixture host)
{
    private const string Url = "/institutions/sec-01/activities/import";

    [Fact]
    public async Task Import_Csv_WritesEveryRowAndEachLearnersEvidence()
    {
        var (a, b) = await TwoLearners("sec-01");
        var csv = Csv(
            $"{a.Id},sec-01,{a.YearGroup},csv-1,2025-01-14,EmployerTalk,LearningOutcomes|TwoWayInteraction|ActiveParticipation,2",
            $"{b.Id},,Year {b.YearGroup},csv-1,2025-01-14,EmployerTalk,LearningOutcomes|TwoWayInteraction,2",
            $"{a.Id},sec-01,Y{a.YearGroup},csv-2,2024-11-05,CareersFair,,5"
        );

        using var response = await Post(Url, csv, "text/csv", Key());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(3, json.RootElement.GetProperty("rows").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("activities").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("participations").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("learners").GetInt32());

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        var activity = await db.Activities.SingleAsync(x => x.Id == "csv-1");
        Assert.Equal("sec-01", activity.InstitutionId);
        Assert.Equal((int)ActivityKind.EmployerTalk, activity.Kind);
        Assert.Equal(new DateOnly(2025, 1, 14), activity.Date);
        Assert.Equal(2, activity.Employers);
        // Each learner's evidence, the activity's and their own, is exactly their row's.
        var shared = MeaningfulEvidence.LearningOutcomes | MeaningfulEvidence.TwoWayInteraction;
        Assert.Equal((int)shared, activity.Evidence);
        var own = await db
            .Participations.Where(p => p.ActivityId == "csv-1")
            .ToDictionaryAsync(p => p.LearnerId, p => p.Evidence);
        Assert.Equal((int)MeaningfulEvidence.ActiveParticipation, own[a.Id]);
        Assert.Equal(0, own[b.Id]);
        Assert.Equal(1, await db.Participations.CountAsync(p => p.ActivityId == "csv-2"));
    }

    [Fact]
    public async Task Import_Json_WritesTheRows()
    {
        var (a, b) = await TwoLearners("sec-01");
        var body = JsonSerializer.Serialize(
            new object[]
            {
                new
                {
                    learnerId = a.Id,
                    institutionId = "sec-01",
                    yearGroup = a.YearGroup,
                    activityId = "json-1",
                    activityDate = "2025-02-03",
                    activityKind = "WorkplaceVisit",
                    evidence = new[] { "LearningOutcomes", "TwoWayInteraction" },
                    employers = 1,
                },
                new
                {
                    learnerId = b.Id,
                    yearGroup = $"Year {b.YearGroup}",
                    activityId = "json-1",
                    activityDate = "2025-02-03",
                    activityKind = "workplacevisit",
                    evidence = new[] { "LearningOutcomes", "TwoWayInteraction" },
                    employers = 1,
                },
            }
        );

        using var response = await Post(Url, body, "application/json", Key());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        Assert.Equal(2, await db.Participations.CountAsync(p => p.ActivityId == "json-1"));
        var activity = await db.Activities.SingleAsync(x => x.Id == "json-1");
        Assert.Equal((int)ActivityKind.WorkplaceVisit, activity.Kind);
    }

    [Fact]
    public async Task Import_BadRows_ListsEveryBadRowAndLeavesTheDatabaseExactlyAsItWas()
    {
        var (a, b) = await TwoLearners("sec-01");
        var (other, _) = await TwoLearners("sec-02");
        var csv = Csv(
            $"{a.Id},sec-01,{a.YearGroup},bad-1,2025-01-14,EmployerTalk,LearningOutcomes,1", // row 1: good
            $"nobody,sec-01,{a.YearGroup},bad-1,2025-01-14,EmployerTalk,LearningOutcomes,1", // row 2: unknown learner
            $"{other.Id},sec-01,{other.YearGroup},bad-1,2025-01-14,EmployerTalk,,1", // row 3: another school's
            $"{b.Id},sec-01,{b.YearGroup},bad-2,2025-02-30,EmployerTalk,,1", // row 4: no such day
            $"{b.Id},sec-01,{b.YearGroup},bad-3,2025-01-14,Picnic,,1", // row 5: unknown kind
            $"{b.Id},sec-01,{b.YearGroup},bad-4,2025-06-01,EmployerTalk,,1", // row 6: after the reference date
            $"{a.Id},sec-01,{a.YearGroup},bad-1,2025-01-14,EmployerTalk,LearningOutcomes,1", // row 7: repeats row 1
            $"{b.Id},sec-01,{(b.YearGroup == 7 ? 8 : 7)},bad-5,2025-01-14,EmployerTalk,,1", // row 8: wrong year group
            $"{b.Id},other-school,{b.YearGroup},bad-6,2025-01-14,EmployerTalk,,1", // row 9: another institution
            $"{b.Id},sec-01,{b.YearGroup},bad-1,2025-01-15,EmployerTalk,,1" // row 10: bad-1 on another day
        );
        var before = await Snapshot();

        using var response = await Post(Url, csv, "text/csv", Key());
        var errors = await ProblemErrors(response, HttpStatusCode.BadRequest);

        Assert.Equal(before, await Snapshot());
        Assert.Contains(errors, e => e is ("import.learner", "/rows/2/learner_id"));
        Assert.Contains(errors, e => e is ("import.learner", "/rows/3/learner_id"));
        Assert.Contains(errors, e => e is ("csv.activity-date", "/rows/4/activity_date"));
        Assert.Contains(errors, e => e is ("csv.activity-kind", "/rows/5/activity_kind"));
        Assert.Contains(errors, e => e is ("import.activity-date", "/rows/6/activity_date"));
        Assert.Contains(errors, e => e is ("import.duplicate", "/rows/7"));
        Assert.Contains(errors, e => e is ("import.year-group", "/rows/8/year_group"));
        Assert.Contains(errors, e => e is ("import.institution", "/rows/9/institution_id"));
        Assert.Contains(errors, e => e is ("import.activity-conflict", "/rows/10/activity_id"));
        Assert.DoesNotContain(errors, e => e.Path.StartsWith("/rows/1/", StringComparison.Ordinal));
        Assert.Equal(9, errors.Length);
        // Another school's learner is answered exactly as a missing one.
        var unknown = Message(response, "/rows/2/learner_id");
        Assert.Equal(
            (await unknown).Replace(
                "Row 2 (line 3): learner 'nobody'",
                "",
                StringComparison.Ordinal
            ),
            (await Message(response, "/rows/3/learner_id")).Replace(
                $"Row 3 (line 4): learner '{other.Id}'",
                "",
                StringComparison.Ordinal
            )
        );
    }

    [Fact]
    public async Task Import_BlankLinesAndUnreadableRows_AreNumberedAsTheFileIs()
    {
        var (a, _) = await TwoLearners("sec-01");
        var csv = Csv(
            $"{a.Id},sec-01,{a.YearGroup},blank-1,2025-01-14,EmployerTalk,,1",
            "",
            $"{a.Id},sec-01,{a.YearGroup},blank-2,not-a-date,EmployerTalk,,1",
            $"nobody,sec-01,{a.YearGroup},blank-3,2025-01-14,EmployerTalk,,1"
        );
        var before = await Snapshot();

        using var response = await Post(Url, csv, "text/csv", Key());
        var errors = await ProblemErrors(response, HttpStatusCode.BadRequest);

        Assert.Equal(before, await Snapshot());
        Assert.Equal(
            [
                ("csv.activity-date", "/rows/3/activity_date"),
                ("import.learner", "/rows/4/learner_id"),
            ],
            errors.Select(e => (e.Code, e.Path)).ToArray()
        );
    }

    [Fact]
    public async Task Import_JsonWithOnlyRulesBroken_Is422WithAPointerPerBadItem()
    {
        var (a, _) = await TwoLearners("sec-01");
        var body = $$"""
            [
              {"learnerId": "{{a.Id}}", "yearGroup": {{a.YearGroup}}, "activityId": "j422-1", "activityDate": "2025-01-14", "activityKind": "EmployerTalk"},
              {"learnerId": "nobody", "yearGroup": {{a.YearGroup}}, "activityId": "j422-1", "activityDate": "2025-01-14", "activityKind": "EmployerTalk"},
              {"learnerId": "{{a.Id}}", "yearGroup": {{a.YearGroup}}, "activityId": "j422-2", "activityDate": "2030-01-14", "activityKind": "EmployerTalk"}
            ]
            """;
        var before = await Snapshot();

        using var response = await Post(Url, body, "application/json", Key());
        var errors = await ProblemErrors(response, HttpStatusCode.UnprocessableEntity);

        Assert.Equal(before, await Snapshot());
        Assert.Equal(
            [("import.learner", "/1/learnerId"), ("import.activity-date", "/2/activityDate")],
            errors.Select(e => (e.Code, e.Path)).ToArray()
        );
    }

    [Fact]
    public async Task Import_JsonDatedBefore1900OrBeforeBirth_Is422AndTheAreaStillAnswers()
    {
        // Issue 16: a JSON row dated 1899-12-31 was written, and every area page answered 500 from then on.
        var (a, _) = await TwoLearners("sec-01");
        var beforeBirth = a
            .DateOfBirth.AddDays(-1)
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var body = $$"""
            [
              {"learnerId": "{{a.Id}}", "yearGroup": {{a.YearGroup}}, "activityId": "old-1", "activityDate": "1899-12-31", "activityKind": "EmployerTalk"},
              {"learnerId": "{{a.Id}}", "yearGroup": {{a.YearGroup}}, "activityId": "old-2", "activityDate": "{{beforeBirth}}", "activityKind": "EmployerTalk"}
            ]
            """;
        var before = await Snapshot();

        using var response = await Post(Url, body, "application/json", Key());
        var errors = await ProblemErrors(response, HttpStatusCode.UnprocessableEntity);

        Assert.Equal(before, await Snapshot());
        Assert.Equal(
            [
                ("import.activity-date", "/0/activityDate"),
                ("import.activity-date", "/0/activityDate"),
                ("import.activity-date", "/1/activityDate"),
            ],
            errors.Select(e => (e.Code, e.Path)).ToArray()
        );
        using var area = await host.ActingClient().GetAsync("/area/gatsby");
        Assert.Equal(HttpStatusCode.OK, area.StatusCode);
    }

    [Fact]
    public async Task Import_JsonWithBadFields_Is400WithEveryField()
    {
        var body = """
            [
              {"learnerId": "", "yearGroup": "Year 99", "activityId": "x", "activityDate": "14/01/2025", "activityKind": "3", "evidence": ["Vibes"], "employers": -1, "duringSchoolDay": "yes", "providers": "prov-college", "colour": "red"},
              42
            ]
            """;
        var before = await Snapshot();

        using var response = await Post(Url, body, "application/json", Key());
        var errors = await ProblemErrors(response, HttpStatusCode.BadRequest);

        Assert.Equal(before, await Snapshot());
        Assert.Equal(
            new[]
            {
                "/0/colour",
                "/0/learnerId",
                "/0/yearGroup",
                "/0/activityDate",
                "/0/activityKind",
                "/0/evidence",
                "/0/employers",
                "/0/duringSchoolDay",
                "/0/providers",
                "/1",
            },
            errors.Select(e => e.Path).ToArray()
        );
    }

    [Fact]
    public async Task Import_SameKeySameBody_AnswersAsBeforeAndWritesOnce()
    {
        var (a, b) = await TwoLearners("sec-01");
        var csv = Csv(
            $"{a.Id},sec-01,{a.YearGroup},idem-1,2025-01-20,Mentoring,LearningOutcomes,1",
            $"{b.Id},sec-01,{b.YearGroup},idem-1,2025-01-20,Mentoring,LearningOutcomes,1"
        );
        var key = Key();

        using var first = await Post(Url, csv, "text/csv", key);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.False(first.Headers.Contains(IdempotentImport.ReplayedHeader));
        var afterFirst = await Snapshot();

        using var second = await Post(Url, csv, "text/csv", key);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(firstBody, await second.Content.ReadAsStringAsync());
        Assert.Equal("true", second.Headers.GetValues(IdempotentImport.ReplayedHeader).Single());
        Assert.Equal(afterFirst, await Snapshot());

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        Assert.Equal(2, await db.Participations.CountAsync(p => p.ActivityId == "idem-1"));
    }

    [Fact]
    public async Task Import_SameKeyRacing_OneWriteAndTheSameAnswerForEveryRequest()
    {
        var (a, b) = await TwoLearners("sec-01");
        var csv = Csv(
            $"{a.Id},sec-01,{a.YearGroup},race-1,2025-01-23,Mentoring,LearningOutcomes,1",
            $"{b.Id},sec-01,{b.YearGroup},race-1,2025-01-23,Mentoring,LearningOutcomes,1"
        );
        var key = Key();

        var responses = await Task.WhenAll(
            Enumerable.Range(0, 6).Select(_ => Post(Url, csv, "text/csv", key))
        );
        try
        {
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
            Assert.Single(bodies.Distinct());
            Assert.Equal(
                5,
                responses.Count(r => r.Headers.Contains(IdempotentImport.ReplayedHeader))
            );
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        Assert.Equal(1, await db.Activities.CountAsync(x => x.Id == "race-1"));
        Assert.Equal(2, await db.Participations.CountAsync(p => p.ActivityId == "race-1"));
        Assert.Equal(1, await db.ImportRequests.CountAsync(r => r.IdempotencyKey == key));
    }

    [Fact]
    public async Task Import_SameKeyOtherBody_Is422AndWritesNothing()
    {
        var (a, _) = await TwoLearners("sec-01");
        var key = Key();
        using var first = await Post(
            Url,
            Csv($"{a.Id},sec-01,{a.YearGroup},reuse-1,2025-01-21,Mentoring,,1"),
            "text/csv",
            key
        );
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var before = await Snapshot();

        using var second = await Post(
            Url,
            Csv($"{a.Id},sec-01,{a.YearGroup},reuse-2,2025-01-22,Mentoring,,1"),
            "text/csv",
            key
        );
        var error = Assert.Single(await ProblemErrors(second, HttpStatusCode.UnprocessableEntity));
        Assert.Equal(
            ("import.idempotency-key-reused", "/headers/Idempotency-Key"),
            (error.Code, error.Path)
        );
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task Import_ActivityAlreadyHeld_Is422()
    {
        var (a, _) = await TwoLearners("sec-01");
        var before = await Snapshot();
        using var response = await Post(
            Url,
            Csv($"{a.Id},sec-01,{a.YearGroup},A000001,2024-01-21,Mentoring,,1"),
            "text/csv",
            Key()
        );
        var error = Assert.Single(
            await ProblemErrors(response, HttpStatusCode.UnprocessableEntity)
        );
        Assert.Equal(("import.activity-exists", "/rows/1/activity_id"), (error.Code, error.Path));
        Assert.Equal(before, await Snapshot());
    }

    [Fact]
    public async Task Import_WithoutKey_Is400AtTheHeader()
    {
        using var content = new StringContent(Csv(), Encoding.UTF8, "text/csv");
        using var response = await host.ActingClient().PostAsync(Url, content);
        var error = Assert.Single(await ProblemErrors(response, HttpStatusCode.BadRequest));
        Assert.Equal(
            ("import.idempotency-key", "/headers/Idempotency-Key"),
            (error.Code, error.Path)
        );
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Import_TooLarge_Is413AndWritesNothing(bool lengthKnown)
    {
        var (a, _) = await TwoLearners("sec-01");
        var text = new StringBuilder(Csv());
        var n = 0;
        while (text.Length <= ImportEndpoints.DefaultMaxBytes)
        {
            text.Append(
                CultureInfo.InvariantCulture,
                $"{a.Id},sec-01,{a.YearGroup},big-{n++},2025-01-14,EmployerTalk,,1\n"
            );
        }

        var before = await Snapshot();
        var request = new HttpRequestMessage(HttpMethod.Post, Url)
        {
            Content = lengthKnown
                ? new StringContent(text.ToString(), Encoding.UTF8, "text/csv")
                : new StreamedContent(Encoding.UTF8.GetBytes(text.ToString()), "text/csv"),
        };
        request.Headers.Add(IdempotentImport.KeyHeader, Key());
        using var response = await host.ActingClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await Snapshot());
    }

    [Theory]
    [InlineData("text/plain", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/xml", HttpStatusCode.UnsupportedMediaType)]
    public async Task Import_OtherMediaType_Is415(string mediaType, HttpStatusCode status)
    {
        using var response = await Post(Url, Csv(), mediaType, Key());
        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task Import_UnknownInstitution_Is404()
    {
        using var response = await Post(
            "/institutions/nowhere/activities/import",
            Csv(),
            "text/csv",
            Key()
        );
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Two learners of an institution, in Years 7 to 11, as the database holds them.</summary>
    private async Task<(LearnerRow, LearnerRow)> TwoLearners(string institutionId)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        var rows = await db
            .Learners.AsNoTracking()
            .Where(l => l.InstitutionId == institutionId && l.YearGroup >= 7 && l.YearGroup <= 11)
            .OrderBy(l => l.Id)
            .Take(2)
            .ToListAsync();
        return (rows[0], rows[1]);
    }

    private Task<string> Snapshot() => DatabaseSnapshot.Of(host);

    private static string Csv(params string[] rows) =>
        string.Join("\n", [Careers.Encounters.Streaming.EncounterCsv.Header, .. rows]) + "\n";

    private static string Key() => Guid.NewGuid().ToString("D");

    private async Task<HttpResponseMessage> Post(
        string url,
        string body,
        string mediaType,
        string key
    )
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, mediaType),
        };
        request.Headers.Add(IdempotentImport.KeyHeader, key);
        return await host.ActingClient().SendAsync(request);
    }

    private static async Task<string> Message(HttpResponseMessage response, string path)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json
            .RootElement.GetProperty("errors")
            .EnumerateArray()
            .Single(e => e.GetProperty("path").GetString() == path)
            .GetProperty("message")
            .GetString()!;
    }

    private static async Task<Error[]> ProblemErrors(
        HttpResponseMessage response,
        HttpStatusCode status
    )
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

    private sealed record Error(string Code, string Path, string Message)
    {
        public void Deconstruct(out string code, out string path) => (code, path) = (Code, Path);
    }
}

/// <summary>A body sent without a Content-Length, as a client streaming it would send it.</summary>
internal sealed class StreamedContent : HttpContent
{
    private readonly byte[] bytes;

    public StreamedContent(byte[] bytes, string mediaType)
    {
        this.bytes = bytes;
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
    }

    protected override async Task SerializeToStreamAsync(
        System.IO.Stream stream,
        TransportContext? context
    )
    {
        for (var at = 0; at < bytes.Length; at += 8192)
        {
            await stream.WriteAsync(bytes.AsMemory(at, Math.Min(8192, bytes.Length - at)));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}

/// <summary>The import on SQLite.</summary>
public sealed class SqliteImportEndpointsTests(SqliteHost host)
    : ImportEndpointsTests(host),
        IClassFixture<SqliteHost>;

/// <summary>The import on PostgreSQL.</summary>
public sealed class PostgreSqlImportEndpointsTests(PostgreSqlHost host)
    : ImportEndpointsTests(host),
        IClassFixture<PostgreSqlHost>;
