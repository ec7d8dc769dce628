using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.Kpi;

/// <summary>
/// A cohort's destinations: how many former pupils are in each category, the share in a sustained destination, and
/// the share in each category (docs/articles/domain.md §8). Immutable.
/// </summary>
public sealed class DestinationMeasure
{
    private readonly int[] counts;

    private DestinationMeasure(int[] counts) => this.counts = counts;

    /// <summary>The number of former pupils in the cohort.</summary>
    public int Cohort => counts.Sum();

    /// <summary>The number in a category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>How many.</returns>
    public int this[DestinationCategory category] =>
        counts[(int)Guard.Defined(category, nameof(category))];

    /// <summary>Those in a sustained destination (education, apprenticeship or employment) over the cohort.</summary>
    public Proportion Sustained =>
        Proportion.Of(
            counts[(int)DestinationCategory.Education]
                + counts[(int)DestinationCategory.Apprenticeship]
                + counts[(int)DestinationCategory.Employment],
            Cohort
        );

    /// <summary>Those in one category over the cohort.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The proportion.</returns>
    public Proportion Share(DestinationCategory category) => Proportion.Of(this[category], Cohort);

    /// <summary>
    /// From counts per category. Problems: a negative count (<c>kpi.count.negative</c>, path <c>/education</c> etc.) and an
    /// empty cohort (<c>kpi.cohort.zero</c>).
    /// </summary>
    /// <param name="counts">The count in each category; a category left out counts 0.</param>
    /// <returns>The measure, or every problem found.</returns>
    public static Evaluation<DestinationMeasure> FromCounts(
        IReadOnlyDictionary<DestinationCategory, int> counts
    )
    {
        Guard.NotNull(counts, nameof(counts));
        var problems = new List<ValidationError>();
        var array = new int[5];
        foreach (var pair in counts)
        {
            var name =
                char.ToLowerInvariant(pair.Key.ToString()[0]) + pair.Key.ToString().Substring(1);
            array[(int)Guard.Defined(pair.Key, nameof(counts))] = pair.Value;
            if (pair.Value < 0)
            {
                problems.Add(
                    new ValidationError(
                        "kpi.count.negative",
                        JsonPointer.Append(JsonPointer.Root, name),
                        FormattableString.Invariant(
                            $"{pair.Key}: {pair.Value}; a count cannot be negative."
                        )
                    )
                );
            }
        }

        if (problems.Count == 0 && array.Sum() == 0)
        {
            problems.Add(
                new ValidationError(
                    "kpi.cohort.zero",
                    JsonPointer.Root,
                    "The cohort is empty, so no destination measure can be computed."
                )
            );
        }

        return problems.Count > 0
            ? Evaluation<DestinationMeasure>.Of(problems)
            : Evaluation<DestinationMeasure>.Of(new DestinationMeasure(array));
    }

    /// <summary>From each former pupil's twelve months, placed by a policy.</summary>
    /// <param name="pupils">Each pupil's months, August to July.</param>
    /// <param name="policy">The rules; default <see cref="DestinationPolicy.Default"/>.</param>
    /// <returns>The measure, or the problems: a pupil without twelve months (<c>kpi.destinations.months</c>, path <c>/3</c>), an empty cohort.</returns>
    public static Evaluation<DestinationMeasure> Classify(
        IEnumerable<IReadOnlyList<MonthlyActivity>> pupils,
        DestinationPolicy? policy = null
    )
    {
        Guard.NotNull(pupils, nameof(pupils));
        policy ??= DestinationPolicy.Default;
        var array = new int[5];
        var problems = new List<ValidationError>();
        var index = 0;
        foreach (var months in pupils)
        {
            if (months is null || months.Count != 12)
            {
                problems.Add(
                    new ValidationError(
                        "kpi.destinations.months",
                        JsonPointer.Append(JsonPointer.Root, index),
                        FormattableString.Invariant(
                            $"Pupil {index} has {months?.Count ?? 0} months; a destination year has twelve, August to July."
                        )
                    )
                );
            }
            else
            {
                array[(int)policy.Classify(months)]++;
            }

            index++;
        }

        if (index == 0)
        {
            problems.Add(
                new ValidationError(
                    "kpi.cohort.zero",
                    JsonPointer.Root,
                    "The cohort is empty, so no destination measure can be computed."
                )
            );
        }

        return problems.Count > 0
            ? Evaluation<DestinationMeasure>.Of(problems)
            : Evaluation<DestinationMeasure>.Of(new DestinationMeasure(array));
    }

    /// <summary>
    /// The gap in sustained destinations between this cohort and another, in percentage points (this minus the other),
    /// with Newcombe's interval: for the disadvantage gap, call it on pupils not disadvantaged with the disadvantaged
    /// as <paramref name="other"/> (2022/23: 95.3 − 86.1 = 9.2).
    /// </summary>
    /// <param name="other">The cohort compared with.</param>
    /// <param name="level">The confidence level; default 95%.</param>
    /// <returns>The gap.</returns>
    public ProportionGap GapTo(DestinationMeasure other, ConfidenceLevel? level = null) =>
        ProportionGap.Between(Sustained, Guard.NotNull(other, nameof(other)).Sustained, level);
}
