using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Careers.CareersLog;
using Careers.Interchange;
using Careers.SampleHost.Api;
using Careers.SampleHost.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Careers.SampleHost.Tests;

/// <summary>The careers logs that come with a Common Transfer File, on each database (see the subclasses).</summary>
public abstract class CtfTransferEndpointsTests(HostFixture host)
{
    private const string Url = "/institutions/sec-01/transfers/ctf";

    // The sending school, outside the area: its pupils' UPNs are no synthetic learner's.
    private const int OtherLa = 830;

    private static readonly LaEstab Sender = LaEstab.Create(OtherLa, 4998);

    [Fact]
    public async Task Receive_MatchesEachLogToItsPupil_MergesItAndReportsWhatDidNotMatch()
    {
        var (school, reference) = await School();
        var year = AcademicYear.ForDate(reference);
        var a = Pupil(1, year);
        var b = Pupil(2, year);
        var noLog = Pupil(3, year);
        var file = File(school, reference, a, b, noLog);
        await ImportLearners(file);
        var logs = new[]
        {
            Log(a, reference, "a-1", "a-2"),
            Log(b, reference, "b-1"),
            Log(Pupil(4, year), reference, "stray-1"), // a pupil not in the file
        };

        using var response = await Post(file, Json(logs), Text.Date(reference), Key());
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        using var json = JsonDocument.Parse(text);
        var learners = json.RootElement.GetProperty("learners").EnumerateArray().ToArray();
        Assert.Equal(2, learners.Length);
        Assert.Equal("/logs/0", learners[0].GetProperty("log").GetString());
        Assert.Equal(
            ["a-1", "a-2"],
            learners[0].GetProperty("added").EnumerateArray().Select(e => e.GetString()!)
        );
        Assert.Equal(
            ["/ctf/CTfile/CTFpupilData/Pupil/2"],
            json.RootElement.GetProperty("pupilsWithoutLog")
                .EnumerateArray()
                .Select(e => e.GetString()!)
        );
        Assert.Equal(
            ["/logs/2"],
            json.RootElement.GetProperty("logsWithoutPupil")
                .EnumerateArray()
                .Select(e => e.GetString()!)
        );

        // The learner's log holds what came, with this school from the first day here, and no staff name.
        var learnerId = learners[0].GetProperty("learnerId").GetString()!;
        Assert.Equal((await Held(a.Upn)).Id, learnerId);
        using var read = await host.ActingClient().GetAsync($"/learners/{learnerId}/careers-log");
        var stored = CareersLogSerializer
            .Deserialize(await read.Content.ReadAsStringAsync())
            .GetResultOrThrow();
        Assert.Equal(["a-1", "a-2"], stored.Entries.Select(e => e.Id));
        Assert.Contains(
            stored.Schools,
            s => s.LaEstab!.Equals(school) && s.From == reference && s.To is null
        );
        Assert.All(stored.Entries, e => Assert.Null(e.Author.Name));

        // A retry answers as the first time and writes nothing.
        var after = await DatabaseSnapshot.Of(host);
        var key = Key();
        using var again = await Post(file, Json(logs), Text.Date(reference), key);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var afterSecond = await DatabaseSnapshot.Of(host);
        Assert.NotEqual(after, afterSecond); // the second request is new (another key): entries unchanged, versions up
        using var replay = await Post(file, Json(logs), Text.Date(reference), key);
        Assert.Equal("true", replay.Headers.GetValues(IdempotentImport.ReplayedHeader).Single());
        Assert.Equal(
            await again.Content.ReadAsStringAsync(),
            await replay.Content.ReadAsStringAsync()
        );
        Assert.Equal(afterSecond, await DatabaseSnapshot.Of(host));
    }

    [Fact]
    public async Task Receive_APupilNotOnRoll_OrAFileForAnotherSchool_WritesNothing()
    {
        var (school, reference) = await School();
        var year = AcademicYear.ForDate(reference);
        var onRoll = Pupil(11, year);
        var notImported = Pupil(12, year);
        await ImportLearners(File(school, reference, onRoll));
        var file = File(school, reference, onRoll, notImported);
        var logs = Json([Log(onRoll, reference, "x-1"), Log(notImported, reference, "y-1")]);
        var before = await DatabaseSnapshot.Of(host);

        using (var response = await Post(file, logs, Text.Date(reference), Key()))
        {
            var errors = await Errors(response, HttpStatusCode.UnprocessableEntity);
            Assert.Equal(
                [("transfer.ctf.not-on-roll", "/ctf/CTfile/CTFpupilData/Pupil/1/UPN")],
                errors
            );
        }

        var (other, _) = await School("sec-02");
        using (
            var response = await Post(
                File(other, reference, onRoll),
                logs,
                Text.Date(reference),
                Key()
            )
        )
        {
            var errors = await Errors(response, HttpStatusCode.UnprocessableEntity);
            Assert.Equal([("transfer.ctf.school", "/ctf/CTfile/Header/DestSchool")], errors);
        }

        Assert.Equal(before, await DatabaseSnapshot.Of(host));
    }

    [Fact]
    public async Task Receive_PartsThatCannotBeRead_Are400WithTheirPlace()
    {
        var (school, reference) = await School();
        var year = AcademicYear.ForDate(reference);
        var pupil = Pupil(21, year);
        var file = File(school, reference, pupil);
        var logs = Json([Log(pupil, reference, "z-1")]);
        var before = await DatabaseSnapshot.Of(host);

        using (
            var response = await Post(file, "{\"not\": \"an array\"}", Text.Date(reference), Key())
        )
        {
            Assert.Equal(
                [("transfer.ctf.logs", "/logs")],
                await Errors(response, HttpStatusCode.BadRequest)
            );
        }

        using (
            var response = await Post(file, "[{\"schemaVersion\": 1}]", Text.Date(reference), Key())
        )
        {
            var errors = await Errors(response, HttpStatusCode.BadRequest);
            Assert.NotEmpty(errors);
            Assert.All(errors, e => Assert.StartsWith("/logs/0", e.Path, StringComparison.Ordinal));
        }

        var dtd = file.Replace(
            "<CTfile>",
            "<!DOCTYPE CTfile [<!ENTITY e \"x\">]><CTfile>",
            StringComparison.Ordinal
        );
        using (var response = await Post(dtd, logs, Text.Date(reference), Key()))
        {
            var errors = await Errors(response, HttpStatusCode.BadRequest);
            Assert.Equal("ctf.xml", Assert.Single(errors).Code);
            Assert.StartsWith("/ctf", errors[0].Path, StringComparison.Ordinal);
        }

        using (var response = await Post(file, logs, "2999-01-01", Key()))
        {
            Assert.Equal(
                [("transfer.date", "/query/date")],
                await Errors(response, HttpStatusCode.BadRequest)
            );
        }

        // Before the first date the SDK supports: refused, not stored in a log.
        using (var response = await Post(file, logs, "1850-01-01", Key()))
        {
            Assert.Equal(
                [("transfer.date", "/query/date")],
                await Errors(response, HttpStatusCode.BadRequest)
            );
        }

        // One part only.
        using (var content = new MultipartFormDataContent())
        {
            content.Add(
                new StringContent(file, Encoding.UTF8, "application/xml"),
                "ctf",
                "ctf.xml"
            );
            using var response = await Send(content, Text.Date(reference), Key());
            Assert.Equal(
                [("transfer.ctf.parts", "")],
                await Errors(response, HttpStatusCode.BadRequest)
            );
        }

        using (var content = new StringContent(file, Encoding.UTF8, "application/xml"))
        {
            using var response = await Send(content, Text.Date(reference), Key());
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        }

        Assert.Equal(before, await DatabaseSnapshot.Of(host));
    }

    [Fact]
    public async Task Export_GivesTheLogsToSendWithTheFile_EachWithItsPupil_AndWritesNothing()
    {
        var area = Careers.SampleHost.Synthetic.SyntheticAreaGenerator.Generate(
            HostFixture.Synthetic
        );
        var file = Careers.SampleHost.Synthetic.SyntheticAreaGenerator.WriteCtf(area, "sec-02");
        var pupils = Careers
            .Interchange.CtfFile.Read(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(file)))
            .GetResultOrThrow()
            .Pupils;
        var before = await DatabaseSnapshot.Of(host);

        using var request = new HttpRequestMessage(
            HttpMethod.Post,
            "/institutions/sec-02/transfers/ctf/export"
        )
        {
            Content = new StringContent(file, Encoding.UTF8, "application/xml"),
        };
        using var response = await host.ActingClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        using var json = JsonDocument.Parse(text);
        var logs = json.RootElement.GetProperty("logs").EnumerateArray().ToArray();
        var paths = json
            .RootElement.GetProperty("pupils")
            .EnumerateArray()
            .Select(e => e.GetString()!)
            .ToArray();
        var withoutLog = json.RootElement.GetProperty("pupilsWithoutLog").GetArrayLength();
        Assert.NotEmpty(logs);
        Assert.Equal(logs.Length, paths.Length);
        Assert.Equal(pupils.Count, logs.Length + withoutLog);
        Assert.Equal(0, json.RootElement.GetProperty("pupilsNotOnRoll").GetArrayLength());
        for (var i = 0; i < logs.Length; i++)
        {
            var log = CareersLogSerializer.Deserialize(logs[i].GetRawText()).GetResultOrThrow();
            var pupil = pupils[
                int.Parse(
                    paths[i].Split('/')[^1],
                    System.Globalization.CultureInfo.InvariantCulture
                )
            ];
            Assert.Equal(pupil.Upn, log.Learner.Upn);
            Assert.All(log.Entries, e => Assert.Null(e.Author.Name));
        }

        // Only the school's own file: another school's is refused.
        var other = Careers.SampleHost.Synthetic.SyntheticAreaGenerator.WriteCtf(area, "sec-01");
        using var refused = new HttpRequestMessage(
            HttpMethod.Post,
            "/institutions/sec-02/transfers/ctf/export"
        )
        {
            Content = new StringContent(other, Encoding.UTF8, "application/xml"),
        };
        using var answer = await host.ActingClient().SendAsync(refused);
        Assert.Equal(
            [("transfer.ctf.school", "/CTfile/Header/SourceSchool")],
            await Errors(answer, HttpStatusCode.UnprocessableEntity)
        );
        Assert.Equal(before, await DatabaseSnapshot.Of(host));
    }

    [Fact]
    public async Task Export_TwoStoredLogsNamingOnePupil_Is422NotAnError()
    {
        var area = Careers.SampleHost.Synthetic.SyntheticAreaGenerator.Generate(
            HostFixture.Synthetic
        );
        var file = Careers.SampleHost.Synthetic.SyntheticAreaGenerator.WriteCtf(area, "sec-02");
        var upns = area
            .Learners.Where(l => l.InstitutionId == "sec-02" && l.Upn is not null)
            .Select(l => l.Id)
            .ToList();
        // A log written round the host's checks: one learner's log stored for another of the school too (removed after).
        string other;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
            var log = await db
                .CareersLogs.AsNoTracking()
                .Where(c => upns.Contains(c.LearnerId))
                .OrderBy(c => c.LearnerId)
                .FirstAsync();
            var withLog = await db.CareersLogs.Select(c => c.LearnerId).ToListAsync();
            other = upns.First(id => !withLog.Contains(id));
            db.CareersLogs.Add(
                new CareersLogRow
                {
                    LearnerId = other,
                    Document = log.Document,
                    Version = 1,
                }
            );
            await db.SaveChangesAsync();
        }

        try
        {
            using var request = new HttpRequestMessage(
                HttpMethod.Post,
                "/institutions/sec-02/transfers/ctf/export"
            )
            {
                Content = new StringContent(file, Encoding.UTF8, "application/xml"),
            };
            using var response = await host.ActingClient().SendAsync(request);
            var errors = await Errors(response, HttpStatusCode.UnprocessableEntity);
            Assert.Equal("ctf-log.duplicate", Assert.Single(errors).Code);
            Assert.StartsWith("/storedLogs/logs/", errors[0].Path, StringComparison.Ordinal);
        }
        finally
        {
            await using var scope = host.Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
            db.CareersLogs.Remove(await db.CareersLogs.SingleAsync(c => c.LearnerId == other));
            await db.SaveChangesAsync();
        }
    }

    private async Task ImportLearners(string file)
    {
        var request = new HttpRequestMessage(
            HttpMethod.Post,
            "/institutions/sec-01/learners/import"
        )
        {
            Content = new StringContent(file, Encoding.UTF8, "application/xml"),
        };
        request.Headers.Add(IdempotentImport.KeyHeader, Key());
        using var response = await host.ActingClient().SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private Task<(LaEstab School, LocalDate ReferenceDate)> School(string id = "sec-01") =>
        HostRecords.SchoolAsync(host, id);

    private Task<LearnerRow> Held(Upn upn) => HostRecords.HeldAsync(host, upn);

    /// <summary>A Year 7 pupil of the sending school, of the age for it.</summary>
    private static CtfPupil Pupil(int serial, AcademicYear year) =>
        new(Upn.Create(OtherLa, 4998, 19, serial), new LocalDate(year.StartYear - 12, 3, 1))
        {
            NcYearActual = "7",
            Sex = Sex.Male,
        };

    private static string File(LaEstab school, LocalDate date, params CtfPupil[] pupils) =>
        CtfWriter.WriteToString(
            new CtfHeader(
                CtfVersion.Ctf21,
                date.At(new LocalTime(9, 0)),
                new CtfSchool(Sender) { AcademicYear = AcademicYear.ForDate(date) }
            )
            {
                Destination = new CtfSchool(school),
            },
            pupils
        );

    /// <summary>The sending school's log for a pupil, with reflections by a named teacher.</summary>
    private static CareersLogDocument Log(CtfPupil pupil, LocalDate reference, params string[] ids)
    {
        var log = CareersLogDocument.Start(
            LogLearner.WithUpn(pupil.Upn) with
            {
                DateOfBirth = pupil.DateOfBirth,
            },
            new LogSchool(null, Sender, reference.PlusYears(-1)) { To = reference.PlusDays(-1) }
        );
        foreach (var id in ids)
        {
            log = log.Add(
                new ReflectionEntry(
                    id,
                    reference.PlusDays(-10),
                    YearGroup.Year6,
                    new LogAuthor(AuthorRole.Teacher) { Name = "Ms Example" },
                    "What I learned at the careers fair."
                )
            );
        }

        return log;
    }

    private static string Json(CareersLogDocument[] logs) =>
        "[" + string.Join(",", logs.Select(l => CareersLogSerializer.Serialize(l))) + "]";

    private static string Key() => Guid.NewGuid().ToString("D");

    private Task<HttpResponseMessage> Post(string ctf, string logs, string date, string key)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(ctf, Encoding.UTF8, "application/xml"), "ctf", "ctf.xml" },
            { new StringContent(logs, Encoding.UTF8, "application/json"), "logs", "logs.json" },
        };
        return Send(content, date, key);
    }

    private async Task<HttpResponseMessage> Send(HttpContent content, string date, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Url}?date={date}")
        {
            Content = content,
        };
        request.Headers.Add(IdempotentImport.KeyHeader, key);
        return await host.ActingClient().SendAsync(request);
    }

    private static Task<(string Code, string Path)[]> Errors(
        HttpResponseMessage response,
        HttpStatusCode status
    ) => ProblemResponses.Errors(response, status);
}

/// <summary>The CTF transfer on SQLite.</summary>
public sealed class SqliteCtfTransferEndpointsTests(SqliteHost host)
    : CtfTransferEndpointsTests(host),
        IClassFixture<SqliteHost>;

/// <summary>The CTF transfer on PostgreSQL.</summary>
public sealed class PostgreSqlCtfTransferEndpointsTests(PostgreSqlHost host)
    : CtfTransferEndpointsTests(host),
        IClassFixture<PostgreSqlHost>;
