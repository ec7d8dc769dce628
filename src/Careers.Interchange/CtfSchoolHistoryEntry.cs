using NodaTime;

namespace Careers.Interchange;

/// <summary>
/// A school the pupil attended (<c>SchoolHistory/School</c>): <c>LEA</c> and <c>Estab</c>, <c>SchoolName</c>,
/// <c>EntryDate</c> and <c>LeavingDate</c>.
/// </summary>
/// <param name="LaEstab">The school's LA and establishment number.</param>
public sealed record CtfSchoolHistoryEntry(LaEstab LaEstab)
{
    /// <summary>The school's name, when the file gives it (school names are public).</summary>
    public string? Name { get; init; }

    /// <summary>The day the pupil joined, when the file gives it.</summary>
    public LocalDate? Entry { get; init; }

    /// <summary>The day the pupil left, when the file gives it.</summary>
    public LocalDate? Leaving { get; init; }
}
