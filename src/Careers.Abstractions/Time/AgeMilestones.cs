using System;
using System.Collections.Generic;

namespace Careers;

/// <summary>
/// What "by the age of N" means in school time: the year group at whose end the deadline falls.
/// </summary>
/// <remarks>
/// Decision (docs/articles/domain.md §2): the Gatsby Benchmarks and statutory guidance say "by the age of 14/16/18" without a date;
/// this SDK reads "by the age of N" as "by the end of Year N − 5" (31 August of that academic year): by 14 = end of
/// Year 9, by 16 = end of Year 11, by 18 = end of Year 13. <see cref="Default"/> is that rule; a local area that reads
/// an age differently overrides it with <see cref="WithYearGroup"/>. Instances are immutable.
/// </remarks>
public sealed class AgeMilestones
{
    private readonly Dictionary<int, YearGroup> overrides;

    private AgeMilestones(Dictionary<int, YearGroup> overrides) => this.overrides = overrides;

    /// <summary>The SDK's reading: "by the age of N" is the end of Year N − 5, for ages 6 to 18.</summary>
    public static AgeMilestones Default { get; } = new(new Dictionary<int, YearGroup>());

    /// <summary>The year group at whose end "by the age of <paramref name="age"/>" falls.</summary>
    /// <param name="age">The age named by the rule.</param>
    /// <returns>The year group whose last day is the deadline.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No year group ends at that age and none was set for it.</exception>
    public YearGroup YearGroupEndingAtAge(int age)
    {
        if (overrides.TryGetValue(age, out var yearGroup))
        {
            return yearGroup;
        }

        return age is >= 6 and <= YearGroup.MaxNumber + 5
            ? YearGroup.FromNumber(age - 5)
            : throw new ArgumentOutOfRangeException(
                nameof(age),
                age,
                "Ages 6 to 18 map to the end of Years 1 to 13."
            );
    }

    /// <summary>Returns milestones that read "by the age of <paramref name="age"/>" as the end of <paramref name="yearGroup"/>.</summary>
    /// <param name="age">The age named by the rule.</param>
    /// <param name="yearGroup">The year group whose end is the deadline.</param>
    /// <returns>New milestones; this instance is unchanged.</returns>
    public AgeMilestones WithYearGroup(int age, YearGroup yearGroup) =>
        new(new Dictionary<int, YearGroup>(overrides) { [age] = yearGroup });
}
