namespace Careers;

/// <summary>The JSON converter of <see cref="Upn"/>: a JSON string in its canonical form.</summary>
public sealed class UpnJsonConverter : StringValueJsonConverter<Upn>
{
    /// <inheritdoc/>
    protected override ParseResult<Upn> Validate(string? text) => Upn.Validate(text);
}
