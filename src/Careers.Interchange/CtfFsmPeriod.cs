using NodaTime;

namespace Careers.Interchange;

/// <summary>
/// A period of free school meals eligibility (<c>FSMhistory/FSMinstance</c>): <c>FSMstartDate</c> and, when it has
/// ended, <c>FSMendDate</c>; from CTF 26, the category of eligibility (<c>FSMCategory</c>).
/// </summary>
/// <param name="Start">The first day of eligibility.</param>
/// <param name="End">The last day of eligibility; null while it lasts.</param>
public sealed record CtfFsmPeriod(LocalDate Start, LocalDate? End)
{
    /// <summary>
    /// The category of eligibility (<c>FSMCategory</c>, a code of <see cref="CtfCodes.FsmCategories"/>, such as
    /// <c>EFSM</c> for the expanded eligibility of 2026); null when the file gives none, as files before CTF 26 do.
    /// </summary>
    public string? Category { get; init; }

    /// <summary>Whether the pupil was eligible on the date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True when the date falls in the period.</returns>
    public bool Covers(LocalDate date) => Start <= date && (End is null || date <= End.Value);

    /// <summary>Whether the period shares at least one day with the span from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The first day of the span.</param>
    /// <param name="to">The last day of the span.</param>
    /// <returns>True when they overlap.</returns>
    public bool Overlaps(LocalDate from, LocalDate to) =>
        Start <= to && (End is null || End.Value >= from);
}
