using System;

namespace Careers.Tests.Validation;

public class ValidationTests
{
    [Theory]
    [InlineData("", "name", "/name")]
    [InlineData("/entries", "a/b", "/entries/a~1b")]
    [InlineData("", "m~n", "/m~0n")]
    [InlineData("", "~/", "/~0~1")]
    public void JsonPointer_Append_EscapesPerRfc6901(string pointer, string name, string expected)
    {
        Assert.Equal(expected, JsonPointer.Append(pointer, name));
    }

    [Fact]
    public void JsonPointer_AppendIndex()
    {
        Assert.Equal("/entries/3", JsonPointer.Append("/entries", 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => JsonPointer.Append("", -1));
        Assert.Throws<ArgumentNullException>(() => JsonPointer.Append(null!, 0));
        Assert.Throws<ArgumentNullException>(() => JsonPointer.Append(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => JsonPointer.Append("", null!));
    }

    [Fact]
    public void ValidationError_At_PrefixesThePath()
    {
        var error = new ValidationError("upn.length", "", "too short");

        var located = error.At("/learner/upn");

        Assert.Equal("/learner/upn", located.Path);
        Assert.Equal("upn.length at /learner/upn: too short", located.ToString());
        Assert.Equal("upn.length: too short", error.ToString());
        Assert.Equal(located, new ValidationError("upn.length", "/learner/upn", "too short"));
        Assert.NotEqual(located, error);
        Assert.Equal(
            located.GetHashCode(),
            new ValidationError("upn.length", "/learner/upn", "too short").GetHashCode()
        );
    }

    [Fact]
    public void ValidationError_RequiresCodeAndMessage()
    {
        Assert.Throws<ArgumentException>(() => new ValidationError("", "", "m"));
        Assert.Throws<ArgumentException>(() => new ValidationError("c", "", " "));
        Assert.Throws<ArgumentNullException>(() => new ValidationError("c", null!, "m"));
    }

    [Fact]
    public void ParseResult_SuccessAndFailure()
    {
        var ok = ParseResult<string>.ForValue("x");
        var failed = ParseResult<string>.ForError(new ValidationError("c", "", "why"));

        Assert.True(ok.Success);
        Assert.Null(ok.Error);
        Assert.Equal("x", ok.Value);
        Assert.False(failed.Success);
        Assert.Equal("why", Assert.Throws<FormatException>(() => failed.Value).Message);
        Assert.False(failed.TryGetValue(out _));
        Assert.Throws<ArgumentNullException>(() => ParseResult<string>.ForValue(null!));
        Assert.Throws<ArgumentNullException>(() => ParseResult<string>.ForError(null!));
    }

    [Fact]
    public void Provenance_FormatsOnOneLine()
    {
        var provenance = new Provenance(
            "gatsby.2024.schools",
            "1.0",
            new NodaTime.LocalDate(2025, 12, 31)
        );

        Assert.Equal("gatsby.2024.schools@1.0 as at 2025-12-31", provenance.ToString());
        Assert.Throws<ArgumentException>(() => new Provenance("", "1", default));
        Assert.Throws<ArgumentException>(() => new Provenance("x", " ", default));
    }
}

public class EvaluationTests
{
    [Fact]
    public void Evaluation_IsAResultOrProblems_NeverBoth()
    {
        var ok = Evaluation<string>.Of("result");
        var failed = Evaluation<string>.Of([new ValidationError("c", "/x", "why")]);

        Assert.True(ok.Success);
        Assert.Equal("result", ok.GetResultOrThrow());
        Assert.Empty(ok.Problems);
        Assert.False(failed.Success);
        Assert.Null(failed.Result);
        Assert.Equal(
            "The data has problems, so there is no result:\nc at /x: why",
            Assert.Throws<System.InvalidOperationException>(failed.GetResultOrThrow).Message
        );
        Assert.Throws<System.ArgumentNullException>(() => Evaluation<string>.Of((string)null!));
        Assert.Throws<System.ArgumentException>(() =>
            Evaluation<string>.Of(System.Array.Empty<ValidationError>())
        );
    }
}
