using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.Kpi;

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
