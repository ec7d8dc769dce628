namespace Careers;

/// <summary>The JSON converter of <see cref="Ukprn"/>: a JSON string in its canonical form.</summary>
public sealed class UkprnJsonConverter : StringValueJsonConverter<Ukprn>
{
    /// <inheritdoc/>
    protected override ParseResult<Ukprn> Validate(string? text) => Ukprn.Validate(text);
}
