using System;
using System.Text.Json;
using NodaTime;

namespace Careers.Tests.Identifiers;

/// <summary>The first and last valid value of every range, and the message each kind of error gives.</summary>
public class BoundaryTests
{
    [Fact]
    public void NumericIdentifiers_AcceptBothEndsOfTheirRange()
    {
        Assert.Equal("000000", Urn.FromNumber(0).ToString());
        Assert.Equal("999999", Urn.FromNumber(999_999).ToString());
        Assert.Equal("10000000", Ukprn.FromNumber(10_000_000).ToString());
        Assert.Equal("99999999", Ukprn.FromNumber(99_999_999).ToString());
        Assert.Equal("0000000", LaEstab.Create(0, 0).ToString());
        Assert.Equal("9999999", LaEstab.Create(999, 9999).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => LaEstab.Create(-1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LaEstab.Create(0, -1));
        Assert.Equal("000000000000", Upn.Create(0, 0, 0, 0).ToString()[1..]);
        Assert.Equal("999999999999", Upn.Create(999, 9999, 99, 999).ToString()[1..]);
        Assert.Throws<ArgumentOutOfRangeException>(() => Upn.Create(0, -1, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Upn.Create(0, 0, -1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Upn.Create(0, 0, 0, -1));
    }

    [Fact]
    public void LaNumberValidator_AcceptsZeroAndNineNineNine()
    {
        var validator = new UpnLaNumberValidator([0, 999]);

        Assert.Null(validator.Validate(Upn.Create(0, 1, 2, 3)));
        Assert.Null(validator.Validate(Upn.Create(999, 1, 2, 3)));
        Assert.NotNull(validator.Validate(Upn.Create(998, 1, 2, 3)));
        Assert.Throws<ArgumentException>(() => new UpnLaNumberValidator([-1]));
        Assert.Throws<ArgumentNullException>(() => validator.Validate(null!));
    }

    [Theory]
    [InlineData("", "A UPN is required; the text is empty.")]
    [InlineData(
        "H80120000100",
        "UPN 'H80120000100' has 12 characters; a UPN has 13 (a check letter and 12 more characters)."
    )]
    [InlineData(
        "1801200001001",
        "UPN '1801200001001' starts with '1'; the first character is a check letter, one of ABCDEFGHJKLMNPQRTUVWXYZ."
    )]
    [InlineData(
        "H8012000X100I",
        "UPN 'H8012000X100I' has 'X' at position 9; characters 2 to 12 of a UPN are digits."
    )]
    [InlineData(
        "H80120000100I",
        "UPN 'H80120000100I' ends with 'I'; the last character is a digit, or in a temporary UPN one of ABCDEFGHJKLMNPQRTUVWXYZ."
    )]
    [InlineData(
        "H801 200001001",
        "UPN 'H801 200001001' contains white space at position 5; a UPN has none inside."
    )]
    [InlineData("UN1", "'UN1' is a placeholder meaning the pupil has no UPN, not an identifier.")]
    public void Upn_ErrorMessages(string text, string message)
    {
        Assert.Equal(message, Upn.Validate(text).Error?.Message);
    }

    [Theory]
    [InlineData("UN0")]
    [InlineData("UN6")]
    [InlineData("UX1")]
    [InlineData("XN1")]
    [InlineData("UN12")]
    public void Upn_OnlyUN1ToUN5_ArePlaceholders(string text)
    {
        Assert.Equal("upn.length", Upn.Validate(text).Error?.Code);
    }

    [Fact]
    public void Upn_ComputeCheckLetter_RejectsNull()
    {
        Assert.Throws<ArgumentNullException>(() => Upn.ComputeCheckLetter(null!));
    }

    [Fact]
    public void LongInput_IsCutInMessages()
    {
        var forty = new string('9', 40);
        var fortyOne = new string('9', 41);

        Assert.Equal(
            $"URN '{forty}' has 40 characters; a URN has 6 (six digits).",
            Urn.Validate(forty).Error?.Message
        );
        Assert.Equal(
            $"URN '{forty}…' has 41 characters; a URN has 6 (six digits).",
            Urn.Validate(fortyOne).Error?.Message
        );
    }

    [Theory]
    [InlineData("12a456", "URN '12a456' has 'a' at position 3; a URN is six digits.")]
    [InlineData(null, "A URN is required; the text is empty.")]
    public void Urn_ErrorMessages(string? text, string message)
    {
        Assert.Equal(message, Urn.Validate(text).Error?.Message);
    }

    [Theory]
    [InlineData("1234567", "UKPRN '1234567' has 7 characters; a UKPRN has 8 (eight digits).")]
    [InlineData("1234567X", "UKPRN '1234567X' has 'X' at position 8; a UKPRN is eight digits.")]
    [InlineData(
        "01234567",
        "UKPRN '01234567' starts with 0; the first digit of a UKPRN is 1 to 9."
    )]
    public void Ukprn_ErrorMessages(string text, string message)
    {
        Assert.Equal(message, Ukprn.Validate(text).Error?.Message);
    }

    [Theory]
    [InlineData(null, "laestab.empty", "A LAESTAB is required; the text is empty.")]
    [InlineData(
        "83A4001",
        "laestab.character",
        "LAESTAB '83A4001' has 'A' at position 3; a LAESTAB is seven digits."
    )]
    [InlineData(
        "831400",
        "laestab.length",
        "LAESTAB '831400' has 6 characters; a LAESTAB has 7 (an LA number and an establishment number)."
    )]
    [InlineData(
        "831/400",
        "laestab.character",
        "LAESTAB '831/400' has '/' at position 4; a LAESTAB is seven digits."
    )]
    public void LaEstab_ErrorMessages(string? text, string code, string message)
    {
        var error = LaEstab.Validate(text).Error;

        Assert.Equal(code, error?.Code);
        Assert.Equal(message, error?.Message);
    }

    [Fact]
    public void AcademicYear_RangeEnds()
    {
        Assert.Equal(1900, AcademicYear.Parse("1900/01").StartYear);
        Assert.Equal(9998, AcademicYear.Parse("9998/99").StartYear);
        Assert.Equal(1900, new AcademicYear(1900).StartYear);
        Assert.Equal(9998, new AcademicYear(9998).StartYear);
        Assert.Equal(
            "'1899/00' is outside the supported range 1900/01 to 9998/99.",
            AcademicYear.Validate("1899/00").Error?.Message
        );
        Assert.Equal("academic-year.range", AcademicYear.Validate("9999/00").Error?.Code);
        Assert.Equal(
            "'2024' is not an academic year; write it as 2024/25.",
            AcademicYear.Validate("2024").Error?.Message
        );
        Assert.Equal(
            "'2024/2x' is not an academic year; write it as 2024/25.",
            AcademicYear.Validate("2024/2x").Error?.Message
        );
    }

    [Fact]
    public void YearGroup_Messages()
    {
        Assert.Equal(
            "A year group is required; the text is empty.",
            YearGroup.Validate(null).Error?.Message
        );
        Assert.Equal(
            "'Year 14' is not a year group: years run from 1 to 13, after Reception.",
            YearGroup.Validate("Year 14").Error?.Message
        );
        Assert.Equal(
            "'Seven' is not a year group; write Reception, R, Year 7, Y7 or 7.",
            YearGroup.Validate("Seven").Error?.Message
        );
    }

    [Fact]
    public void YearGroup_TryPlusYears_AtTheEnds()
    {
        Assert.True(YearGroup.Year13.TryPlusYears(0, out var same) && same == YearGroup.Year13);
        Assert.True(
            YearGroup.Reception.TryPlusYears(0, out var reception)
                && reception == YearGroup.Reception
        );
        Assert.True(YearGroup.Year1.TryPlusYears(-1, out var back) && back == YearGroup.Reception);
        Assert.False(YearGroup.Year13.TryPlusYears(1, out var none));
        Assert.Equal(default, none);
        Assert.False(YearGroup.Year7.TryPlusYears(-8, out var before));
        Assert.Equal(default, before);
    }

    [Fact]
    public void AgeMilestones_YoungestAge()
    {
        Assert.Equal(YearGroup.Year1, AgeMilestones.Default.YearGroupEndingAtAge(6));
    }

    [Fact]
    public void SchoolCalendar_BornOnTheReferenceDate_HasAcademicAgeZero()
    {
        Assert.Equal(
            0,
            SchoolCalendar.AcademicAge(new LocalDate(2024, 8, 31), new AcademicYear(2024))
        );
    }

    [Fact]
    public void IdaciDecile_BothEnds()
    {
        Assert.Equal(10, new LearnerCharacteristics { IdaciDecile = 10 }.IdaciDecile);
        Assert.Null(new LearnerCharacteristics { IdaciDecile = null }.IdaciDecile);
    }

    [Fact]
    public void AdviserQualificationLevel_BothEnds()
    {
        var meeting = new CareersActivity(
            "m",
            ActivityKind.GuidanceMeeting,
            new LocalDate(2024, 10, 1)
        );

        Assert.Equal(1, (meeting with { AdviserQualificationLevel = 1 }).AdviserQualificationLevel);
        Assert.Equal(8, (meeting with { AdviserQualificationLevel = 8 }).AdviserQualificationLevel);
    }

    [Fact]
    public void JsonPointer_IndexZero()
    {
        Assert.Equal("/entries/0", JsonPointer.Append("/entries", 0));
    }

    [Fact]
    public void Json_NonStringToken_SaysWhatWasExpected()
    {
        var exception = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<Urn>("12345")
        );

        Assert.Contains(
            "Expected a Urn as a JSON string, found Number",
            exception.Message,
            StringComparison.Ordinal
        );
    }
}
