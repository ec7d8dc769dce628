using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Careers.SampleHost.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Careers.SampleHost.Tests;

/// <summary>
/// Every row of every table an import may write, as a count and a SHA-256 per table: equal snapshots, equal
/// databases, so that "nothing was written" is checked, not assumed.
/// </summary>
internal static class DatabaseSnapshot
{
    public static async Task<string> Of(HostFixture host)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        var tables = new SortedDictionary<string, IEnumerable<string>>(StringComparer.Ordinal)
        {
            ["area"] = (await db.Area.AsNoTracking().ToListAsync()).Select(r =>
                $"{r.Id}|{r.Name}|{r.Seed}|{r.ReferenceDate:yyyy-MM-dd}"
            ),
            ["area_version"] = (await db.AreaVersion.AsNoTracking().ToListAsync()).Select(r =>
                $"{r.Id}|{r.Version}"
            ),
            ["institutions"] = (await db.Institutions.AsNoTracking().ToListAsync()).Select(r =>
                $"{r.Id}|{r.Name}|{r.Type}|{r.Ward}"
            ),
            ["learners"] = (await db.Learners.AsNoTracking().ToListAsync()).Select(r =>
                $"{r.Id}|{r.InstitutionId}|{r.Upn}|{r.DateOfBirth:yyyy-MM-dd}|{r.YearGroup}|{r.AcademicYear}|"
                + $"{r.FreeSchoolMeals}|{r.FreeSchoolMealsInLastSixYears}|{r.LookedAfter}|{r.SenProvision}|"
                + $"{r.EnglishAsAdditionalLanguage}|{r.Sex}|{r.Ward}"
            ),
            ["activities"] = (await db.Activities.AsNoTracking().ToListAsync()).Select(r =>
                $"{r.Id}|{r.InstitutionId}|{r.Kind}|{r.Date:yyyy-MM-dd}|{r.Evidence}|{r.Employers}"
            ),
            ["participations"] = (await db.Participations.AsNoTracking().ToListAsync()).Select(r =>
                $"{r.ActivityId}|{r.LearnerId}|{r.Evidence}"
            ),
            ["careers_logs"] = (await db.CareersLogs.AsNoTracking().ToListAsync()).Select(r =>
                $"{r.LearnerId}|{r.Version}|{r.Document}"
            ),
            ["import_requests"] = (await db.ImportRequests.AsNoTracking().ToListAsync()).Select(r =>
                $"{r.InstitutionId}|{r.IdempotencyKey}|{r.RequestHash}|{r.Status}|{r.Response}"
            ),
        };
        return string.Join(
            "\n",
            tables.Select(t =>
            {
                var lines = t.Value.Order(StringComparer.Ordinal).ToList();
                var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines)));
                return $"{t.Key}: {lines.Count} rows, {Convert.ToHexStringLower(hash)}";
            })
        );
    }
}
