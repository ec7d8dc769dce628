using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Careers.CareersLog;
using Careers.Encounters;
using Careers.Encounters.Streaming;
using Careers.SampleHost.Api;
using Careers.SampleHost.Data;
using Careers.SampleHost.Synthetic;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Careers.SampleHost.Tests;

/// <summary>The generator's CSV and its careers logs started in primary school.</summary>
public sealed class SyntheticCsvTests
{
    private static readonly SyntheticArea Area = SyntheticAreaGenerator.Generate(
        new SyntheticAreaOptions { LearnersPerYearGroup = 120 }
    );

    [Fact]
    public void WriteActivitiesCsv_ReadBySdk_OneRecordPerParticipationWithTheLearnersEvidence()
    {
        var text = new StringWriter();
        var rows = SyntheticAreaGenerator.WriteActivitiesCsv(Area, text);
        var problems = new List<ValidationError>();
        var records = EncounterCsv.Read(new StringReader(text.ToString()), problems).ToList();

        Assert.Empty(problems);
        Assert.Equal(Area.Participations.Count, rows);
        Assert.Equal(rows, records.Count);
        var activities = Area.Activities.ToDictionary(a => a.Activity.Id);
        var learners = Area.Learners.ToDictionary(l => l.Id);
        foreach (var (record, participation) in records.Zip(Area.Participations))
        {
            var activity = activities[participation.ActivityId];
            Assert.Equal(participation.LearnerId, record.LearnerId);
            Assert.Equal(activity.InstitutionId, record.InstitutionId);
            Assert.Equal(learners[record.LearnerId].YearGroup, record.YearGroup);
            Assert.Equal(activity.Activity.Date, record.Date);
            Assert.Equal(activity.Activity.Kind, record.Kind);
            Assert.Equal(activity.Activity.Evidence | participation.Evidence, record.Evidence);
        }
    }

    [Fact]
    public void WriteCtf_ReadAndMappedBySdk_GivesBackEveryLearnerWithAUpn()
    {
        var expected = new List<Learner>();
        var mapped = new Dictionary<Upn, Learner>();
        foreach (var school in Area.Institutions.Select(i => i.Institution.Id))
        {
            var text = SyntheticAreaGenerator.WriteCtf(Area, school);
            var file = Careers
                .Interchange.CtfFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)))
                .GetResultOrThrow();
            foreach (
                var learner in Careers
                    .Interchange.CtfMapping.ToLearners(
                        file.Pupils,
                        Careers.Interchange.CtfMappingOptions.ForHeader(file.Header) with
                        {
                            InstitutionId = school,
                        }
                    )
                    .GetResultOrThrow()
            )
            {
                mapped.Add(learner.Upn!, learner);
            }

            expected.AddRange(
                Area.Learners.Where(l => l.InstitutionId == school && l.Upn is not null)
            );
        }

        Assert.Equal(expected.Count, mapped.Count);
        var year = AcademicYear.ForDate(Area.ReferenceDate);
        foreach (var learner in expected)
        {
            var back = mapped[learner.Upn!];
            Assert.Equal(learner.DateOfBirth, back.DateOfBirth);
            Assert.Equal(learner.YearGroupIn(year), back.YearGroupIn(year));
            var (c, b) = (learner.Characteristics, back.Characteristics);
            Assert.Equal(
                (
                    c.FreeSchoolMeals,
                    c.FreeSchoolMealsInLastSixYears,
                    c.LookedAfter,
                    c.SenProvision,
                    c.EnglishAsAdditionalLanguage,
                    c.Sex
                ),
                (
                    b.FreeSchoolMeals,
                    b.FreeSchoolMealsInLastSixYears,
                    b.LookedAfter,
                    b.SenProvision,
                    b.EnglishAsAdditionalLanguage,
                    b.Sex
                )
            );
        }

        // Every kind of learner is in the file, so the comparison above covers each record the generator writes.
        Assert.Contains(expected, l => l.Characteristics.FreeSchoolMeals);
        Assert.Contains(
            expected,
            l =>
                l.Characteristics.FreeSchoolMealsInLastSixYears
                && !l.Characteristics.FreeSchoolMeals
        );
        Assert.Contains(expected, l => l.Characteristics.SenProvision == SenProvision.EhcPlan);
        Assert.Contains(expected, l => l.Characteristics.EnglishAsAdditionalLanguage);
    }

    [Fact]
    public void GenerateCtf_WithoutAnInstitution_IsRefused_WithOne_WritesTheFile()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(2, SyntheticCsvCommand.Run(["--seed", "831"], output, error, ctf: true));
        Assert.Contains("--institution is needed", error.ToString(), StringComparison.Ordinal);

        var path = Path.Combine(Path.GetTempPath(), $"careers-ctf-{Guid.NewGuid():N}.xml");
        try
        {
            Assert.Equal(
                0,
                SyntheticCsvCommand.Run(
                    ["--institution", "sec-05", "--learners-per-year-group", "120", "--out", path],
                    output,
                    error,
                    ctf: true
                )
            );
            Assert.Equal(SyntheticAreaGenerator.WriteCtf(Area, "sec-05"), File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WriteActivitiesCsv_OneInstitution_OnlyItsActivities()
    {
        var text = new StringWriter();
        var rows = SyntheticAreaGenerator.WriteActivitiesCsv(Area, text, "sec-05");
        var records = EncounterCsv.Read(new StringReader(text.ToString()), []).ToList();
        Assert.True(rows > 0);
        Assert.Equal(rows, records.Count);
        Assert.All(records, r => Assert.Equal("sec-05", r.InstitutionId));
    }

    [Fact]
    public void Generate_ActivityIdPrefix_SameActivitiesUnderOtherIds()
    {
        var other = SyntheticAreaGenerator.Generate(
            new SyntheticAreaOptions { LearnersPerYearGroup = 120, ActivityIdPrefix = "G" }
        );
        Assert.Equal(
            Area.Activities.Select(a => (a.InstitutionId, a.Activity.Date, a.Activity.Kind)),
            other.Activities.Select(a => (a.InstitutionId, a.Activity.Date, a.Activity.Kind))
        );
        Assert.All(
            other.Activities,
            a => Assert.StartsWith("G", a.Activity.Id, StringComparison.Ordinal)
        );
        Assert.Throws<ArgumentException>(() =>
            SyntheticAreaGenerator.Generate(
                new SyntheticAreaOptions { ActivityIdPrefix = "no spaces" }
            )
        );
    }

    [Fact]
    public void Generate_CareersLogs_ValidAgainstTheSchemaAndStartedInPrimary()
    {
        Assert.NotEmpty(Area.CareersLogs);
        var learners = Area.Learners.ToDictionary(l => l.Id);
        var institutions = Area.Institutions.ToDictionary(i => i.Institution.Id);
        foreach (var (learnerId, log) in Area.CareersLogs)
        {
            var document = CareersLogSerializer.Serialize(log);
            Assert.Empty(CareersLogValidator.Default.Validate(document));
            var learner = learners[learnerId];
            Assert.InRange(learner.YearGroup.Number, 5, 7);
            Assert.True(
                learner.Upn is { } upn
                    ? upn.Equals(log.Learner.Upn)
                    : log.Learner.PseudonymousId == learner.Id
            );
            Assert.Equal(learner.DateOfBirth, log.Learner.DateOfBirth);
            var first = log.Schools[0];
            Assert.Contains(
                Area.Institutions,
                i =>
                    i.Institution.Type == InstitutionType.Primary
                    && i.Institution.LaEstab!.Equals(first.LaEstab)
            );
            Assert.Equal(learner.YearGroup.Number == 7 ? 2 : 1, log.Schools.Count);
            if (learner.YearGroup.Number == 7)
            {
                Assert.Equal(
                    institutions[learner.InstitutionId!].Institution.LaEstab,
                    log.Schools[1].LaEstab
                );
            }

            Assert.All(log.Entries, e => Assert.InRange(e.YearGroup.Number, 5, 6));
            Assert.All(log.Entries, e => Assert.True(e.Date <= Area.ReferenceDate));
        }

        // Some learners of each of Years 5, 6 and 7, and not all of them.
        foreach (var yearGroup in new[] { 5, 6, 7 })
        {
            var withLogs = Area.CareersLogs.Count(l =>
                learners[l.LearnerId].YearGroup.Number == yearGroup
            );
            Assert.InRange(withLogs, 1, Area.Options.LearnersPerYearGroup - 1);
        }

        Assert.Contains(Area.CareersLogs, l => l.Log.Entries.Any(e => e.YearGroup.Number == 5));
        Assert.Contains(Area.CareersLogs, l => l.Log.Entries.Any(e => e.YearGroup.Number == 6));
    }

    [Fact]
    public void Command_Out_WritesTheCsv()
    {
        var path = Path.Combine(Path.GetTempPath(), $"careers-generate-{Guid.NewGuid():N}.csv");
        try
        {
            var error = new StringWriter();
            var code = SyntheticCsvCommand.Run(
                ["--out", path, "--learners-per-year-group", "120", "--institution", "sec-05"],
                TextWriter.Null,
                error
            );
            Assert.Equal(0, code);
            var expected = new StringWriter();
            SyntheticAreaGenerator.WriteActivitiesCsv(Area, expected, "sec-05");
            Assert.Equal(expected.ToString(), File.ReadAllText(path));
            Assert.Contains("Wrote", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--seed", "many")]
    [InlineData("--years", "0")]
    [InlineData("--reference-date", "1 March")]
    [InlineData("--institution", "nowhere")]
    [InlineData("--colour", "red")]
    public void Command_BadOption_Exits2(string name, string value)
    {
        var error = new StringWriter();
        Assert.Equal(2, SyntheticCsvCommand.Run([name, value], TextWriter.Null, error));
        Assert.Contains("Usage", error.ToString(), StringComparison.Ordinal);
    }
}

/// <summary>Generated CSV goes through the import endpoint, on each database.</summary>
public abstract class SyntheticCsvImportTests(HostFixture host)
{
    [Fact]
    public async Task Import_GeneratedCsv_WritesEveryRow()
    {
        // The area the host holds, under other activity ids so that it can be imported again.
        var options = HostFixture.Synthetic;
        var area = SyntheticAreaGenerator.Generate(
            new SyntheticAreaOptions
            {
                Seed = options.Seed,
                LearnersPerYearGroup = options.LearnersPerYearGroup,
                ReferenceDate = options.ReferenceDate,
                YearsOfActivities = options.YearsOfActivities,
                ActivityIdPrefix = "GEN",
            }
        );
        var csv = new StringWriter();
        var rows = SyntheticAreaGenerator.WriteActivitiesCsv(area, csv, "sec-03");
        // The school's own pupils only: the college's students took part in some as its former pupils.
        var onRoll = area
            .Learners.Where(l => l.InstitutionId == "sec-03")
            .Select(l => l.Id)
            .ToHashSet();
        var expectedActivities = area
            .Participations.Where(p => onRoll.Contains(p.LearnerId))
            .Select(p => p.ActivityId)
            .Distinct()
            .Count(id =>
                area.Activities.Single(a => a.Activity.Id == id).InstitutionId == "sec-03"
            );
        Assert.True(rows > 0);

        int activitiesBefore,
            participationsBefore;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
            activitiesBefore = await db.Activities.CountAsync();
            participationsBefore = await db.Participations.CountAsync();
        }

        var request = new HttpRequestMessage(
            HttpMethod.Post,
            "/institutions/sec-03/activities/import"
        )
        {
            Content = new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"),
        };
        request.Headers.Add(IdempotentImport.KeyHeader, Guid.NewGuid().ToString());
        using var response = await host.ActingClient().SendAsync(request);
        Assert.True(
            response.StatusCode == HttpStatusCode.OK,
            await response.Content.ReadAsStringAsync()
        );

        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
            Assert.Equal(activitiesBefore + expectedActivities, await db.Activities.CountAsync());
            Assert.Equal(participationsBefore + rows, await db.Participations.CountAsync());
            // The imported copy of each activity matches the seeded original.
            var seeded = await db
                .Activities.Where(a => a.InstitutionId == "sec-03" && a.Id.StartsWith("A"))
                .ToDictionaryAsync(a => a.Id);
            var imported = await db.Activities.Where(a => a.Id.StartsWith("GEN")).ToListAsync();
            Assert.Equal(expectedActivities, imported.Count);
            Assert.All(
                imported,
                a =>
                {
                    var original = seeded["A" + a.Id["GEN".Length..]];
                    Assert.Equal(
                        (original.Kind, original.Date, original.Evidence),
                        (a.Kind, a.Date, a.Evidence)
                    );
                }
            );
        }
    }

    [Fact]
    public async Task Seed_CareersLogs_LoadedAndServed()
    {
        var expected = SyntheticAreaGenerator.Generate(HostFixture.Synthetic).CareersLogs;
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        Assert.Equal(expected.Count, await db.CareersLogs.CountAsync());

        var (learnerId, log) = expected[0];
        using var response = await host.ActingClient()
            .GetAsync($"/learners/{learnerId}/careers-log");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            CareersLogSerializer.Serialize(log),
            await response.Content.ReadAsStringAsync()
        );
    }
}

/// <summary>Generated CSV imported on SQLite.</summary>
public sealed class SqliteSyntheticCsvImportTests(SqliteHost host)
    : SyntheticCsvImportTests(host),
        IClassFixture<SqliteHost>;

/// <summary>Generated CSV imported on PostgreSQL.</summary>
public sealed class PostgreSqlSyntheticCsvImportTests(PostgreSqlHost host)
    : SyntheticCsvImportTests(host),
        IClassFixture<PostgreSqlHost>;
