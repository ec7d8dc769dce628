using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Careers.CareersLog;
using Careers.SampleHost.Synthetic;
using NodaTime;

namespace Careers.SampleHost.Tests;

// Careers.CareersLog is also a namespace, and inside namespace Careers.* the compiler finds the namespace before the
// type; this alias names the type (code outside namespace Careers needs only `using Careers.CareersLog;`).

/// <summary>The careers-log transfer between schools, on each database (see the subclasses).</summary>
public abstract class TransferEndpointsTests(HostFixture host)
{
    private static readonly SyntheticArea Area = SyntheticAreaGenerator.Generate(
        HostFixture.Synthetic
    );

    [Fact]
    public async Task Transfer_Year7Log_MovesTheLearnerAndRecordsTheSchoolDates()
    {
        // A pupil who has taken part in activities at the sending school (the last such, as the other tests take the first few).
        var (learner, log) = Area
            .CareersLogs.Select(l =>
                (Learner: Area.Learners.Single(x => x.Id == l.LearnerId), l.Log)
            )
            .Last(l =>
                l.Learner.YearGroup.Number == 7
                && Area.Participations.Any(p => p.LearnerId == l.Learner.Id)
            );
        var target = OtherSecondary(learner);

        // The sending school asks; nothing moves until the receiving school accepts.
        using var asked = await Transfer(
            learner.Id,
            new { institutionId = target, date = "2025-03-03" }
        );
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        using var pending = JsonDocument.Parse(await asked.Content.ReadAsStringAsync());
        Assert.Equal("Pending", pending.RootElement.GetProperty("status").GetString());
        Assert.Null(pending.RootElement.GetProperty("decidedAt").GetString());
        Assert.EndsWith(
            "Z",
            pending.RootElement.GetProperty("requestedAt").GetString(),
            StringComparison.Ordinal
        );
        var transferId = pending.RootElement.GetProperty("id").GetString()!;
        using (
            var still = JsonDocument.Parse(
                await host.ActingClient().GetStringAsync($"/learners/{learner.Id}")
            )
        )
        {
            Assert.Equal(
                learner.InstitutionId,
                still.RootElement.GetProperty("institutionId").GetString()
            );
        }

        // The receiving school sees it among its transfers, and accepts it.
        using (
            var list = JsonDocument.Parse(
                await host.Client(Security.ApiRole.School, target)
                    .GetStringAsync($"/institutions/{target}/transfers")
            )
        )
        {
            Assert.Contains(
                list.RootElement.EnumerateArray(),
                t =>
                    t.GetProperty("id").GetString() == transferId
                    && t.GetProperty("status").GetString() == "Pending"
            );
        }

        using var response = await Accept(target, transferId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(learner.InstitutionId, root.GetProperty("from").GetString());
        Assert.Equal(target, root.GetProperty("to").GetString());
        Assert.Empty(root.GetProperty("conflicts").EnumerateArray());
        Assert.Equal(log.Entries.Count, root.GetProperty("added").GetArrayLength());

        var merged = CareersLogSerializer
            .Deserialize(root.GetProperty("log").GetRawText())
            .GetResultOrThrow();
        Assert.Equal(3, merged.Schools.Count);
        Assert.Equal(log.Schools[0], merged.Schools[0]);
        Assert.Equal(new LocalDate(2025, 3, 2), merged.Schools[1].To);
        Assert.Equal(new LocalDate(2025, 3, 3), merged.Schools[2].From);
        Assert.Null(merged.Schools[2].To);
        Assert.Equal(
            log.Entries.Select(e => e.Id).Order(),
            merged.Entries.Select(e => e.Id).Order()
        );

        // The learner moved, and the log the host now serves is the merged one, under the new ETag.
        using var moved = JsonDocument.Parse(
            await host.ActingClient().GetStringAsync($"/learners/{learner.Id}")
        );
        Assert.Equal(target, moved.RootElement.GetProperty("institutionId").GetString());
        using var read = await host.ActingClient().GetAsync($"/learners/{learner.Id}/careers-log");
        Assert.Equal(response.Headers.ETag, read.Headers.ETag);
        Assert.Equal(root.GetProperty("log").GetRawText(), await read.Content.ReadAsStringAsync());
        Assert.Empty(CareersLogValidator.Default.Validate(await read.Content.ReadAsStringAsync()));

        // The learner's record comes with them: both schools still answer, and the learner's encounters count.
        foreach (
            var url in new[]
            {
                $"/institutions/{target}/entitlement",
                $"/institutions/{learner.InstitutionId}/entitlement",
                $"/institutions/{target}/gatsby",
                $"/institutions/{target}/provider-access",
                $"/learners/{learner.Id}/entitlement",
                "/area/entitlement",
            }
        )
        {
            using var answer = await host.ActingClient().GetAsync(url);
            Assert.True(
                answer.StatusCode == HttpStatusCode.OK,
                $"{url}: {answer.StatusCode} {await answer.Content.ReadAsStringAsync()}"
            );
        }
    }

    [Fact]
    public async Task Transfer_WithReceivingLog_MergesAndReportsConflicts()
    {
        var (learner, log) = Logged(7, 1);
        var target = OtherSecondary(learner);
        var edited = log.Entries[0];
        var teacher = new LogAuthor(AuthorRole.Teacher);
        var receiving = CareersLogDocument
            .Start(log.Learner, new LogSchool(null, LaEstabOf(target), new LocalDate(2025, 3, 10)))
            .Add(edited with { Date = edited.Date.PlusDays(1) })
            .Add(
                new CareerRelatedLearningEntry(
                    "r-induction",
                    new LocalDate(2025, 3, 10),
                    YearGroup.FromNumber(7),
                    teacher,
                    "Induction: my careers log"
                )
            );

        using var response = await TransferAndAccept(
            learner.Id,
            target,
            new { laEstab = LaEstabOf(target).ToString(), date = "2025-03-10" },
            new { receivingLog = JsonNode.Parse(CareersLogSerializer.Serialize(receiving)) }
        );
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var conflict = Assert.Single(json.RootElement.GetProperty("conflicts").EnumerateArray());
        Assert.Equal(edited.Id, conflict.GetProperty("id").GetString());
        var merged = CareersLogSerializer
            .Deserialize(json.RootElement.GetProperty("log").GetRawText())
            .GetResultOrThrow();
        // The receiving school's version of the edited entry is kept, and its own entry stays.
        Assert.Equal(edited.Date.PlusDays(1), merged.FindEntry(edited.Id)!.Date);
        Assert.NotNull(merged.FindEntry("r-induction"));
        Assert.Equal(log.Entries.Count + 1, merged.Entries.Count);
        var pointer = conflict.GetProperty("path").GetString()!;
        var index = int.Parse(
            pointer.Split('/').Last(),
            System.Globalization.CultureInfo.InvariantCulture
        );
        Assert.Equal(edited.Id, merged.Entries[index].Id);
    }

    [Fact]
    public async Task Transfer_ReceivingLogOfAnotherLearner_Is422AndChangesNothing()
    {
        var (learner, _) = Logged(7, 2);
        var (other, otherLog) = Logged(6, 0);
        using var before = await host.ActingClient()
            .GetAsync($"/learners/{learner.Id}/careers-log");

        using var response = await TransferAndAccept(
            learner.Id,
            OtherSecondary(learner),
            new { institutionId = OtherSecondary(learner), date = "2025-03-10" },
            new { receivingLog = JsonNode.Parse(CareersLogSerializer.Serialize(otherLog)) }
        );
        var errors = await ProblemErrors(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains(
            errors,
            e =>
                e.Code == "log.learner-mismatch"
                && e.Path.StartsWith("/receivingLog/learner/", StringComparison.Ordinal)
        );
        await AssertUnchanged(learner, before);
        Assert.NotEqual(learner.Id, other.Id);
    }

    [Fact]
    public async Task Transfer_BadBody_Is400WithEveryField()
    {
        var (learner, _) = Logged(7, 3);
        using var response = await Transfer(learner.Id, new { date = "3 March" });
        var errors = await ProblemErrors(response, HttpStatusCode.BadRequest);
        Assert.Contains(errors, e => e.Path == "/institutionId");
        Assert.Contains(errors, e => e.Path == "/date");
    }

    // An institution id of 100,000 characters was looked up in the database before; now it is a field error.
    [Fact]
    public async Task Transfer_HugeInstitutionId_Is400AtIt()
    {
        var (learner, _) = Logged(7, 9);
        using var response = await Transfer(
            learner.Id,
            new { institutionId = new string('x', 100_000), date = "2025-03-10" }
        );
        var error = Assert.Single(await ProblemErrors(response, HttpStatusCode.BadRequest));
        Assert.Equal(("transfer.institution", "/institutionId"), error);
    }

    [Fact]
    public async Task Accept_BadReceivingLog_Is400AtTheLog()
    {
        var (learner, _) = Logged(7, 6);
        var target = OtherSecondary(learner);
        var transferId = await AskFor(learner, target, "2025-03-10");
        using var response = await Accept(
            target,
            transferId,
            new { receivingLog = new { schemaVersion = 2 } }
        );
        var errors = await ProblemErrors(response, HttpStatusCode.BadRequest);
        Assert.All(
            errors,
            e => Assert.StartsWith("/receivingLog", e.Path, StringComparison.Ordinal)
        );
        await Cancel(learner, transferId);
    }

    // A transfer cannot be dated in the future: "9999-12-31" moved the learner at once before, and the sending school
    // lost access with no way back.
    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("tomorrow")]
    public async Task Transfer_FutureDate_Is400AndChangesNothing(string date)
    {
        var (learner, _) = Logged(7, 7);
        using var before = await host.ActingClient()
            .GetAsync($"/learners/{learner.Id}/careers-log");
        var when =
            date == "tomorrow"
                ? Instant
                    .FromDateTimeOffset(TimeProvider.System.GetUtcNow())
                    .InUtc()
                    .Date.PlusDays(2)
                    .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                : date;

        using var response = await Transfer(
            learner.Id,
            new { institutionId = OtherSecondary(learner), date = when }
        );
        var error = Assert.Single(await ProblemErrors(response, HttpStatusCode.BadRequest));
        Assert.Equal(("transfer.date", "/date"), error);
        await AssertUnchanged(learner, before);
    }

    // The receiving school decides: declining (or the sending school cancelling) moves nothing, a decided transfer
    // cannot be decided again, another school cannot accept it, and a learner has one pending transfer at a time.
    [Fact]
    public async Task Transfer_DeclinedOrCancelled_MovesNothing()
    {
        var (learner, _) = Logged(7, 8);
        var target = OtherSecondary(learner);
        var third = target == "sec-03" ? "sec-04" : "sec-03";
        using var before = await host.ActingClient()
            .GetAsync($"/learners/{learner.Id}/careers-log");

        var first = await AskFor(learner, target, "2025-03-10");
        using (
            var again = await Transfer(
                learner.Id,
                new { institutionId = third, date = "2025-03-10" }
            )
        )
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }

        using (var stranger = await Accept(third, first))
        {
            Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        }

        using (
            var declined = await host.Client(Security.ApiRole.School, target)
                .PostAsync($"/institutions/{target}/transfers/{first}/decline", null)
        )
        {
            Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        }

        using (var late = await Accept(target, first))
        {
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        }

        var second = await AskFor(learner, target, "2025-03-10");
        await Cancel(learner, second);
        using (var cancelled = await Accept(target, second))
        {
            Assert.Equal(HttpStatusCode.Conflict, cancelled.StatusCode);
        }

        await AssertUnchanged(learner, before);
    }

    [Theory]
    [InlineData("same-school", "2025-03-10", "/institutionId")]
    [InlineData("nowhere", "2025-03-10", "/institutionId")]
    [InlineData("other-school", "2024-09-01", "/date")]
    public async Task Transfer_CannotBeMade_Is422AndChangesNothing(
        string to,
        string date,
        string path
    )
    {
        var (learner, _) = Logged(7, 4);
        var target = to switch
        {
            "same-school" => learner.InstitutionId!,
            "other-school" => OtherSecondary(learner),
            _ => to,
        };
        using var before = await host.ActingClient()
            .GetAsync($"/learners/{learner.Id}/careers-log");

        using var response = await Transfer(learner.Id, new { institutionId = target, date });
        var error = Assert.Single(
            await ProblemErrors(response, HttpStatusCode.UnprocessableEntity)
        );
        Assert.Equal(path, error.Path);
        await AssertUnchanged(learner, before);
    }

    [Fact]
    public async Task Transfer_StaleIfMatch_Is412AndChangesNothing()
    {
        var (learner, _) = Logged(7, 5);
        using var before = await host.ActingClient()
            .GetAsync($"/learners/{learner.Id}/careers-log");
        var request = TransferRequest(
            learner.Id,
            new { institutionId = OtherSecondary(learner), date = "2025-03-10" }
        );
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"9\""));
        using var response = await host.ActingClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        await AssertUnchanged(learner, before);
    }

    [Fact]
    public async Task Transfer_UnknownLearner_Is404()
    {
        using var response = await Transfer(
            "nobody",
            new { institutionId = "sec-01", date = "2025-03-10" }
        );
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task AssertUnchanged(Learner learner, HttpResponseMessage before)
    {
        using var after = await host.ActingClient().GetAsync($"/learners/{learner.Id}/careers-log");
        Assert.Equal(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal(
            await before.Content.ReadAsStringAsync(),
            await after.Content.ReadAsStringAsync()
        );
        using var row = JsonDocument.Parse(
            await host.ActingClient().GetStringAsync($"/learners/{learner.Id}")
        );
        Assert.Equal(
            learner.InstitutionId,
            row.RootElement.GetProperty("institutionId").GetString()
        );
    }

    /// <summary>The n-th learner of a year group with a seeded log (each test takes its own).</summary>
    private static (Learner, CareersLogDocument) Logged(int yearGroup, int n)
    {
        var learners = Area.Learners.ToDictionary(l => l.Id);
        var (id, log) = Area
            .CareersLogs.Where(l => learners[l.LearnerId].YearGroup.Number == yearGroup)
            .ElementAt(n);
        return (learners[id], log);
    }

    private static string OtherSecondary(Learner learner) =>
        learner.InstitutionId == "sec-01" ? "sec-02" : "sec-01";

    private static LaEstab LaEstabOf(string institutionId) =>
        Area.Institutions.Single(i => i.Institution.Id == institutionId).Institution.LaEstab!;

    private static HttpRequestMessage TransferRequest(string learnerId, object body) =>
        new(HttpMethod.Post, $"/learners/{learnerId}/careers-log/transfer")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(body),
                Encoding.UTF8,
                "application/json"
            ),
        };

    private Task<HttpResponseMessage> Transfer(string learnerId, object body) =>
        host.ActingClient().SendAsync(TransferRequest(learnerId, body));

    private Task<HttpResponseMessage> Accept(
        string school,
        string transferId,
        object? body = null
    ) =>
        host.Client(Security.ApiRole.School, school)
            .PostAsync(
                $"/institutions/{school}/transfers/{transferId}/accept",
                new StringContent(
                    JsonSerializer.Serialize(body ?? new { }),
                    Encoding.UTF8,
                    "application/json"
                )
            );

    private async Task<string> AskFor(Learner learner, string target, string date)
    {
        using var asked = await Transfer(learner.Id, new { institutionId = target, date });
        var text = await asked.Content.ReadAsStringAsync();
        Assert.True(asked.StatusCode == HttpStatusCode.Accepted, $"{asked.StatusCode}: {text}");
        using var json = JsonDocument.Parse(text);
        return json.RootElement.GetProperty("id").GetString()!;
    }

    private async Task Cancel(Learner learner, string transferId)
    {
        using var cancelled = await host.Client(Security.ApiRole.School, learner.InstitutionId!)
            .PostAsync(
                $"/institutions/{learner.InstitutionId}/transfers/{transferId}/cancel",
                null
            );
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
    }

    private async Task<HttpResponseMessage> TransferAndAccept(
        string learnerId,
        string target,
        object request,
        object accept
    )
    {
        using var asked = await Transfer(learnerId, request);
        var text = await asked.Content.ReadAsStringAsync();
        Assert.True(asked.StatusCode == HttpStatusCode.Accepted, $"{asked.StatusCode}: {text}");
        using var json = JsonDocument.Parse(text);
        return await Accept(target, json.RootElement.GetProperty("id").GetString()!, accept);
    }

    private static Task<(string Code, string Path)[]> ProblemErrors(
        HttpResponseMessage response,
        HttpStatusCode status
    ) => ProblemResponses.Errors(response, status);
}

/// <summary>The transfer on SQLite.</summary>
public sealed class SqliteTransferEndpointsTests(SqliteHost host)
    : TransferEndpointsTests(host),
        IClassFixture<SqliteHost>;

/// <summary>The transfer on PostgreSQL.</summary>
public sealed class PostgreSqlTransferEndpointsTests(PostgreSqlHost host)
    : TransferEndpointsTests(host),
        IClassFixture<PostgreSqlHost>;
