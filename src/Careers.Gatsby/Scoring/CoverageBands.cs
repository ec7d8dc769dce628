namespace Careers.Gatsby;

/// <summary>Computes <see cref="CoverageBand"/>s.</summary>
public static class CoverageBands
{
    /// <summary>The band of a share.</summary>
    /// <param name="share">A fraction from 0 to 1.</param>
    /// <returns>The band.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="share"/> is outside 0–1.</exception>
    public static CoverageBand Of(decimal share) =>
        share switch
        {
            < 0m or > 1m => throw new System.ArgumentOutOfRangeException(
                nameof(share),
                share,
                "A share is 0 to 1."
            ),
            0m => CoverageBand.None,
            <= 0.25m => CoverageBand.AFew,
            <= 0.5m => CoverageBand.Some,
            <= 0.9m => CoverageBand.Most,
            < 1m => CoverageBand.AlmostAll,
            _ => CoverageBand.All,
        };
}
