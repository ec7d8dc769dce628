using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Careers.CareersLog;

/// <summary>Compiles one schema document into <see cref="SchemaNode"/>s, resolving its local <c>#/$defs/</c> references.</summary>
internal sealed class SchemaCompiler
{
    private const string DefsPrefix = "#/$defs/";
    private readonly Dictionary<string, SchemaNode> definitions = new(StringComparer.Ordinal);
    private readonly List<(string Reference, string Location)> references = [];

    private SchemaCompiler() { }

    public static SchemaNode Compile(string schemaText)
    {
        using var document = JsonDocument.Parse(schemaText);
        var compiler = new SchemaCompiler();
        var root = document.RootElement;
        if (root.TryGetProperty("$defs", out var defs))
        {
            foreach (var definition in defs.EnumerateObject())
            {
                compiler.definitions[DefsPrefix + definition.Name] = SchemaNode.Compile(
                    definition.Value,
                    compiler,
                    "#/$defs/" + definition.Name
                );
            }
        }

        var node = SchemaNode.Compile(root, compiler, "#");
        foreach (var (reference, location) in compiler.references)
        {
            if (!compiler.definitions.ContainsKey(reference))
            {
                throw new NotSupportedException(
                    $"The reference '{reference}' at {location} does not resolve."
                );
            }
        }

        return node;
    }

    public void Require(string reference, string location)
    {
        if (!reference.StartsWith(DefsPrefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException(
                $"Only local #/$defs/ references are implemented ({location})."
            );
        }

        references.Add((reference, location));
    }

    public SchemaNode Resolve(string reference) => definitions[reference];
}
