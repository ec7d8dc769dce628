namespace Careers;

/// <summary>The JSON converter of <see cref="LaEstab"/>: a JSON string in its canonical form.</summary>
public sealed class LaEstabJsonConverter : StringValueJsonConverter<LaEstab>
{
    /// <inheritdoc/>
    protected override ParseResult<LaEstab> Validate(string? text) => LaEstab.Validate(text);
}
