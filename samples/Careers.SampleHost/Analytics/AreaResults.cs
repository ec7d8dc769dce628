using System;
using System.Threading;
using System.Threading.Tasks;
using Careers.SampleHost.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Careers.SampleHost.Analytics;

/// <summary>
/// The one cached source of the area's results: the area's data read once per data version (<see cref="AreaVersions"/>),
/// and every figure made from it computed once per version and date (<see cref="AreaSnapshot"/>). Each request reads
/// the version, one row; while it is unchanged the cached figures are answered, and once a write has bumped it the
/// next request loads the data again. Concurrent requests for a version not yet loaded share one load. A singleton:
/// the cache is per process, and the version, being in the database, keeps several processes correct.
/// </summary>
/// <param name="scopes">Makes the database context a load uses: its own, so that no one request's cancellation or
/// context is shared by the others waiting on the load.</param>
internal sealed class AreaResults(IServiceScopeFactory scopes)
{
    private readonly Lock gate = new();
    private Loading? current;

    /// <summary>How many times the area's data has been read: a load per version, whatever the requests.</summary>
    public int Loads => loads;

    private int loads;

    /// <summary>
    /// The area at the database's current data version: the cached snapshot while the version is the one it was
    /// loaded at, or a new load, shared by every request that asks meanwhile.
    /// </summary>
    /// <param name="db">The request's database, for the version only.</param>
    /// <param name="ct">Cancels this request's wait, never the load that others may be waiting on.</param>
    public async Task<AreaSnapshot> SnapshotAsync(CareersDbContext db, CancellationToken ct)
    {
        var version = await AreaVersions.CurrentAsync(db, ct);
        Task<AreaSnapshot> load;
        lock (gate)
        {
            // A request that read the version before a write and arrives after a newer load keeps the newer one: the
            // data never goes back. A failed load is tried again.
            if (
                current is null
                || version > current.Version
                || current.Task.IsFaulted
                || current.Task.IsCanceled
            )
            {
                current = new Loading(version, Task.Run(() => LoadAsync(version)));
            }

            load = current.Task;
        }

        return await load.WaitAsync(ct);
    }

    private async Task<AreaSnapshot> LoadAsync(long version)
    {
        Interlocked.Increment(ref loads);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CareersDbContext>();
        var (referenceDate, data) = await AreaAnalytics.LoadAsync(db, CancellationToken.None);
        return new AreaSnapshot(version, referenceDate, data);
    }

    private sealed record Loading(long Version, Task<AreaSnapshot> Task);
}
