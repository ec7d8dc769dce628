namespace Careers;

/// <summary>The JSON converter of <see cref="Urn"/>: a JSON string in its canonical form.</summary>
public sealed class UrnJsonConverter : StringValueJsonConverter<Urn>
{
    /// <inheritdoc/>
    protected override ParseResult<Urn> Validate(string? text) => Urn.Validate(text);
}
