using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Careers.SampleHost.Data;

/// <summary>
/// The data version of the area (<see cref="AreaVersionRow"/>): every write that changes a figure of the area, an
/// institution or a learner bumps it in the transaction that writes, and the cached figures
/// (<see cref="Analytics.AreaResults"/>) are kept only while it stays the same. Because the number is in the
/// database, a write made through one host instance is seen by every other instance on its next request.
/// </summary>
internal static class AreaVersions
{
    /// <summary>The id of the one row.</summary>
    public const int RowId = 1;

    /// <summary>The current version: one row read by its key.</summary>
    public static Task<long> CurrentAsync(CareersDbContext db, CancellationToken ct) =>
        db
            .AreaVersion.AsNoTracking()
            .Where(v => v.Id == RowId)
            .Select(v => v.Version)
            .SingleAsync(ct);

    /// <summary>
    /// Adds one to the version, atomically (<c>UPDATE … SET version = version + 1</c>, so that two writers never both
    /// write the same number), inside the caller's transaction: the bump commits with the write it announces, or
    /// neither does. A write made round the host (a restored backup, a hand-made fix) must bump it the same way, or
    /// the hosts keep showing the figures from before it.
    /// </summary>
    /// <exception cref="InvalidOperationException">No transaction is open: a bump outside one could be seen before,
    /// or without, the write it announces.</exception>
    public static async Task BumpAsync(CareersDbContext db, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException(
                "The area version is bumped inside the transaction that writes: begin one first."
            );
        }

        #region bump
        await db
            .AreaVersion.Where(v => v.Id == RowId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1), ct);
        #endregion
    }
}
