using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Careers;

/// <summary>
/// Writes a value as its canonical text and reads it back through the type's own validation. Public so that
/// System.Text.Json source-generation contexts in other assemblies can use the converters of the identifier and time
/// types (they name them in <see cref="JsonConverterAttribute"/>s on the types).
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public abstract class StringValueJsonConverter<T> : JsonConverter<T>
    where T : notnull
{
    /// <summary>Creates the converter.</summary>
    private protected StringValueJsonConverter() { }

    /// <summary>Validates the text of a value.</summary>
    /// <param name="text">The JSON string.</param>
    /// <returns>The value or the reason it is not one.</returns>
    protected abstract ParseResult<T> Validate(string? text);

    /// <inheritdoc/>
    public override T Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    )
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(
                $"Expected a {typeof(T).Name} as a JSON string, found {reader.TokenType}."
            );
        }

        return ReadText(reader.GetString());
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    /// <inheritdoc/>
    public override T ReadAsPropertyName(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    ) => ReadText(reader.GetString());

    /// <inheritdoc/>
    public override void WriteAsPropertyName(
        Utf8JsonWriter writer,
        T value,
        JsonSerializerOptions options
    ) => writer.WritePropertyName(value.ToString()!);

    private T ReadText(string? text)
    {
        var result = Validate(text);
        return result.Success ? result.Value : throw new JsonException(result.Error.Message);
    }
}
