using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Careers.CareersLog.Tests;

/// <summary>The JSON Schema subset the validator implements, on small schemas.</summary>
public class SchemaNodeTests
{
    private static List<ValidationError> Check(string schema, string instance)
    {
        var node = SchemaCompiler.Compile(schema);
        using var document = JsonDocument.Parse(instance);
        var problems = new List<ValidationError>();
        var valid = node.Validate(document.RootElement, "", problems);
        Assert.Equal(problems.Count == 0, valid);
        Assert.Equal(valid, node.Conforms(document.RootElement));
        return problems;
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("1.0", true)]
    [InlineData("2", false)]
    [InlineData("\"1\"", false)]
    public void Const_ComparesNumbersByValue(string instance, bool valid)
    {
        var problems = Check("{\"const\": 1}", instance);
        Assert.Equal(valid, problems.Count == 0);
        if (!valid)
        {
            Assert.Equal("schema.const", problems[0].Code);
            Assert.StartsWith("Must be 1, found ", problems[0].Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("null", true)]
    [InlineData("true", true)]
    [InlineData("false", true)]
    [InlineData("3", true)]
    [InlineData("3.5", true)]
    [InlineData("\"x\"", false)]
    [InlineData("[]", false)]
    [InlineData("{}", false)]
    public void Type_AcceptsAListOfTypes(string instance, bool valid)
    {
        var problems = Check("{\"type\": [\"null\", \"boolean\", \"number\"]}", instance);
        Assert.Equal(valid, problems.Count == 0);
        if (!valid)
        {
            Assert.StartsWith(
                "Expected a null or a boolean or a number, found ",
                Assert.Single(problems).Message,
                StringComparison.Ordinal
            );
        }
    }

    [Fact]
    public void Type_DescribesWhatItFound()
    {
        Assert.Equal(
            "Expected an object, found an array.",
            Check("{\"type\": \"object\"}", "[]")[0].Message
        );
        Assert.Equal(
            "Expected an array, found an object.",
            Check("{\"type\": \"array\"}", "{}")[0].Message
        );
        Assert.Equal(
            "Expected a string, found null.",
            Check("{\"type\": \"string\"}", "null")[0].Message
        );
        Assert.Equal(
            "Expected a string, found the number 4.",
            Check("{\"type\": \"string\"}", "4")[0].Message
        );
        Assert.Equal(
            "Expected a string, found true.",
            Check("{\"type\": \"string\"}", "true")[0].Message
        );
        Assert.Equal(
            "Expected a boolean, found '" + new string('x', 57) + "...'.",
            Check("{\"type\": \"boolean\"}", "\"" + new string('x', 80) + "\"")[0].Message
        );
    }

    [Fact]
    public void Enum_AndUniqueItems_CompareDeeply()
    {
        Assert.Empty(Check("{\"enum\": [{\"a\": [1, 2]}]}", "{\"a\": [1.0, 2]}"));
        Assert.Single(Check("{\"enum\": [{\"a\": [1, 2]}]}", "{\"a\": [2, 1]}"));
        Assert.Single(Check("{\"enum\": [{\"a\": 1}]}", "{\"a\": 1, \"b\": 2}"));
        Assert.Single(Check("{\"enum\": [{\"a\": 1}]}", "{\"b\": 1}"));
        Assert.Single(Check("{\"enum\": [[1]]}", "[1, 1]"));
        Assert.Single(Check("{\"enum\": [true]}", "false"));
        Assert.Empty(Check("{\"enum\": [null]}", "null"));
        Assert.Equal(
            "the number 3 is not one of: 1, 2.",
            Check("{\"enum\": [1, 2]}", "3")[0].Message
        );
        var duplicates = Check("{\"uniqueItems\": true}", "[{\"x\": 1}, {\"x\": 2}, {\"x\": 1.0}]");
        Assert.Equal(
            ("schema.uniqueItems", "/2"),
            (Assert.Single(duplicates).Code, duplicates[0].Path)
        );
        Assert.Empty(Check("{\"uniqueItems\": false}", "[1, 1]"));
    }

    [Fact]
    public void Keywords_ApplyOnlyToTheirOwnTypes()
    {
        const string schema =
            "{\"minLength\": 2, \"minimum\": 5, \"minItems\": 2, \"required\": [\"a\"]}";
        foreach (var instance in new[] { "\"ab\"", "7", "[1, 2]", "{\"a\": 1}", "true", "null" })
        {
            Assert.Empty(Check(schema, instance));
        }
    }

    [Fact]
    public void AnyOf_NamesTheTitle_OrSaysNoFormMatched()
    {
        Assert.Equal(
            "'z' is not a letter a.",
            Assert
                .Single(
                    Check("{\"title\": \"a letter a\", \"anyOf\": [{\"const\": \"a\"}]}", "\"z\"")
                )
                .Message
        );
        Assert.Equal(
            "'z' does not match any of the allowed forms.",
            Assert
                .Single(
                    Check("{\"anyOf\": [{\"const\": \"a\"}, {\"type\": \"integer\"}]}", "\"z\"")
                )
                .Message
        );
        Assert.Empty(Check("{\"anyOf\": [{\"const\": \"a\"}, {\"type\": \"string\"}]}", "\"z\""));
    }

    [Fact]
    public void IfThen_AppliesThenOnlyWhenIfHolds()
    {
        const string schema =
            "{\"if\": {\"required\": [\"k\"]}, \"then\": {\"required\": [\"v\"]}}";
        Assert.Empty(Check(schema, "{}"));
        Assert.Equal("/v", Assert.Single(Check(schema, "{\"k\": 1}")).Path);
        Assert.Empty(Check(schema, "{\"k\": 1, \"v\": 2}"));
    }

    [Fact]
    public void AllOf_ReportsEveryFailingBranch() =>
        Assert.Equal(2, Check("{\"allOf\": [{\"minimum\": 5}, {\"maximum\": 1}]}", "3").Count);

    [Fact]
    public void Ref_AppliesAlongsideSiblingKeywords()
    {
        const string schema =
            "{\"$defs\": {\"small\": {\"maximum\": 10}}, \"$ref\": \"#/$defs/small\", \"minimum\": 5}";
        Assert.Empty(Check(schema, "7"));
        Assert.Equal("schema.maximum", Assert.Single(Check(schema, "11")).Code);
        Assert.Equal("schema.minimum", Assert.Single(Check(schema, "4")).Code);
    }

    [Fact]
    public void Items_AreReportedAtTheirIndex()
    {
        var problems = Check(
            "{\"items\": {\"type\": \"string\"}, \"maxItems\": 2}",
            "[\"a\", 1, 2]"
        );
        Assert.Equal(
            ["/1", "/2", ""],
            problems
                .Select(p => p.Path)
                .Order()
                .Reverse()
                .Skip(0)
                .OrderBy(p => p.Length == 0)
                .ThenBy(p => p)
                .ToArray()
        );
        Assert.Contains(problems, p => p.Message == "Holds at most 2 items; found 3.");
    }

    [Fact]
    public void Pattern_DollarMatchesOnlyAtTheVeryEnd_AsInJavaScript()
    {
        Assert.Single(Check("{\"pattern\": \"^a$\"}", "\"a\\n\""));
        Assert.Empty(Check("{\"pattern\": \"^a$\"}", "\"a\""));
        Assert.Empty(Check("{\"pattern\": \"^a\\\\$\"}", "\"a$\""));
        Assert.Empty(Check("{\"pattern\": \"b\"}", "\"abc\""));
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2000-02-29", true)]
    [InlineData("1900-02-29", false)]
    [InlineData("2023-02-29", false)]
    [InlineData("2023-04-31", false)]
    [InlineData("2023-12-31", true)]
    [InlineData("2023-00-10", false)]
    [InlineData("2023-01-00", false)]
    [InlineData("2023-1-10", false)]
    [InlineData("2023/01/10", false)]
    [InlineData("2023-01-1a", false)]
    [InlineData("20230-1-10", false)]
    public void DateFormat_IsTheCalendarCheckOfAjvFormats(string text, bool valid) =>
        Assert.Equal(valid, SchemaNode.IsDate(text));

    [Fact]
    public void TrueSchema_AcceptsEverything_SoABranchThatDeclaresWhatItRequires_StillNamesIt()
    {
        Assert.Empty(Check("{\"properties\": {\"a\": true}}", "{\"a\": [1, {}, null]}"));
        const string either = """
            {"type": "object", "anyOf": [
              {"required": ["a"], "properties": {"a": true}},
              {"required": ["b"], "properties": {"b": true}}
            ]}
            """;
        Assert.Empty(Check(either, "{\"b\": 1}"));
        Assert.Equal("Needs 'a' or 'b'.", Assert.Single(Check(either, "{\"c\": 1}")).Message);

        // A branch that constrains what it requires asks for more than the property.
        Assert.Equal(
            "an object does not match any of the allowed forms.",
            Assert
                .Single(
                    Check(
                        """{"anyOf": [{"required": ["a"], "properties": {"a": {"type": "string"}}}]}""",
                        "{\"a\": 1}"
                    )
                )
                .Message
        );
    }

    [Theory]
    [InlineData("{\"oneOf\": []}", "oneOf")]
    [InlineData("{\"additionalProperties\": {}}", "additionalProperties: false")]
    [InlineData("{\"format\": \"email\"}", "format: date")]
    [InlineData("{\"$ref\": \"other.json\"}", "local")]
    [InlineData("{\"$ref\": \"#/$defs/missing\"}", "does not resolve")]
    [InlineData("{\"properties\": {\"a\": 1}}", "neither an object nor true")]
    [InlineData("{\"properties\": {\"a\": false}}", "neither an object nor true")]
    [InlineData("{\"type\": \"decimal\"}", "decimal")]
    public void UnsupportedSchemas_FailAtCompileTime_NotSilently(string schema, string message)
    {
        var error = Assert.Throws<NotSupportedException>(() =>
        {
            var node = SchemaCompiler.Compile(schema);
            node.Conforms(JsonDocument.Parse("1").RootElement);
        });
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PublishedSchemas_Compile_AndUseOnlyTheSubset()
    {
        foreach (var version in CareersLogSchemas.Versions)
        {
            Assert.NotNull(SchemaCompiler.Compile(CareersLogSchemas.GetSchemaText(version)));
        }
    }
}
