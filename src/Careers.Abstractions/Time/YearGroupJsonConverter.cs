namespace Careers;

/// <summary>The JSON converter of <see cref="YearGroup"/>: a JSON string in its canonical form.</summary>
public sealed class YearGroupJsonConverter : StringValueJsonConverter<YearGroup>
{
    /// <inheritdoc/>
    protected override ParseResult<YearGroup> Validate(string? text) => YearGroup.Validate(text);
}
