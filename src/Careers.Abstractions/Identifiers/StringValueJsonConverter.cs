using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Careers;

/// <summary>Writes a value as its canonical text and reads it back through the type's own validation.</summary>
internal abstract class StringValueJsonConverter<T> : JsonConverter<T>
    where T : notnull
{
    protected abstract ParseResult<T> Validate(string? text);

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

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    public override T ReadAsPropertyName(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options
    ) => ReadText(reader.GetString());

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
