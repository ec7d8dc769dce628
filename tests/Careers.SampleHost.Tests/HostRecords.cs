using System.Linq;
using System.Threading.Tasks;
using Careers.SampleHost.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Careers.SampleHost.Tests;

/// <summary>What the CTF tests read of the host's database directly.</summary>
internal static class HostRecords
{
    /// <summary>An institution's LAESTAB and the area's reference date.</summary>
    public static async Task<(LaEstab School, LocalDate ReferenceDate)> SchoolAsync(
        HostFixture host,
        string id
    )
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        var laEstab = await db
            .Institutions.Where(i => i.Id == id)
            .Select(i => i.LaEstab)
            .SingleAsync();
        return (
            LaEstab.Create(laEstab!.Value / 10_000, laEstab.Value % 10_000),
            await CareersDatabase.ReferenceDateAsync(db, default)
        );
    }

    /// <summary>The learner the host holds with a UPN.</summary>
    public static async Task<LearnerRow> HeldAsync(HostFixture host, Upn upn)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        var text = upn.ToString();
        return await db.Learners.AsNoTracking().SingleAsync(l => l.Upn == text);
    }
}
