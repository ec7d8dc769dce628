using System.Linq;

namespace Careers.Encounters;

/// <summary>How many learners have each status, and the shares of those in scope. Immutable.</summary>
public sealed class StatusCounts
{
    private readonly int[] counts;

    internal StatusCounts(int[] counts) => this.counts = counts;

    /// <summary>All learners counted, in scope or not.</summary>
    public int Total => counts.Sum();

    /// <summary>Learners whose window has begun.</summary>
    public int InScope => Total - this[EntitlementStatus.NotInScope];

    /// <summary>The number of learners with a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>How many.</returns>
    public int this[EntitlementStatus status] => counts[(int)status];

    /// <summary>The percentage of learners in scope who have met the entitlement, unrounded (0 when none are in scope).</summary>
    public decimal PercentMet => Percent(this[EntitlementStatus.Met]);

    /// <summary>The percentage of learners in scope who have met it or are on track, unrounded.</summary>
    public decimal PercentMetOrOnTrack =>
        Percent(this[EntitlementStatus.Met] + this[EntitlementStatus.OnTrack]);

    private decimal Percent(int count) => InScope == 0 ? 0m : 100m * count / InScope;
}
