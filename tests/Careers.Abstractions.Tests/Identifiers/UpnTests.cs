using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Careers.Tests.Identifiers;

public class UpnTests
{
    // The worked example of the DfE UPN guide: positions 2–13 give 2×8 + 4×1 + 5×2 + 10×1 + 13×1 = 53; 53 mod 23 = 7 → H.
    private const string PublishedExample = "H801200001001";

    [Fact]
    public void Parse_PublishedExample_ReadsEveryPart()
    {
        var upn = Upn.Parse(PublishedExample);

        Assert.Equal('H', upn.CheckLetter);
        Assert.Equal("801", upn.LaNumber);
        Assert.Equal("2000", upn.EstablishmentNumber);
        Assert.Equal("01", upn.YearOfAllocation);
        Assert.Equal("001", upn.Serial);
        Assert.False(upn.IsTemporary);
        Assert.Equal(PublishedExample, upn.ToString());
    }

    [Fact]
    public void Parse_TemporaryUpn_UsesFinalLetterIndexInCheckSum()
    {
        // 53 − 13×1 (the final 1 becomes A, value 0) = 40; 40 mod 23 = 17 → U.
        var upn = Upn.Parse("U80120000100A");

        Assert.True(upn.IsTemporary);
        Assert.Equal("00A", upn.Serial);
    }

    [Fact]
    public void Parse_LowerCaseWithSurroundingSpace_GivesCanonicalUpperCase()
    {
        Assert.Equal(PublishedExample, Upn.Parse("  h801200001001\t").ToString());
    }

    [Fact]
    public void Validate_WrongCheckLetter_SaysWhichLetterWasExpected()
    {
        var result = Upn.Validate("Q000000000001");

        Assert.False(result.Success);
        Assert.Equal("upn.check-letter", result.Error.Code);
        Assert.Contains(
            "check letter is Q, expected P",
            result.Error.Message,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData(null, "upn.empty")]
    [InlineData("   ", "upn.empty")]
    [InlineData("H8012 00001001", "upn.whitespace")]
    [InlineData("H80120000100", "upn.length")]
    [InlineData("H8012000010011", "upn.length")]
    [InlineData("1801200001001", "upn.character")]
    [InlineData("I801200001001", "upn.character")]
    [InlineData("H8012000X1001", "upn.character")]
    [InlineData("H80120000100I", "upn.character")]
    [InlineData("UN2", "upn.placeholder")]
    [InlineData("un5", "upn.placeholder")]
    public void Validate_BadText_NamesTheProblem(string? text, string code)
    {
        var result = Upn.Validate(text);

        Assert.False(result.Success);
        Assert.Equal(code, result.Error.Code);
        Assert.Equal("", result.Error.Path);
    }

    [Fact]
    public void Validate_Character_MessageNamesCharacterAndPosition()
    {
        var error = Upn.Validate("H8012000X1001").Error!;

        Assert.Contains("'X' at position 9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionWithTheMessage()
    {
        var exception = Assert.Throws<FormatException>(() => Upn.Parse("Q000000000001"));

        Assert.Contains("expected P", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_ValidAndInvalid()
    {
        Assert.True(Upn.TryParse(PublishedExample, out var upn));
        Assert.Equal(PublishedExample, upn!.ToString());
        Assert.False(Upn.TryParse("nonsense", out var none));
        Assert.Null(none);
    }

    [Theory]
    [InlineData(-1, 0, 0, 0)]
    [InlineData(1000, 0, 0, 0)]
    [InlineData(0, 10000, 0, 0)]
    [InlineData(0, 0, 100, 0)]
    [InlineData(0, 0, 0, 1000)]
    public void Create_PartOutOfRange_Throws(int la, int establishment, int year, int serial)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Upn.Create(la, establishment, year, serial)
        );
    }

    [Fact]
    public void CreateTemporary_RejectsLettersNeverUsed()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Upn.CreateTemporary(801, 2000, 1, 0, 'O'));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Upn.CreateTemporary(801, 2000, 1, 100, 'A')
        );
    }

    [Fact]
    public void ComputeCheckLetter_AcceptsTwelveOrThirteenCharacters()
    {
        Assert.Equal('H', Upn.ComputeCheckLetter("801200001001"));
        Assert.Equal('H', Upn.ComputeCheckLetter("?801200001001"));
        Assert.Throws<ArgumentException>(() => Upn.ComputeCheckLetter("80120000100"));
        Assert.Throws<ArgumentException>(() => Upn.ComputeCheckLetter("8012000X1001"));
    }

    [Fact]
    public void Equality_IsByCanonicalText()
    {
        var a = Upn.Parse(PublishedExample);
        var b = Upn.Parse(PublishedExample.ToLowerInvariant());

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(0, a.CompareTo(b));
        Assert.True(a.CompareTo(null) > 0);
        Assert.NotEqual(a, Upn.Parse("U80120000100A"));
    }

    [Property]
    public Property EveryGeneratedPermanentUpn_Validates() =>
        Prop.ForAll(
            Generators.PermanentUpn.ToArbitrary(),
            upn => Upn.Validate(upn.ToString()).Success && !upn.IsTemporary
        );

    [Property]
    public Property EveryGeneratedTemporaryUpn_Validates() =>
        Prop.ForAll(
            Generators.TemporaryUpn.ToArbitrary(),
            upn => Upn.Validate(upn.ToString()).Success && upn.IsTemporary
        );

    [Property]
    public Property ParseOfToString_IsIdentity() =>
        Prop.ForAll(
            Gen.OneOf(Generators.PermanentUpn, Generators.TemporaryUpn).ToArbitrary(),
            upn => Upn.Parse(upn.ToString()) == upn
        );

    [Property]
    public Property AnySingleDigitSubstitution_IsDetected()
    {
        var cases =
            from upn in Generators.PermanentUpn
            from position in Gen.Choose(1, 12)
            from shift in Gen.Choose(1, 9)
            select (upn, position, shift);
        return Prop.ForAll(
            cases.ToArbitrary(),
            c =>
            {
                var chars = c.upn.ToString().ToCharArray();
                chars[c.position] = (char)('0' + ((chars[c.position] - '0' + c.shift) % 10));
                return !Upn.Validate(new string(chars)).Success;
            }
        );
    }

    [Property]
    public Property AnyAdjacentTransposition_IsDetected()
    {
        var cases =
            from upn in Gen.OneOf(Generators.PermanentUpn, Generators.TemporaryUpn)
            from position in Gen.Choose(0, 11)
            where upn.ToString()[position] != upn.ToString()[position + 1]
            select (upn, position);
        return Prop.ForAll(
            cases.ToArbitrary(),
            c =>
            {
                var chars = c.upn.ToString().ToCharArray();
                (chars[c.position], chars[c.position + 1]) = (
                    chars[c.position + 1],
                    chars[c.position]
                );
                return !Upn.Validate(new string(chars)).Success;
            }
        );
    }

    [Property]
    public Property AnyOtherCheckLetter_IsRejectedWithTheExpectedOne()
    {
        var cases =
            from upn in Generators.PermanentUpn
            from letter in Gen.Elements(Upn.CheckLetters.ToCharArray())
            where letter != upn.CheckLetter
            select (upn, letter);
        return Prop.ForAll(
            cases.ToArbitrary(),
            c =>
            {
                var error = Upn.Validate(c.letter + c.upn.ToString().Substring(1)).Error;
                return error is not null
                    && error.Code == "upn.check-letter"
                    && error.Message.Contains(
                        $"expected {c.upn.CheckLetter}",
                        StringComparison.Ordinal
                    );
            }
        );
    }

    [Fact]
    public void CheckLetters_AreTheAlphabetWithoutIOAndS()
    {
        var expected = Enumerable
            .Range('A', 26)
            .Select(c => (char)c)
            .Where(c => c is not ('I' or 'O' or 'S'));
        Assert.Equal(Upn.CheckLetters, new string(expected.ToArray()));
    }
}
