using System;
using NodaTime;

namespace Careers.Encounters;

/// <summary>
/// The status rules shared by the in-memory and the streaming evaluation, so that both give the same answer for the
/// same records (docs/articles/domain.md §5).
/// </summary>
internal static class EntitlementRules
{
    /// <summary>
    /// The first and last day of a learner's window, given their year group in the as-at academic year. Near the ends
    /// of the supported range the window may start before 1 September 1900 (a day, not a supported academic year: no
    /// date before it is counted, being a problem), start after it (1 September 9999 stands for any later start) or end
    /// after it, on its last day: the same dates count as with the true window.
    /// </summary>
    public static (LocalDate Start, LocalDate End) Window(
        EncounterPolicy policy,
        YearGroup yearGroup,
        AcademicYear asAtYear
    )
    {
        var (first, last) = WindowYears(policy, yearGroup, asAtYear);
        return (new LocalDate(Math.Min(first, AcademicYear.MaxStartYear + 1), 9, 1), EndOf(last));
    }

    /// <summary>
    /// A learner's window as academic years, given their year group in the as-at academic year: the start years of the
    /// first and the last (either may be outside the supported years; <see cref="Window"/> gives the days).
    /// </summary>
    public static (int First, int Last) WindowYears(
        EncounterPolicy policy,
        YearGroup yearGroup,
        AcademicYear asAtYear
    ) =>
        (
            asAtYear.StartYear + policy.FirstYearGroup.Number - yearGroup.Number,
            asAtYear.StartYear + policy.LastYearGroup.Number - yearGroup.Number
        );

    /// <summary>
    /// 31 August at the end of the academic year that starts in a year, or 31 August 9999, the last supported day,
    /// when that is later (no date after it can be counted, and no later day can be written).
    /// </summary>
    public static LocalDate EndOf(int startYear) =>
        startYear >= AcademicYear.MaxStartYear ? AcademicYear.MaxDate : new(startYear + 1, 8, 31);

    /// <summary>The index (0-based) within the window of the academic year a date (in the supported range) falls in.</summary>
    public static int YearIndex(LocalDate windowStart, LocalDate date) =>
        AcademicYear.ForDate(date).StartYear - windowStart.Year;

    /// <summary>
    /// Met: the threshold reached, and every year of the window at its yearly minimum (when the policy has one).
    /// NotMet: the window closed without that. Otherwise OnTrack when the learner has the milestone due at the end of
    /// their last completed year group and no completed year fell short of the yearly minimum; else AtRisk.
    /// </summary>
    public static EntitlementStatus Status(
        EncounterPolicy policy,
        YearGroup yearGroup,
        int count,
        ReadOnlySpan<int> perYear,
        LocalDate asAt,
        AcademicYear asAtYear,
        out int shortfall,
        out EntitlementMilestone? next
    )
    {
        shortfall = Math.Max(0, policy.Threshold - count);
        next = null;
        if (yearGroup < policy.FirstYearGroup)
        {
            return EntitlementStatus.NotInScope;
        }

        var completedYears =
            Math.Min(yearGroup.Number, policy.LastYearGroup.Number + 1)
            - policy.FirstYearGroup.Number;
        var everyYear = true;
        var completedShort = false;
        for (var y = 0; y < perYear.Length; y++)
        {
            if (perYear[y] < policy.MinimumPerYear)
            {
                everyYear = false;
                completedShort |= y < completedYears;
            }
        }

        if (count >= policy.Threshold && everyYear)
        {
            return EntitlementStatus.Met;
        }

        if (yearGroup > policy.LastYearGroup || asAt > Window(policy, yearGroup, asAtYear).End)
        {
            return EntitlementStatus.NotMet;
        }

        for (var number = yearGroup.Number; number <= policy.LastYearGroup.Number; number++)
        {
            var y = YearGroup.FromNumber(number);
            var milestone = policy.MilestoneAtEndOf(y);
            var yearShort =
                number == yearGroup.Number && perYear[completedYears] < policy.MinimumPerYear;
            if (milestone > count || yearShort)
            {
                var encounters = Math.Max(
                    milestone,
                    yearShort ? count + policy.MinimumPerYear - perYear[completedYears] : 0
                );
                next = new EntitlementMilestone(
                    y,
                    encounters,
                    EndOf(asAtYear.StartYear + number - yearGroup.Number)
                );
                break;
            }
        }

        var due =
            yearGroup > policy.FirstYearGroup
                ? policy.MilestoneAtEndOf(YearGroup.FromNumber(yearGroup.Number - 1))
                : 0;
        return count >= due && !completedShort
            ? EntitlementStatus.OnTrack
            : EntitlementStatus.AtRisk;
    }
}
