namespace Careers;

/// <summary>The JSON converter of <see cref="AcademicYear"/>: a JSON string in its canonical form.</summary>
public sealed class AcademicYearJsonConverter : StringValueJsonConverter<AcademicYear>
{
    /// <inheritdoc/>
    protected override ParseResult<AcademicYear> Validate(string? text) =>
        AcademicYear.Validate(text);
}
