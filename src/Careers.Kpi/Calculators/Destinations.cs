using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.Kpi;

/// <summary>The destination categories of DfE's destination measures (docs/articles/domain.md §8).</summary>
public enum DestinationCategory
{
    /// <summary>Sustained education.</summary>
    Education = 0,

    /// <summary>A sustained apprenticeship.</summary>
    Apprenticeship = 1,

    /// <summary>Sustained employment.</summary>
    Employment = 2,

    /// <summary>Not sustained: an activity was recorded but none was sustained.</summary>
    NotSustained = 3,

    /// <summary>
    /// Activity not captured: no participation in education, an apprenticeship or employment, nor out-of-work benefits,
    /// at any point in the destination year (DfE, destination measures data guidance).
    /// </summary>
    ActivityNotCaptured = 4,
}

/// <summary>What a former pupil was doing in one month of the destination year.</summary>
public enum MonthlyActivity
{
    /// <summary>Nothing recorded for the month.</summary>
    NotCaptured = 0,

    /// <summary>In education.</summary>
    Education = 1,

    /// <summary>On an apprenticeship.</summary>
    Apprenticeship = 2,

    /// <summary>In employment.</summary>
    Employment = 3,

    /// <summary>Recorded, but not in education, an apprenticeship or employment (for example claiming out-of-work benefits).</summary>
    Other = 4,
}

/// <summary>
/// The rules that place a former pupil in a destination category. The defaults follow DfE (docs/articles/domain.md
/// §8): all of the first two terms (October to March) in education, five of those six months in employment, six
/// consecutive months of apprenticeship at any point in the destination year (August to July). Immutable.
/// </summary>
public sealed record DestinationPolicy
{
    private readonly int employmentMonths = 5;
    private readonly int apprenticeshipMonths = 6;
    private readonly DestinationCategory combinationCountsAs = DestinationCategory.Education;

    /// <summary>The DfE rules.</summary>
    public static DestinationPolicy Default { get; } = new();

    /// <summary>Months of October to March in employment that make it sustained; default 5.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 to 6.</exception>
    public int EmploymentMonths
    {
        get => employmentMonths;
        init => employmentMonths = InRange(value, 1, 6, nameof(EmploymentMonths));
    }

    /// <summary>Consecutive months of apprenticeship, anywhere in August to July, that make it sustained; default 6.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 to 12.</exception>
    public int ApprenticeshipMonths
    {
        get => apprenticeshipMonths;
        init => apprenticeshipMonths = InRange(value, 1, 12, nameof(ApprenticeshipMonths));
    }

    /// <summary>
    /// Where a combination goes: every month of October to March in education, an apprenticeship or employment, but no
    /// single activity sustained. <b>Decision</b>: DfE counts a combination as sustained; which category shows it is not
    /// settled by docs/articles/domain.md §8, so it is a setting, default <see cref="DestinationCategory.Education"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not Education, Apprenticeship or Employment.</exception>
    public DestinationCategory CombinationCountsAs
    {
        get => combinationCountsAs;
        init =>
            combinationCountsAs = value
                is DestinationCategory.Education
                    or DestinationCategory.Apprenticeship
                    or DestinationCategory.Employment
                ? value
                : throw new ArgumentOutOfRangeException(
                    nameof(CombinationCountsAs),
                    value,
                    "A combination is a sustained destination: Education, Apprenticeship or Employment."
                );
    }

    /// <summary>
    /// Places one former pupil: apprenticeship first, then education, employment, a combination; otherwise activity
    /// not captured when nothing at all was recorded in the twelve months of the destination year, else not sustained.
    /// DfE's data guidance defines "activity not captured" as no participation in education, apprenticeship or
    /// employment, nor out-of-work benefits, at any point in the destination year: activity only in August, or only in
    /// April to July, makes a young person not sustained, not "not captured" (docs/articles/domain.md §8).
    /// </summary>
    /// <param name="months">Twelve months, August first and July last.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentException">There are not twelve months.</exception>
    public DestinationCategory Classify(IReadOnlyList<MonthlyActivity> months)
    {
        Guard.NotNull(months, nameof(months));
        if (months.Count != 12)
        {
            throw new ArgumentException(
                "A destination year has twelve months, August to July.",
                nameof(months)
            );
        }

        var run = 0;
        for (var i = 0; i < 12; i++)
        {
            run = months[i] == MonthlyActivity.Apprenticeship ? run + 1 : 0;
            if (run >= ApprenticeshipMonths)
            {
                return DestinationCategory.Apprenticeship;
            }
        }

        // October (index 2) to March (index 7).
        var terms = months.Skip(2).Take(6).ToArray();
        if (terms.All(m => m == MonthlyActivity.Education))
        {
            return DestinationCategory.Education;
        }

        if (terms.Count(m => m == MonthlyActivity.Employment) >= EmploymentMonths)
        {
            return DestinationCategory.Employment;
        }

        if (
            terms.All(m =>
                m
                    is MonthlyActivity.Education
                        or MonthlyActivity.Apprenticeship
                        or MonthlyActivity.Employment
            )
        )
        {
            return CombinationCountsAs;
        }

        // Any month of the year, not only October to March (DfE data guidance).
        return months.All(m => m == MonthlyActivity.NotCaptured)
            ? DestinationCategory.ActivityNotCaptured
            : DestinationCategory.NotSustained;
    }

    private static int InRange(int value, int low, int high, string name) =>
        value >= low && value <= high
            ? value
            : throw new ArgumentOutOfRangeException(
                name,
                value,
                FormattableString.Invariant($"Between {low} and {high}.")
            );
}

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
