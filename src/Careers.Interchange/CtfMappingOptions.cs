using NodaTime;

namespace Careers.Interchange;

/// <summary>
/// How <see cref="CtfMapping"/> turns a CTF pupil into a <see cref="Learner"/>: the academic year the file's NC
/// years belong to, the date the characteristics are worked out at, and the institution the learners belong to.
/// </summary>
/// <param name="AcademicYear">The academic year of the file's data (the NC year actual is the year group in it).</param>
/// <param name="AsAt">The date at which FSM, FSM in the last six years and SEN provision are worked out.</param>
public sealed record CtfMappingOptions(AcademicYear AcademicYear, LocalDate AsAt)
{
    private readonly string? institutionId;

    /// <summary>
    /// The institution the learners belong to (<see cref="Learner.InstitutionId"/>); none by default, and never blank.
    /// </summary>
    /// <exception cref="System.ArgumentException">When set to a blank string.</exception>
    public string? InstitutionId
    {
        get => institutionId;
        init => institutionId = Guard.NullOrNotBlank(value, nameof(InstitutionId));
    }

    /// <summary>
    /// How many years a pupil's NC year may differ from the year group their date of birth gives before it is a
    /// problem (<c>ctf.dob.year-group</c>): 1 by default, so that a pupil taught a year above or below their age
    /// (a summer-born child who started late, say) is accepted and one two years out is not.
    /// </summary>
    public int YearGroupTolerance { get; init; } = 1;

    /// <summary>
    /// Whether a period of the expanded eligibility for free school meals (<c>FSMCategory</c> <c>EFSM</c>, CTF 26 and
    /// later) counts as FSM and as FSM in the last six years. False by default: no source says how the SDK's
    /// disadvantage figures should treat it, and leaving it out keeps them measuring what they measured before the
    /// 2026 expansion (eligibility by the means-tested criteria, <c>TFSM</c>), so that the strategy's gaps compare
    /// like with like across years. A local area that wants the wider measure sets it to true. A period with no
    /// category (every file before CTF 26) or another category always counts.
    /// </summary>
    public bool CountExpandedFreeSchoolMeals { get; init; }

    /// <summary>
    /// The options a file's header gives: its source school's <c>AcademicYear</c> (or the academic year of the
    /// header's date when it has none) and the header's date as the as-at date.
    /// </summary>
    /// <param name="header">The header.</param>
    /// <returns>The options.</returns>
    public static CtfMappingOptions ForHeader(CtfHeader header)
    {
        Guard.NotNull(header, nameof(header));
        var date = header.Created.Date;
        return new CtfMappingOptions(
            header.Source.AcademicYear ?? AcademicYear.ForDate(date),
            date
        );
    }
}
