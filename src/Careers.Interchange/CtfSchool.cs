namespace Careers.Interchange;

/// <summary>
/// A school in the header of a Common Transfer File (<c>SourceSchool</c> or <c>DestSchool</c>): its LA number and
/// establishment number (<c>LEA</c>, <c>Estab</c>), and, for the source school, its name and the academic year of the
/// data (<c>SchoolName</c>, <c>AcademicYear</c>, the year the academic year starts in).
/// </summary>
/// <param name="LaEstab">The school's LA and establishment number together.</param>
public sealed record CtfSchool(LaEstab LaEstab)
{
    /// <summary>The school's name (<c>SchoolName</c>), when the file gives it.</summary>
    public string? Name { get; init; }

    /// <summary>The academic year of the data (<c>AcademicYear</c>), when the file gives it.</summary>
    public AcademicYear? AcademicYear { get; init; }
}
