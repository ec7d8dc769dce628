using System;
using System.IO;
using System.Threading.Tasks;
using Careers.SampleHost.Data;
using Careers.SampleHost.Synthetic;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Careers.SampleHost.Tests;

/// <summary>
/// The area's data version (<see cref="AreaVersions"/>): loading the synthetic area bumps it, as every write that
/// changes a figure does, and a bump outside the writer's transaction is refused.
/// </summary>
public sealed class AreaVersionsTests : IAsyncLifetime
{
    private readonly string file = Path.Combine(
        Path.GetTempPath(),
        $"careers-version-{Guid.NewGuid():N}.db"
    );

    private SqliteCareersDbContext db = null!;

    public async Task InitializeAsync()
    {
        db = new SqliteCareersDbContext(
            new DbContextOptionsBuilder<SqliteCareersDbContext>()
                .UseSqlite("Data Source=" + file)
                .Options
        );
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await db.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    [Fact]
    public async Task SyntheticLoad_BumpsTheVersion()
    {
        Assert.Equal(0, await AreaVersions.CurrentAsync(db, default));

        await CareersDatabase.LoadAsync(
            db,
            SyntheticAreaGenerator.Generate(
                new SyntheticAreaOptions { Seed = 5, LearnersPerYearGroup = 20 }
            )
        );

        Assert.Equal(1, await AreaVersions.CurrentAsync(db, default));
    }

    [Fact]
    public async Task Bump_OutsideATransaction_IsRefusedAndChangesNothing()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            AreaVersions.BumpAsync(db, default)
        );
        Assert.Contains("transaction", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await AreaVersions.CurrentAsync(db, default));

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await AreaVersions.BumpAsync(db, default);
            await AreaVersions.BumpAsync(db, default);
            await transaction.CommitAsync();
        }

        Assert.Equal(2, await AreaVersions.CurrentAsync(db, default));
    }
}
