using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Careers.Interchange;
using Careers.SampleHost.Api;
using Careers.SampleHost.Data;
using Careers.SampleHost.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Careers.SampleHost.Tests;

/// <summary>The import of learners from a DfE Common Transfer File, on each database (see the subclasses).</summary>
public abstract class LearnerImportEndpointsTests(HostFixture host)
{
    private const string Url = "/institutions/sec-01/learners/import";

    // Pupils from a school outside the area's LA: their UPNs are no synthetic learner's.
    private const int OtherLa = 830;

    [Fact]
    public async Task Import_NewPupils_AddsThemAsLearnersWithTheirCharacteristics()
    {
        var (school, reference) = await School("sec-01");
        var year = AcademicYear.ForDate(reference);
        var fsm = Pupil(1, year, 9) with
        {
            FreeSchoolMeals = [new CtfFsmPeriod(reference.PlusYears(-2), null)],
            Sex = Sex.Female,
            FirstLanguage = "POL",
        };
        var cared = Pupil(2, year, 10) with
        {
            LookedAfter = true,
            SenHistory = [new CtfSenRecord(reference.PlusYears(-1), SenProvision.EhcPlan)],
            Sex = Sex.Male,
        };
        var before = await SchoolLearners();

        using var response = await Post(File(school, reference, fsm, cared), Key());
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        using (var json = JsonDocument.Parse(text))
        {
            Assert.Equal("sec-01", json.RootElement.GetProperty("institutionId").GetString());
            Assert.Equal("21.0", json.RootElement.GetProperty("ctfVersion").GetString());
            Assert.Equal(2, json.RootElement.GetProperty("pupils").GetInt32());
            Assert.Equal(2, json.RootElement.GetProperty("added").GetInt32());
            Assert.Equal(0, json.RootElement.GetProperty("updated").GetInt32());
            Assert.Empty(json.RootElement.GetProperty("warnings").EnumerateArray());
        }

        var first = await Held(fsm.Upn);
        Assert.StartsWith("ctf-", first.Id, StringComparison.Ordinal);
        Assert.Equal("sec-01", first.InstitutionId);
        Assert.Equal(9, first.YearGroup);
        Assert.Equal(year.StartYear, first.AcademicYear);
        Assert.Equal(fsm.DateOfBirth.ToDateOnly(), first.DateOfBirth);
        Assert.True(first.FreeSchoolMeals);
        Assert.True(first.FreeSchoolMealsInLastSixYears);
        Assert.True(first.EnglishAsAdditionalLanguage);
        Assert.False(first.LookedAfter);
        Assert.Equal((int)Sex.Female, first.Sex);
        var second = await Held(cared.Upn);
        Assert.True(second.LookedAfter);
        Assert.Equal((int)SenProvision.EhcPlan, second.SenProvision);
        Assert.False(second.FreeSchoolMeals);
        Assert.False(second.EnglishAsAdditionalLanguage);

        // The area's cached figures see the new learners at once: the import bumped the data version.
        Assert.Equal(before + 2, await SchoolLearners());
        using var read = await host.ActingClient().GetAsync($"/learners/{first.Id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task Import_PupilAlreadyOnRoll_UpdatesTheLearnerAndKeepsTheirId()
    {
        var (school, reference) = await School("sec-01");
        var year = AcademicYear.ForDate(reference);
        LearnerRow existing;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
            existing = await db
                .Learners.AsNoTracking()
                .Where(l =>
                    l.InstitutionId == "sec-01"
                    && l.Upn != null
                    && !l.FreeSchoolMeals
                    && !l.LookedAfter
                )
                .OrderBy(l => l.Id)
                .FirstAsync();
        }

        var learner = Mapping.ToLearner(existing);
        var pupil = new CtfPupil(Upn.Parse(existing.Upn!), learner.DateOfBirth)
        {
            NcYearActual = learner
                .YearGroupIn(year)!
                .Value.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Sex = learner.Characteristics.Sex,
            FreeSchoolMeals = [new CtfFsmPeriod(reference.PlusDays(-30), null)],
            LookedAfter = true,
        };
        // The school's own export: from sec-01, addressed to no school.
        var header = Header(school, reference, destination: null);

        using var response = await Post(CtfWriter.WriteToString(header, [pupil]), Key());
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        using (var json = JsonDocument.Parse(text))
        {
            Assert.Equal(0, json.RootElement.GetProperty("added").GetInt32());
            Assert.Equal(1, json.RootElement.GetProperty("updated").GetInt32());
        }

        var updated = await Held(pupil.Upn);
        Assert.Equal(existing.Id, updated.Id);
        Assert.True(updated.FreeSchoolMeals);
        Assert.True(updated.LookedAfter);
        Assert.Equal(existing.Ward, updated.Ward);
    }

    [Fact]
    public async Task Import_Retry_AnswersAsTheFirstTimeAndWritesNothing_AnotherBodyUnderTheKeyIsRefused()
    {
        var (school, reference) = await School("sec-01");
        var year = AcademicYear.ForDate(reference);
        var file = File(school, reference, Pupil(3, year, 8));
        var key = Key();
        using var first = await Post(file, key);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains(IdempotentImport.ReplayedHeader));
        var after = await DatabaseSnapshot.Of(host);

        // Sent again as text/xml: the same import (the label is not the content).
        using var second = await Post(file, key, "text/xml");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("true", second.Headers.GetValues(IdempotentImport.ReplayedHeader).Single());
        Assert.Equal(
            await first.Content.ReadAsStringAsync(),
            await second.Content.ReadAsStringAsync()
        );
        Assert.Equal(after, await DatabaseSnapshot.Of(host));

        using var other = await Post(File(school, reference, Pupil(4, year, 8)), key);
        var errors = await Errors(other, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["import.idempotency-key-reused"], errors.Select(e => e.Code));
        Assert.Equal(after, await DatabaseSnapshot.Of(host));
    }

    [Fact]
    public async Task Import_OneBadPupil_ListsItsProblemsAndWritesNothing()
    {
        var (school, reference) = await School("sec-01");
        var year = AcademicYear.ForDate(reference);
        var good = Pupil(5, year, 9);
        var nursery = Pupil(6, year, 9) with { NcYearActual = "N2" };
        var tooOld = Pupil(7, year, 9) with { DateOfBirth = good.DateOfBirth.PlusYears(-3) };
        var before = await DatabaseSnapshot.Of(host);

        using var response = await Post(File(school, reference, good, nursery, tooOld), Key());
        var errors = await Errors(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(
            [
                (
                    "ctf.nc-year.no-year-group",
                    "/CTfile/CTFpupilData/Pupil/1/BasicDetails/NCyearActual"
                ),
                ("ctf.dob.year-group", "/CTfile/CTFpupilData/Pupil/2/DOB"),
            ],
            errors.Select(e => (e.Code, e.Path))
        );
        Assert.Equal(before, await DatabaseSnapshot.Of(host));
    }

    [Fact]
    public async Task Import_FileThatCannotBeRead_Is400WithThePlaceAndWritesNothing()
    {
        var (school, reference) = await School("sec-01");
        var year = AcademicYear.ForDate(reference);
        var file = File(school, reference, Pupil(8, year, 9));
        var before = await DatabaseSnapshot.Of(host);

        // A DTD with an external entity naming a real file: refused, never resolved.
        var dtd = file.Replace(
            "<CTfile>",
            "<!DOCTYPE CTfile [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><CTfile>",
            StringComparison.Ordinal
        );
        using (var response = await Post(dtd, Key()))
        {
            var errors = await Errors(response, HttpStatusCode.BadRequest);
            Assert.Equal("ctf.xml", Assert.Single(errors).Code);
            Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
        }

        // Cut off half-way: not well-formed.
        using (var response = await Post(file[..(file.Length / 2)], Key()))
        {
            Assert.Contains(
                (await Errors(response, HttpStatusCode.BadRequest)).Select(e => e.Code),
                c => c == "ctf.xml"
            );
        }

        // A UPN whose check letter is wrong.
        var upn = Pupil(8, year, 9).Upn.ToString();
        var wrongLetter = (upn[0] == 'A' ? 'B' : 'A') + upn[1..];
        using (
            var response = await Post(
                file.Replace(upn, wrongLetter, StringComparison.Ordinal),
                Key()
            )
        )
        {
            var errors = await Errors(response, HttpStatusCode.BadRequest);
            Assert.Equal("/CTfile/CTFpupilData/Pupil/0/UPN", Assert.Single(errors).Path);
        }

        Assert.Equal(before, await DatabaseSnapshot.Of(host));
    }

    [Fact]
    public async Task Import_FileOfAnotherSchool_OrFromTheFuture_OrOfAPupilOnRollElsewhere_IsRefused()
    {
        var (school, reference) = await School("sec-01");
        var (other, _) = await School("sec-02");
        var year = AcademicYear.ForDate(reference);
        var before = await DatabaseSnapshot.Of(host);

        // From sec-02 to a school outside the area: not sec-01's file.
        var header = Header(other, reference, LaEstab.Create(OtherLa, 4999));
        using (
            var response = await Post(CtfWriter.WriteToString(header, [Pupil(9, year, 9)]), Key())
        )
        {
            var errors = await Errors(response, HttpStatusCode.UnprocessableEntity);
            Assert.Equal(
                [("import.ctf.school", "/CTfile/Header/DestSchool")],
                errors.Select(e => (e.Code, e.Path))
            );
        }

        using (
            var response = await Post(File(school, reference.PlusDays(1), Pupil(9, year, 9)), Key())
        )
        {
            var errors = await Errors(response, HttpStatusCode.UnprocessableEntity);
            Assert.Equal(
                [("import.ctf.date", "/CTfile/Header/DateTime")],
                errors.Select(e => (e.Code, e.Path))
            );
        }

        LearnerRow elsewhere;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
            elsewhere = await db
                .Learners.AsNoTracking()
                .Where(l => l.InstitutionId == "sec-02" && l.Upn != null)
                .OrderBy(l => l.Id)
                .FirstAsync();
        }

        var learner = Mapping.ToLearner(elsewhere);
        var moved = new CtfPupil(Upn.Parse(elsewhere.Upn!), learner.DateOfBirth)
        {
            Sex = learner.Characteristics.Sex,
            NcYearActual = learner
                .YearGroupIn(year)!
                .Value.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        using (var response = await Post(File(school, reference, Pupil(10, year, 9), moved), Key()))
        {
            var errors = await Errors(response, HttpStatusCode.UnprocessableEntity);
            Assert.Equal(
                [("import.learner.elsewhere", "/CTfile/CTFpupilData/Pupil/1/UPN")],
                errors.Select(e => (e.Code, e.Path))
            );
        }

        using (
            var response = await Post(
                CtfWriter.WriteToString(Header(school, reference, null), []),
                Key()
            )
        )
        {
            var errors = await Errors(response, HttpStatusCode.UnprocessableEntity);
            Assert.Equal(["import.empty"], errors.Select(e => e.Code));
        }

        Assert.Equal(before, await DatabaseSnapshot.Of(host));
    }

    [Fact]
    public async Task Import_TheGeneratorsFileOfASchool_UpdatesEveryLearnerToWhatItAlreadyIs()
    {
        var area = Careers.SampleHost.Synthetic.SyntheticAreaGenerator.Generate(
            HostFixture.Synthetic
        );
        var file = Careers.SampleHost.Synthetic.SyntheticAreaGenerator.WriteCtf(area, "sec-02");
        var before = await Learners("sec-02");

        var request = new HttpRequestMessage(
            HttpMethod.Post,
            "/institutions/sec-02/learners/import"
        )
        {
            Content = new StringContent(file, Encoding.UTF8, "application/xml"),
        };
        request.Headers.Add(IdempotentImport.KeyHeader, Key());
        using var response = await host.ActingClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        using var json = JsonDocument.Parse(text);
        Assert.Equal(0, json.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(
            area.Learners.Count(l => l.InstitutionId == "sec-02" && l.Upn is not null),
            json.RootElement.GetProperty("updated").GetInt32()
        );
        Assert.Equal(before, await Learners("sec-02"));
    }

    [Fact]
    public async Task Import_WhoMayCall_AndWhatBody()
    {
        var (school, reference) = await School("sec-01");
        var file = File(school, reference, Pupil(11, AcademicYear.ForDate(reference), 9));

        using var analyst = host.Client(ApiRole.Analyst);
        using (var request = Request(file, Key()))
        using (var response = await analyst.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using var otherSchool = host.Client(ApiRole.School, "sec-02");
        using (var request = Request(file, Key()))
        using (var response = await otherSchool.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using (var response = await Post(file, Key(), "text/csv"))
        {
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        }

        using (var response = await Post(file, ""))
        {
            var errors = await Errors(response, HttpStatusCode.BadRequest);
            Assert.Equal(["import.idempotency-key"], errors.Select(e => e.Code));
        }
    }

    private Task<(LaEstab School, LocalDate ReferenceDate)> School(string id) =>
        HostRecords.SchoolAsync(host, id);

    /// <summary>A pupil of a school outside the area, of the age for the year group, with a UPN of its own per serial.</summary>
    private static CtfPupil Pupil(int serial, AcademicYear year, int yearGroup) =>
        new(
            Upn.Create(OtherLa, 4999, 20, serial),
            // Born in the academic year that puts them in this year group (1 March of it).
            new LocalDate(year.StartYear - yearGroup - 5, 3, 1)
        )
        {
            NcYearActual = yearGroup.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Sex = Sex.Female,
            Ethnicity = "WBRI",
            FirstLanguage = "ENG",
        };

    private static CtfHeader Header(LaEstab source, LocalDate date, LaEstab? destination) =>
        new(
            CtfVersion.Ctf21,
            date.At(new LocalTime(9, 0)),
            new CtfSchool(source) { AcademicYear = AcademicYear.ForDate(date) }
        )
        {
            Destination = destination is null ? null : new CtfSchool(destination),
        };

    /// <summary>A file from a school outside the area to <paramref name="school"/>, made on <paramref name="date"/>.</summary>
    private static string File(LaEstab school, LocalDate date, params CtfPupil[] pupils) =>
        CtfWriter.WriteToString(Header(LaEstab.Create(OtherLa, 4999), date, school), pupils);

    /// <summary>Every column of every learner of a school, one line each, in id order.</summary>
    private async Task<List<string>> Learners(string institutionId)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        return (
            await db
                .Learners.AsNoTracking()
                .Where(l => l.InstitutionId == institutionId)
                .OrderBy(l => l.Id)
                .ToListAsync()
        )
            .Select(r =>
                $"{r.Id}|{r.Upn}|{r.DateOfBirth:yyyy-MM-dd}|{r.YearGroup}|{r.AcademicYear}|{r.FreeSchoolMeals}|"
                + $"{r.FreeSchoolMealsInLastSixYears}|{r.LookedAfter}|{r.SenProvision}|"
                + $"{r.EnglishAsAdditionalLanguage}|{r.Sex}|{r.Ward}"
            )
            .ToList();
    }

    private Task<LearnerRow> Held(Upn upn) => HostRecords.HeldAsync(host, upn);

    /// <summary>The learners of sec-01 in its entitlement figures: the cached figures (AreaResults).</summary>
    private async Task<int> SchoolLearners()
    {
        using var response = await host.ActingClient().GetAsync("/institutions/sec-01/entitlement");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        using var json = JsonDocument.Parse(text);
        return json.RootElement.GetProperty("overall").GetProperty("total").GetInt32();
    }

    private static string Key() => Guid.NewGuid().ToString("D");

    private static HttpRequestMessage Request(
        string body,
        string key,
        string mediaType = "application/xml"
    )
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url)
        {
            Content = new StringContent(body, Encoding.UTF8, mediaType),
        };
        if (key.Length > 0)
        {
            request.Headers.Add(IdempotentImport.KeyHeader, key);
        }

        return request;
    }

    private async Task<HttpResponseMessage> Post(
        string body,
        string key,
        string mediaType = "application/xml"
    )
    {
        using var request = Request(body, key, mediaType);
        return await host.ActingClient().SendAsync(request);
    }

    private static Task<(string Code, string Path)[]> Errors(
        HttpResponseMessage response,
        HttpStatusCode status
    ) => ProblemResponses.Errors(response, status);
}

/// <summary>The CTF import on SQLite.</summary>
public sealed class SqliteLearnerImportEndpointsTests(SqliteHost host)
    : LearnerImportEndpointsTests(host),
        IClassFixture<SqliteHost>;

/// <summary>The CTF import on PostgreSQL.</summary>
public sealed class PostgreSqlLearnerImportEndpointsTests(PostgreSqlHost host)
    : LearnerImportEndpointsTests(host),
        IClassFixture<PostgreSqlHost>;
