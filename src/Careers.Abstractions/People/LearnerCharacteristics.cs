using System;

namespace Careers;

/// <summary>
/// The characteristics of a learner that careers reports break results down by and that funding formulas count.
/// Immutable; build one with an object initialiser and change it with <c>with</c>.
/// </summary>
public sealed record LearnerCharacteristics
{
    private readonly int? idaciDecile;
    private readonly string? homeArea;
    private readonly string? ethnicity;

    /// <summary>No characteristics recorded.</summary>
    public static LearnerCharacteristics None { get; } = new();

    /// <summary>Eligible for free school meals now.</summary>
    public bool FreeSchoolMeals { get; init; }

    /// <summary>Eligible for free school meals at any point in the last six years ("FSM6", "Ever 6").</summary>
    public bool FreeSchoolMealsInLastSixYears { get; init; }

    /// <summary>Looked after by a local authority for at least one day.</summary>
    public bool LookedAfter { get; init; }

    /// <summary>Left care through adoption, a special guardianship order or a child arrangements order.</summary>
    public bool PreviouslyLookedAfter { get; init; }

    /// <summary>
    /// Disadvantaged as DfE defines it for the pupil premium and its statistics: eligible for free school meals now or
    /// at any point in the last six years, looked after, or previously looked after. Source: DfE, "Key stage 4
    /// destination measures" and pupil premium guidance (docs/articles/domain.md §8).
    /// </summary>
    public bool IsDisadvantaged =>
        FreeSchoolMeals || FreeSchoolMealsInLastSixYears || LookedAfter || PreviouslyLookedAfter;

    /// <summary>Special educational needs provision.</summary>
    public SenProvision SenProvision { get; init; }

    /// <summary>Whether any special educational needs provision is recorded (SEN support or an EHC plan).</summary>
    public bool HasSpecialEducationalNeeds => SenProvision != SenProvision.None;

    /// <summary>English as an additional language.</summary>
    public bool EnglishAsAdditionalLanguage { get; init; }

    /// <summary>Sex as the school census records it.</summary>
    public Sex Sex { get; init; }

    /// <summary>The DfE ethnicity code (for example <c>WBRI</c>), or <see langword="null"/> when not recorded.</summary>
    /// <exception cref="ArgumentException">Set to empty or white space.</exception>
    public string? Ethnicity
    {
        get => ethnicity;
        init => ethnicity = Guard.NullOrNotBlank(value, nameof(Ethnicity));
    }

    /// <summary>
    /// The code of the ward or other area the learner lives in (an ONS GSS code such as <c>E05001770</c>), or
    /// <see langword="null"/> when not recorded.
    /// </summary>
    /// <exception cref="ArgumentException">Set to empty or white space.</exception>
    public string? HomeArea
    {
        get => homeArea;
        init => homeArea = Guard.NullOrNotBlank(value, nameof(HomeArea));
    }

    /// <summary>
    /// The Income Deprivation Affecting Children Index decile of the learner's home area: 1 most deprived to 10 least,
    /// or <see langword="null"/> when not known.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1–10.</exception>
    public int? IdaciDecile
    {
        get => idaciDecile;
        init =>
            idaciDecile = value is null or (>= 1 and <= 10)
                ? value
                : throw new ArgumentOutOfRangeException(
                    nameof(IdaciDecile),
                    value,
                    "An IDACI decile is 1 to 10."
                );
    }
}
