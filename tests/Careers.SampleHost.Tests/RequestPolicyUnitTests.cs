using System.Collections.Generic;
using System.Text.Json;
using Careers.SampleHost.Api;
using Microsoft.AspNetCore.Http;

namespace Careers.SampleHost.Tests;

/// <summary>The pieces of the host's request policy on their own: ids, JSON pointers, duplicates and binding errors.</summary>
public sealed class RequestPolicyUnitTests
{
    [Theory]
    [InlineData("L000245", true)]
    [InlineData("fair-2025-01", true)]
    [InlineData("Careers fair (Year 9) – 2025", true)]
    [InlineData("é😀", true)]
    [InlineData("", false)]
    [InlineData(" L1", false)]
    [InlineData("L1 ", false)]
    [InlineData("L\t1", false)]
    [InlineData("L\n1", false)]
    [InlineData("L\u00001", false)]
    [InlineData("L\u200B1", false)] // a format character (zero-width space)
    [InlineData("L\u00A01", false)] // a no-break space
    public void Ids_PrintableOnly(string id, bool valid) => Assert.Equal(valid, Ids.IsValid(id));

    [Fact]
    public void Ids_LoneSurrogate_IsNotAnId()
    {
        // Built here: test data of a theory would reach the test with the lone surrogate already replaced.
        Assert.False(Ids.IsValid("L" + '\uD800' + "1"));
        Assert.False(Ids.IsValid("L" + '\uDC00'));
    }

    [Fact]
    public void Ids_64CharactersAtMost()
    {
        Assert.True(Ids.IsValid(new string('a', Ids.MaxLength)));
        Assert.False(Ids.IsValid(new string('a', Ids.MaxLength + 1)));
        Assert.Equal(64, Ids.MaxLength);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("$", "")]
    [InlineData("$.potPence", "/potPence")]
    [InlineData("$.formula.factors[0].ratePence", "/formula/factors/0/ratePence")]
    [InlineData("$[3].learnerId", "/3/learnerId")]
    [InlineData("$['a.b'].c", "/a.b/c")]
    [InlineData("$.a/b~c", "/a~1b~0c")]
    public void Pointer_FromASystemTextJsonPath(string? path, string pointer) =>
        Assert.Equal(pointer, JsonPolicy.Pointer(path));

    [Fact]
    public void Duplicates_EveryOneReported_ExactOrInAnotherCase_AtItsPointer()
    {
        using var document = JsonDocument.Parse(
            """{"a": 1, "A": 2, "b": [{"x": 1, "x": 2}, {"y": {"z": 1, "Z": 1, "z": 3}}], "c": 1}"""
        );
        var problems = new List<ValidationError>();
        JsonPolicy.FindDuplicates(document.RootElement, "", problems);
        Assert.Equal(
            new[] { "/A", "/b/0/x", "/b/1/y/Z", "/b/1/y/z" },
            problems.ConvertAll(p => p.Path)
        );
        Assert.All(problems, p => Assert.Equal(JsonPolicy.DuplicateCode, p.Code));
    }

    [Fact]
    public void Options_RefuseDuplicatesAndUnknownAndOtherCaseNames()
    {
        Assert.False(JsonPolicy.Options.AllowDuplicateProperties);
        Assert.False(JsonPolicy.Options.PropertyNameCaseInsensitive);
        Assert.Equal(
            System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
            JsonPolicy.Options.UnmappedMemberHandling
        );
        var unknown = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<Sample>("""{"potpence": 2}""", JsonPolicy.Options)
        );
        Assert.Equal(
            (JsonPolicy.UnknownCode, "/potpence"),
            (JsonPolicy.ErrorOf(unknown).Code, JsonPolicy.ErrorOf(unknown).Path)
        );
        var twice = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<Sample>(
                """{"potPence": 1, "potPence": 2}""",
                JsonPolicy.Options
            )
        );
        Assert.Equal(
            (JsonPolicy.DuplicateCode, "/potPence"),
            (JsonPolicy.ErrorOf(twice).Code, JsonPolicy.ErrorOf(twice).Path)
        );
    }

    // The messages ASP.NET Core's minimal APIs throw with (RouteHandlerOptions.ThrowOnBadRequest).
    [Theory]
    [InlineData(
        "Failed to bind parameter \"int take\" from \"abc\".",
        "request.parameter",
        "/query/take"
    )]
    [InlineData(
        "Failed to bind parameter \"int? skip\" from \"-\".",
        "request.parameter",
        "/query/skip"
    )]
    [InlineData(
        "Required parameter \"int take\" was not provided from query string.",
        "request.parameter",
        "/query/take"
    )]
    [InlineData(
        "Required parameter \"string thing\" was not provided from header.",
        "request.header",
        "/headers/thing"
    )]
    [InlineData("Required parameter \"R r\" was not provided from body.", "body.required", "")]
    [InlineData(
        "Implicit body inferred for parameter \"r\" but no body was provided. Did you mean to use a Service instead?",
        "body.required",
        ""
    )]
    [InlineData("Something else.", "request.invalid", "")]
    public void BindingFailure_IsAFieldError(string message, string code, string path)
    {
        var error = RequestBodies.ErrorOf(new BadHttpRequestException(message));
        Assert.Equal((code, path), (error.Code, error.Path));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    private sealed record Sample(long? PotPence);
}
