using System;
using NodaTime;

namespace Careers;

/// <summary>
/// A child or young person whose careers education is recorded: an id, a date of birth, the year group they are
/// in during a given academic year, the institution they attend and their characteristics. Immutable.
/// </summary>
/// <remarks>
/// The year group is stored with its academic year rather than derived from the date of birth, because a school may
/// teach a child outside their chronological year group; <see cref="YearGroupIn"/> moves it to other years.
/// </remarks>
public sealed record Learner
{
    private readonly string? institutionId;
    private readonly LearnerCharacteristics characteristics = LearnerCharacteristics.None;

    /// <summary>Creates a learner.</summary>
    /// <param name="id">The learner's id in your system: a UPN, a pseudonymous id or an MIS key.</param>
    /// <param name="dateOfBirth">
    /// The date of birth. Any date is accepted here; <see cref="ActivityRecord.Create"/> reports one outside the supported range
    /// (<see cref="AcademicYear.MinDate"/> to <see cref="AcademicYear.MaxDate"/>, 1 September 1900 to 31 August 9999)
    /// as the problem <c>learner.date-of-birth-range</c>.
    /// </param>
    /// <param name="yearGroup">The year group the learner is in during <paramref name="academicYear"/>.</param>
    /// <param name="academicYear">
    /// The academic year <paramref name="yearGroup"/> applies to. The default value, which starts in year 0, gives the
    /// learner no year group in any supported year: the evaluators report <c>learner.year-group</c>
    /// (<see cref="ActivityRecord.YearGroupsIn(AcademicYear)"/>).
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty.</exception>
    public Learner(string id, LocalDate dateOfBirth, YearGroup yearGroup, AcademicYear academicYear)
    {
        Id = Guard.NotEmpty(id, nameof(id));
        DateOfBirth = dateOfBirth;
        YearGroup = yearGroup;
        AcademicYear = academicYear;
    }

    /// <summary>The learner's id in your system.</summary>
    public string Id { get; }

    /// <summary>The UPN, when the learner has one and it may be shared.</summary>
    public Upn? Upn { get; init; }

    /// <summary>The date of birth; any date (see the constructor for what an <see cref="ActivityRecord"/> accepts).</summary>
    public LocalDate DateOfBirth { get; }

    /// <summary>The year group the learner is in during <see cref="AcademicYear"/>.</summary>
    public YearGroup YearGroup { get; }

    /// <summary>The academic year that <see cref="YearGroup"/> applies to.</summary>
    public AcademicYear AcademicYear { get; }

    /// <summary>The <see cref="Institution.Id"/> of the institution the learner attends, or <see langword="null"/> when none is recorded.</summary>
    /// <exception cref="ArgumentException">Set to empty or white space.</exception>
    public string? InstitutionId
    {
        get => institutionId;
        init => institutionId = Guard.NullOrNotBlank(value, nameof(InstitutionId));
    }

    /// <summary>The learner's characteristics; <see cref="LearnerCharacteristics.None"/> when none are recorded.</summary>
    public LearnerCharacteristics Characteristics
    {
        get => characteristics;
        init => characteristics = Guard.NotNull(value, nameof(Characteristics));
    }

    /// <summary>
    /// The learner's year group in another academic year, assuming they move up one year group a year. Never throws.
    /// </summary>
    /// <param name="academicYear">Any academic year.</param>
    /// <returns>
    /// The year group, or <see langword="null"/> when that year falls before Reception or after Year 13 (as it does
    /// for every year when <see cref="AcademicYear"/> is the default value, which starts in year 0).
    /// </returns>
    public YearGroup? YearGroupIn(AcademicYear academicYear) =>
        YearGroup.TryPlusYears(academicYear.StartYear - AcademicYear.StartYear, out var result)
            ? result
            : null;

    /// <summary>The academic year in which the learner is (or was, or will be) in a year group.</summary>
    /// <param name="yearGroup">The year group.</param>
    /// <returns>The academic year, assuming they move up one year group a year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// That academic year is outside the supported 1900/01 to 9998/99 (a learner in Year 13 in 1900/01 was in Year 7
    /// before it). Use <see cref="YearGroupIn"/>, which never throws, to ask of data.
    /// </exception>
    public AcademicYear AcademicYearIn(YearGroup yearGroup) =>
        AcademicYear.PlusYears(yearGroup.Number - YearGroup.Number);

    /// <summary>
    /// The last day of the academic year in which the learner is in a year group: the deadline that "by the end of
    /// Year 11" means, and, through <see cref="AgeMilestones"/>, "by the age of 16".
    /// </summary>
    /// <param name="yearGroup">The year group.</param>
    /// <returns>31 August at the end of that year group.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// That year group's academic year is outside the supported 1900/01 to 9998/99, as for <see cref="AcademicYearIn"/>.
    /// </exception>
    public LocalDate EndOf(YearGroup yearGroup) => AcademicYearIn(yearGroup).End;
}
