using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.Gatsby;

/// <summary>
/// The choices the Gatsby sources leave open, as named settings with documented defaults (docs/articles/domain.md §3–4, the
/// "Decision" lines). A result records the policy's <see cref="Id"/> and <see cref="Version"/>. Immutable: change
/// a setting with <c>with</c>, and give the changed policy your own id.
/// </summary>
public sealed record GatsbyPolicy
{
    private readonly string id = "careers-sdk.gatsby";
    private readonly string version = "1.0";
    private readonly decimal coverageThreshold = 1m;
    private readonly int minimumAdviserQualificationLevel = 6;
    private readonly AgeMilestones ageMilestones = AgeMilestones.Default;
    private readonly IReadOnlyDictionary<string, int> minimumCounts = new Dictionary<string, int>();

    /// <summary>The SDK's defaults, as documented on each setting.</summary>
    public static GatsbyPolicy Default { get; } = new();

    /// <summary>The policy's id, recorded in every result; default <c>careers-sdk.gatsby</c>.</summary>
    /// <exception cref="ArgumentException">Set to empty.</exception>
    public string Id
    {
        get => id;
        init => id = Guard.NotEmpty(value, nameof(Id));
    }

    /// <summary>The policy's version, recorded in every result; default <c>1.0</c>.</summary>
    /// <exception cref="ArgumentException">Set to empty.</exception>
    public string Version
    {
        get => version;
        init => version = Guard.NotEmpty(value, nameof(Version));
    }

    /// <summary>
    /// The share of learners in scope who must meet a learner-evidenced criterion for it to be met, as a fraction.
    /// Decision (docs/articles/domain.md §3): default 1 (100%), because the benchmarks say "every pupil".
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to 0 or less, or above 1.</exception>
    public decimal CoverageThreshold
    {
        get => coverageThreshold;
        init =>
            coverageThreshold = value is > 0m and <= 1m
                ? value
                : throw new ArgumentOutOfRangeException(
                    nameof(CoverageThreshold),
                    value,
                    "A threshold is a fraction above 0 and at most 1."
                );
    }

    /// <summary>
    /// The lowest qualification level (RQF) of a careers adviser whose guidance meetings count for a Benchmark 8
    /// criterion that asks for a qualified adviser (<see cref="LearnerRequirement.RequiresQualifiedAdviser"/>).
    /// Default 6: the CDI register requires Level 6 or above (docs/articles/domain.md §3). For those criteria a meeting
    /// with no recorded level does not count. The 2014 colleges edition's criterion does not ask for one: its Level 6
    /// adviser is a footnote ("access to a level 6 adviser is available when needed"), so there every guidance
    /// interview counts and this setting does not apply.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1–8.</exception>
    public int MinimumAdviserQualificationLevel
    {
        get => minimumAdviserQualificationLevel;
        init =>
            minimumAdviserQualificationLevel = value is >= 1 and <= 8
                ? value
                : throw new ArgumentOutOfRangeException(
                    nameof(MinimumAdviserQualificationLevel),
                    value,
                    "A qualification level is 1 to 8."
                );
    }

    /// <summary>
    /// Whether a meaningful experience of a workplace also counts as a meaningful employer encounter for Benchmark 5.
    /// Decision: default <see langword="true"/>; a workplace experience is spent with an employer, and no source
    /// excludes it. Its meaningfulness is judged by the Benchmark 5 definition.
    /// </summary>
    public bool WorkplaceExperiencesCountAsEmployerEncounters { get; init; } = true;

    /// <summary>
    /// Whether a part-time job counts as an employer encounter for Benchmark 5. The 2024 edition says part-time work
    /// "may" count; Decision: default <see langword="false"/>, so a school opts in. Part-time jobs never count for
    /// Benchmark 6, whose criteria exclude them.
    /// </summary>
    public bool PartTimeWorkCountsAsEmployerEncounter { get; init; }

    /// <summary>What "by the age of N" means in school time; default <see cref="Careers.AgeMilestones.Default"/> (by 16 = end of Year 11).</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public AgeMilestones AgeMilestones
    {
        get => ageMilestones;
        init => ageMilestones = Guard.NotNull(value, nameof(AgeMilestones));
    }

    /// <summary>
    /// The year group whose end is "the end of the study programme" for the colleges edition. Decision: default
    /// Year 13, the last year of 16–19 study.
    /// </summary>
    public YearGroup CollegeProgrammeFinalYearGroup { get; init; } = YearGroup.Year13;

    /// <summary>What to do with activities dated after the as-at date; default <see cref="FutureActivityHandling.Reject"/>.</summary>
    public FutureActivityHandling FutureActivities { get; init; }

    /// <summary>
    /// Overrides of a learner-evidenced criterion's <see cref="LearnerRequirement.MinimumCount"/>, by criterion id, for
    /// a local area that sets a different bar (for example two encounters a year). Empty by default.
    /// </summary>
    /// <exception cref="ArgumentException">Set to null or holding a count below 1.</exception>
    public IReadOnlyDictionary<string, int> MinimumCounts
    {
        get => minimumCounts;
        init
        {
            var copy = Guard
                .NotNull(value, nameof(MinimumCounts))
                .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            foreach (var pair in copy)
            {
                if (pair.Value < 1)
                {
                    throw new ArgumentException(
                        $"The minimum count for {pair.Key} must be at least 1.",
                        nameof(MinimumCounts)
                    );
                }
            }

            minimumCounts = copy;
        }
    }

    /// <summary>The minimum count in force for a criterion: the policy's override, else the framework's.</summary>
    /// <param name="criterion">A learner-evidenced criterion.</param>
    /// <returns>The count.</returns>
    public int MinimumCountFor(GatsbyCriterion criterion)
    {
        Guard.NotNull(criterion, nameof(criterion));
        return minimumCounts.TryGetValue(criterion.Id, out var count)
            ? count
            : criterion.Requirement?.MinimumCount
                ?? throw new ArgumentException(
                    $"{criterion.Id} is a declared criterion.",
                    nameof(criterion)
                );
    }
}
