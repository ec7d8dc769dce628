using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Careers.Interchange;

/// <summary>
/// The part of one pupil's CTF record that the SDK uses (<c>CTFpupilData/Pupil</c>). Names, addresses, contacts,
/// attendance and assessments are not here: the reader skips them unread (data minimisation). Codes are kept as the
/// file writes them where the SDK has no type for every value (NC year, ethnicity, language); the mapping to a
/// <see cref="Learner"/> translates them (<see cref="CtfMapping"/>). Two pupils are equal when every field and every
/// history entry, in order, are equal.
/// </summary>
/// <param name="Upn">The unique pupil number (<c>UPN</c>), its check letter verified.</param>
/// <param name="DateOfBirth">The date of birth (<c>DOB</c>).</param>
public sealed record CtfPupil(Upn Upn, LocalDate DateOfBirth)
{
    private readonly IReadOnlyList<CtfFsmPeriod> freeSchoolMeals = [];
    private readonly IReadOnlyList<CtfSenRecord> senHistory = [];
    private readonly IReadOnlyList<CtfSchoolHistoryEntry> schoolHistory = [];
    private readonly Sex sex;

    /// <summary>A UPN the pupil had before (<c>BasicDetails/FormerUPN</c>).</summary>
    public Upn? FormerUpn { get; init; }

    /// <summary>The sex (<c>Sex</c>: <c>M</c> or <c>F</c>); <see cref="Sex.NotRecorded"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When set to a value that is not a <see cref="Careers.Sex"/>.</exception>
    public Sex Sex
    {
        get => sex;
        init => sex = Guard.Defined(value, nameof(Sex));
    }

    /// <summary>
    /// The national curriculum year the pupil is taught in (<c>BasicDetails/NCyearActual</c>), as the file codes it:
    /// <c>N1</c>, <c>N2</c>, <c>R</c>, <c>1</c> to <c>14</c> or <c>X</c> (<see cref="CtfCodes.NcYears"/>).
    /// </summary>
    public string? NcYearActual { get; init; }

    /// <summary>The ethnicity code (<c>BasicDetails/Ethnicity</c>, <see cref="CtfCodes.Ethnicities"/>).</summary>
    public string? Ethnicity { get; init; }

    /// <summary>
    /// The first language code (<c>BasicDetails/Languages/Type</c> whose <c>LanguageType</c> is <c>F</c>), such as
    /// <c>ENG</c>.
    /// </summary>
    public string? FirstLanguage { get; init; }

    /// <summary>Whether the pupil is looked after now (<c>LookedAfter/InCare</c>).</summary>
    public bool LookedAfter { get; init; }

    /// <summary>The periods of free school meals eligibility (<c>FSMhistory</c>), in file order.</summary>
    public IReadOnlyList<CtfFsmPeriod> FreeSchoolMeals
    {
        get => freeSchoolMeals;
        init => freeSchoolMeals = Guard.NotNull(value, nameof(FreeSchoolMeals));
    }

    /// <summary>The SEN provisions from their start dates (<c>SENhistory</c>), in file order.</summary>
    public IReadOnlyList<CtfSenRecord> SenHistory
    {
        get => senHistory;
        init => senHistory = Guard.NotNull(value, nameof(SenHistory));
    }

    /// <summary>The schools attended (<c>SchoolHistory</c>), in file order.</summary>
    public IReadOnlyList<CtfSchoolHistoryEntry> SchoolHistory
    {
        get => schoolHistory;
        init => schoolHistory = Guard.NotNull(value, nameof(SchoolHistory));
    }

    /// <inheritdoc />
    public bool Equals(CtfPupil? other) =>
        other is not null
        && Upn == other.Upn
        && DateOfBirth == other.DateOfBirth
        && FormerUpn == other.FormerUpn
        && Sex == other.Sex
        && string.Equals(NcYearActual, other.NcYearActual, StringComparison.Ordinal)
        && string.Equals(Ethnicity, other.Ethnicity, StringComparison.Ordinal)
        && string.Equals(FirstLanguage, other.FirstLanguage, StringComparison.Ordinal)
        && LookedAfter == other.LookedAfter
        && FreeSchoolMeals.SequenceEqual(other.FreeSchoolMeals)
        && SenHistory.SequenceEqual(other.SenHistory)
        && SchoolHistory.SequenceEqual(other.SchoolHistory);

    /// <inheritdoc />
    /// <remarks>The UPN's: a file holds each UPN once.</remarks>
    public override int GetHashCode() => Upn.GetHashCode();
}
