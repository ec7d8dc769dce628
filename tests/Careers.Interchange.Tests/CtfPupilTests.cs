using System;
using NodaTime;

namespace Careers.Interchange.Tests;

/// <summary>A pupil's record: its defaults, its checks, and equality over every field and every history entry.</summary>
public class CtfPupilTests
{
    private static CtfPupil Full() =>
        new(CtfSamples.Upn1, new LocalDate(2009, 10, 2))
        {
            FormerUpn = CtfSamples.Former,
            Sex = Sex.Female,
            NcYearActual = "6",
            Ethnicity = "AIND",
            FirstLanguage = "PNJ",
            LookedAfter = true,
            FreeSchoolMeals = [new CtfFsmPeriod(new LocalDate(2016, 1, 4), null)],
            SenHistory = [new CtfSenRecord(new LocalDate(2018, 9, 5), SenProvision.SenSupport)],
            SchoolHistory = [new CtfSchoolHistoryEntry(LaEstab.Parse("8303002"))],
        };

    [Fact]
    public void NewPupil_HasNothingRecordedBeyondItsUpnAndDateOfBirth()
    {
        var pupil = new CtfPupil(CtfSamples.Upn1, new LocalDate(2009, 10, 2));

        Assert.Null(pupil.FormerUpn);
        Assert.Equal(Sex.NotRecorded, pupil.Sex);
        Assert.Null(pupil.NcYearActual);
        Assert.Null(pupil.Ethnicity);
        Assert.Null(pupil.FirstLanguage);
        Assert.False(pupil.LookedAfter);
        Assert.Empty(pupil.FreeSchoolMeals);
        Assert.Empty(pupil.SenHistory);
        Assert.Empty(pupil.SchoolHistory);
    }

    [Fact]
    public void Copies_AreEqual_WithEqualHashCodes()
    {
        var pupil = Full();
        // Equal lists that are not the same instances: the histories compare entry by entry.
        var copy = Full();

        Assert.Equal(pupil, copy);
        Assert.True(pupil == copy);
        Assert.Equal(pupil.GetHashCode(), copy.GetHashCode());
        Assert.False(pupil.Equals((CtfPupil?)null));
        Assert.False(pupil.Equals((object)"not a pupil"));
    }

    public static TheoryData<string, Func<CtfPupil, CtfPupil>> OneFieldChanged =>
        new()
        {
            { "Upn", p => p with { Upn = CtfSamples.Upn2 } },
            { "DateOfBirth", p => p with { DateOfBirth = new LocalDate(2009, 10, 3) } },
            { "FormerUpn", p => p with { FormerUpn = null } },
            { "Sex", p => p with { Sex = Sex.Male } },
            { "NcYearActual", p => p with { NcYearActual = "7" } },
            { "Ethnicity", p => p with { Ethnicity = "WBRI" } },
            { "FirstLanguage", p => p with { FirstLanguage = "ENG" } },
            { "LookedAfter", p => p with { LookedAfter = false } },
            {
                "FreeSchoolMeals",
                p =>
                    p with
                    {
                        FreeSchoolMeals =
                        [
                            new CtfFsmPeriod(new LocalDate(2016, 1, 4), new LocalDate(2016, 7, 1)),
                        ],
                    }
            },
            {
                "SenHistory",
                p =>
                    p with
                    {
                        SenHistory =
                        [
                            new CtfSenRecord(new LocalDate(2018, 9, 5), SenProvision.EhcPlan),
                        ],
                    }
            },
            { "SchoolHistory", p => p with { SchoolHistory = [] } },
        };

    [Theory]
    [MemberData(nameof(OneFieldChanged))]
    public void PupilsThatDifferInOneField_AreNotEqual(
        string field,
        Func<CtfPupil, CtfPupil> change
    )
    {
        var pupil = Full();
        var changed = change(pupil);

        Assert.False(pupil.Equals(changed), $"Pupils that differ in {field} were equal.");
        Assert.False(changed.Equals(pupil), $"Pupils that differ in {field} were equal.");
        Assert.True(pupil != changed);
    }

    [Fact]
    public void NullHistories_AreRefused_ByName()
    {
        var pupil = Full();

        Assert.Equal(
            "FreeSchoolMeals",
            Assert
                .Throws<ArgumentNullException>(() => pupil with { FreeSchoolMeals = null! })
                .ParamName
        );
        Assert.Equal(
            "SenHistory",
            Assert.Throws<ArgumentNullException>(() => pupil with { SenHistory = null! }).ParamName
        );
        Assert.Equal(
            "SchoolHistory",
            Assert
                .Throws<ArgumentNullException>(() => pupil with { SchoolHistory = null! })
                .ParamName
        );
    }

    [Fact]
    public void UndefinedSex_IsRefused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Full() with { Sex = (Sex)7 });

        Assert.Equal("Sex", error.ParamName);
    }
}
