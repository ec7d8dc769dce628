using System;
using NodaTime;

namespace Careers;

/// <summary>
/// The arithmetic of school time: academic age, the year group a date of birth puts a child in, and the academic
/// year in which a child reaches a year group. Source: DfE statistics and school census guidance (docs/articles/domain.md §2).
/// </summary>
public static class SchoolCalendar
{
    /// <summary>
    /// Academic age: a child's age on 31 August before the academic year starts, the age DfE statistics use.
    /// A child born on 31 August is a year older, academically, than one born the next day.
    /// </summary>
    /// <param name="dateOfBirth">The date of birth: any date (ISO calendar), not only those of the supported range.</param>
    /// <param name="academicYear">The academic year.</param>
    /// <returns>The age in whole years on <see cref="AcademicYear.AgeReferenceDate"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The child was born after 31 August before the year starts.</exception>
    public static int AcademicAge(LocalDate dateOfBirth, AcademicYear academicYear)
    {
        var birth = dateOfBirth.WithCalendar(CalendarSystem.Iso);
        var reference = academicYear.AgeReferenceDate;
        if (birth > reference)
        {
            throw new ArgumentOutOfRangeException(
                nameof(dateOfBirth),
                dateOfBirth,
                $"A child born on {birth:yyyy-MM-dd} has no academic age in {academicYear}, which measures age on {reference:yyyy-MM-dd}."
            );
        }

        // 31 August is after every birthday from 1 January to 31 August, including 29 February, so comparing
        // month and day is exact: there is no leap-day rule to choose.
        var age = reference.Year - birth.Year;
        return birth.Month > 8 ? age - 1 : age;
    }

    /// <summary>
    /// The year group a child's date of birth puts them in for an academic year (their chronological year group),
    /// or <see langword="null"/> when their academic age is outside Reception to Year 13. A school may teach a
    /// child out of their chronological year group; <see cref="Learner.YearGroup"/> records the actual one.
    /// </summary>
    /// <param name="dateOfBirth">The date of birth: any date; it never throws.</param>
    /// <param name="academicYear">The academic year.</param>
    /// <returns>The year group for academic ages 4–17, else <see langword="null"/>.</returns>
    public static YearGroup? ExpectedYearGroup(LocalDate dateOfBirth, AcademicYear academicYear)
    {
        if (dateOfBirth.WithCalendar(CalendarSystem.Iso) > academicYear.AgeReferenceDate)
        {
            return null;
        }

        var age = AcademicAge(dateOfBirth, academicYear);
        return age is >= 4 and <= YearGroup.MaxNumber + 4 ? YearGroup.ForAcademicAge(age) : null;
    }

    /// <summary>The academic year in which a child born on a date is (chronologically) in a year group.</summary>
    /// <param name="dateOfBirth">
    /// The date of birth: any date whose answer is a supported academic year (1900/01 to 9998/99), so for Reception
    /// from 1 September 1895 to 31 August 9994, and N years earlier for Year N.
    /// </param>
    /// <param name="yearGroup">The year group.</param>
    /// <returns>The academic year in which the child's academic age is the year group's.</returns>
    /// <exception cref="ArgumentOutOfRangeException">That academic year is outside 1900/01 to 9998/99.</exception>
    public static AcademicYear AcademicYearInYearGroup(LocalDate dateOfBirth, YearGroup yearGroup)
    {
        var birth = dateOfBirth.WithCalendar(CalendarSystem.Iso);

        // Born January to August: the child is N on 31 August of (birth year + N); born later, a year after.
        var start = birth.Year + yearGroup.AcademicAge + (birth.Month > 8 ? 1 : 0);
        return new AcademicYear(start);
    }
}
