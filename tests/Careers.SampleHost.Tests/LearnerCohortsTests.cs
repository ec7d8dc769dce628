using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Ardalis.Specification;
using Careers.SampleHost.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Careers.SampleHost.Tests;

/// <summary>
/// The host selects cohorts in the database with the SDK's rules: each specification over the host's rows, translated
/// to SQL, selects the learners that the SDK's specification selects from the same learners in memory.
/// </summary>
public abstract class LearnerCohortsTests(HostFixture host)
{
    private static LearnerSpecifications<LearnerRow> Rows => LearnerCohorts.Rows;

    private static IEnumerable<(
        string Name,
        ISpecification<Learner> Sdk,
        Specification<LearnerRow> Host
    )> Cohorts()
    {
        yield return (
            "Year 9",
            LearnerSpecifications.InYearGroup(YearGroup.Year9),
            Rows.InYearGroup(YearGroup.Year9)
        );
        yield return ("disadvantaged", LearnerSpecifications.Disadvantaged(), Rows.Disadvantaged());
        foreach (var provision in Enum.GetValues<SenProvision>())
        {
            yield return (
                provision.ToString(),
                LearnerSpecifications.WithSenProvision(provision),
                Rows.WithSenProvision(provision)
            );
        }

        yield return (
            "EAL",
            LearnerSpecifications.WithEnglishAsAdditionalLanguage(),
            Rows.WithEnglishAsAdditionalLanguage()
        );
        yield return (
            "sec-01",
            LearnerSpecifications.AtInstitution("sec-01"),
            Rows.AtInstitution("sec-01")
        );
        yield return (
            "Year 11 at sec-01, disadvantaged or with SEN",
            LearnerSpecifications
                .InYearGroup(YearGroup.Year11)
                .And(LearnerSpecifications.AtInstitution("sec-01"))
                .And(
                    LearnerSpecifications
                        .Disadvantaged()
                        .Or(LearnerSpecifications.WithSenProvision(SenProvision.None).Not())
                ),
            Rows.InYearGroup(YearGroup.Year11)
                .And(Rows.AtInstitution("sec-01"))
                .And(Rows.Disadvantaged().Or(Rows.WithSenProvision(SenProvision.None).Not()))
        );
    }

    [Fact]
    public async Task EveryCohort_SelectsTheSameLearners_InTheDatabaseAndInMemory()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        var rows = await db.Learners.AsNoTracking().ToListAsync();
        var learners = rows.Select(Mapping.ToLearner).ToList();

        foreach (var (name, sdk, own) in Cohorts())
        {
            var inMemory = Sorted(sdk.Evaluate(learners).Select(l => l.Id));
            var inDatabase = Sorted(
                await db
                    .Learners.AsNoTracking()
                    .WithSpecification(own)
                    .Select(r => r.Id)
                    .ToListAsync()
            );

            Assert.True(inMemory.Count > 0 && inMemory.Count < rows.Count, name);
            Assert.Equal(inMemory, inDatabase);
            Assert.Equal(inMemory, Sorted(own.Evaluate(rows).Select(r => r.Id)));
        }
    }

    [Fact]
    public async Task WithSpecification_OrdersAndPages_AndRefusesWhatItCannotTranslate()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        var page = Rows.AtInstitution("sec-01");
        page.Query.OrderByDescending(r => r.DateOfBirth).ThenBy(r => r.Id).Skip(2).Take(3);
        var searched = Rows.AtInstitution("sec-01");
        searched.Query.Search(r => r.Id, "%1%");

        var ids = await db
            .Learners.AsNoTracking()
            .WithSpecification(page)
            .Select(r => r.Id)
            .ToListAsync();
        var byHand = await db
            .Learners.AsNoTracking()
            .Where(r => r.InstitutionId == "sec-01")
            .OrderByDescending(r => r.DateOfBirth)
            .ThenBy(r => r.Id)
            .Skip(2)
            .Take(3)
            .Select(r => r.Id)
            .ToListAsync();

        Assert.Equal(3, ids.Count);
        Assert.Equal(byHand, ids);
        Assert.Throws<NotSupportedException>(() => db.Learners.WithSpecification(searched));
    }

    private static List<string> Sorted(IEnumerable<string> ids) =>
        ids.Order(StringComparer.Ordinal).ToList();
}

/// <summary>Cohort specifications on SQLite.</summary>
public sealed class SqliteLearnerCohortsTests(SqliteHost host)
    : LearnerCohortsTests(host),
        IClassFixture<SqliteHost>;

/// <summary>Cohort specifications on PostgreSQL.</summary>
public sealed class PostgreSqlLearnerCohortsTests(PostgreSqlHost host)
    : LearnerCohortsTests(host),
        IClassFixture<PostgreSqlHost>;
