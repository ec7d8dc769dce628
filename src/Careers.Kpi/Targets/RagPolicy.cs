using System;

namespace Careers.Kpi;

/// <summary>
/// The thresholds of RAG status. <b>Decision</b>: no source sets them (docs/articles/domain.md §9 asks for targets,
/// not thresholds), so they are settings: green when the figure is on or ahead of the straight-line trajectory from
/// baseline to target, less <see cref="GreenTolerance"/>; red when it is no better than the baseline
/// (<see cref="RedAtOrBehindBaseline"/>) or further behind the trajectory than <see cref="AmberTolerance"/>; amber
/// otherwise. All comparisons are on unrounded values. Immutable.
/// </summary>
public sealed record RagPolicy
{
    private readonly decimal greenTolerance;
    private readonly decimal? amberTolerance;

    /// <summary>The defaults: no tolerance for green, red at or behind the baseline, no limit on amber.</summary>
    public static RagPolicy Default { get; } = new();

    /// <summary>How far behind the trajectory, in the KPI's unit, still counts as green; default 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public decimal GreenTolerance
    {
        get => greenTolerance;
        init =>
            greenTolerance =
                value >= 0m
                    ? value
                    : throw new ArgumentOutOfRangeException(
                        nameof(GreenTolerance),
                        value,
                        "Cannot be negative."
                    );
    }

    /// <summary>How far behind the trajectory, in the KPI's unit, is still amber rather than red; <see langword="null"/> (the default) for no limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public decimal? AmberTolerance
    {
        get => amberTolerance;
        init =>
            amberTolerance =
                value is not decimal v || v >= 0m
                    ? value
                    : throw new ArgumentOutOfRangeException(
                        nameof(AmberTolerance),
                        value,
                        "Cannot be negative."
                    );
    }

    /// <summary>Whether a figure no better than the baseline is red; default <see langword="true"/>.</summary>
    public bool RedAtOrBehindBaseline { get; init; } = true;
}
