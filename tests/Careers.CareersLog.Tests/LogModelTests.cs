using System;
using System.Linq;
using NodaTime;
using Xunit;

namespace Careers.CareersLog.Tests;

/// <summary>The model refuses what the schema refuses, so a log built in code always writes a valid document.</summary>
public class LogModelTests
{
    private static readonly LocalDate Day = new(2024, 1, 1);
    private static readonly LogAuthor Author = new(AuthorRole.Teacher);

    [Theory]
    [InlineData("")]
    [InlineData(" a")]
    [InlineData("-a")]
    [InlineData("a b")]
    [InlineData("a/b")]
    public void EntryIds_FollowTheSchema(string id) =>
        Assert.Throws<ArgumentException>(() =>
            new ReflectionEntry(id, Day, YearGroup.Year7, Author, "x")
        );

    [Fact]
    public void EntryIds_UpToSixtyFourCharacters_AreAccepted()
    {
        Assert.Equal(
            64,
            new ReflectionEntry(new string('a', 64), Day, YearGroup.Year7, Author, "x").Id.Length
        );
        Assert.Throws<ArgumentException>(() =>
            new ReflectionEntry(new string('a', 65), Day, YearGroup.Year7, Author, "x")
        );
        Assert.Equal(
            "A1._:-z",
            new ReflectionEntry("A1._:-z", Day, YearGroup.Year7, Author, "x").Id
        );
        Assert.Throws<ArgumentNullException>(() =>
            new ReflectionEntry(null!, Day, YearGroup.Year7, Author, "x")
        );
        Assert.Throws<ArgumentException>(() =>
            new ReflectionEntry("a", Day, YearGroup.Year7, Author, "x") with
            {
                Id = "b c",
            }
        );
    }

    [Fact]
    public void Texts_AreCountedInCodePoints()
    {
        var rocket = string.Concat(Enumerable.Repeat("\U0001F680", 200));
        Assert.Equal(
            rocket,
            new AspirationEntry(
                "a",
                Day,
                YearGroup.Year7,
                Author,
                [rocket],
                null,
                null
            ).JobsHopedFor[0]
        );
        Assert.Throws<ArgumentException>(() =>
            new AspirationEntry("a", Day, YearGroup.Year7, Author, [rocket + "x"], null, null)
        );
        Assert.Throws<ArgumentException>(() =>
            new AspirationEntry("a", Day, YearGroup.Year7, Author, [""], null, null)
        );
        Assert.Throws<ArgumentException>(() =>
            new ReflectionEntry("a", Day, YearGroup.Year7, Author, new string('x', 4001))
        );
        Assert.Equal(
            4000,
            new ReflectionEntry("a", Day, YearGroup.Year7, Author, new string('x', 4000))
                .Text
                .Length
        );
        Assert.Throws<ArgumentException>(() =>
            new LogAuthor(AuthorRole.Teacher) { Name = new string('x', 201) }
        );
    }

    [Fact]
    public void Aspirations_NeedSomething_AndUseTheCodeLists()
    {
        Assert.Throws<ArgumentException>(() =>
            new AspirationEntry("a", Day, YearGroup.Year7, Author, null, [], null)
        );
        Assert.Throws<ArgumentException>(() =>
            new AspirationEntry("a", Day, YearGroup.Year7, Author, null, null, ["Sport"])
        );
        Assert.Throws<ArgumentException>(() =>
            new AspirationEntry(
                "a",
                Day,
                YearGroup.Year7,
                Author,
                null,
                null,
                ["digital", "digital"]
            )
        );
        Assert.Throws<ArgumentException>(() =>
            new AspirationEntry("a", Day, YearGroup.Year7, Author, null, ["soc2020:12"], null)
        );
        Assert.Throws<ArgumentException>(() =>
            new AspirationEntry(
                "a",
                Day,
                YearGroup.Year7,
                Author,
                Enumerable.Repeat("x", 21).ToArray(),
                null,
                null
            )
        );
        Assert.Throws<ArgumentNullException>(() =>
            new AspirationEntry("a", Day, YearGroup.Year7, Author, [null!], null, null)
        );
        var ok = new AspirationEntry(
            "a",
            Day,
            YearGroup.Year7,
            Author,
            null,
            ["soc2020:1234", "x-pilot"],
            ["x-rail", "transport-and-logistics"]
        );
        Assert.Equal(2, ok.Sectors.Count);
        Assert.Equal(LogEntryType.Aspiration, ok.Type);
    }

    [Fact]
    public void Kinds_AreCheckedForEachEntry()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new EmployerEncounterEntry(
                "a",
                Day,
                YearGroup.Year7,
                Author,
                ActivityKind.WorkExperience,
                ["x"]
            )
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new WorkplaceExperienceEntry(
                "a",
                Day,
                YearGroup.Year7,
                Author,
                ActivityKind.CareersFair,
                "x"
            )
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ProviderEncounterEntry(
                "a",
                Day,
                YearGroup.Year7,
                Author,
                ActivityKind.EmployerTalk,
                new LogOrganisation("x")
            )
        );
        Assert.Throws<ArgumentException>(() =>
            new EmployerEncounterEntry(
                "a",
                Day,
                YearGroup.Year7,
                Author,
                ActivityKind.CareersFair,
                []
            )
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new EmployerEncounterEntry(
                "a",
                Day,
                YearGroup.Year7,
                Author,
                ActivityKind.CareersFair,
                ["x"]
            )
            {
                Meaningful = (MeaningfulEvidence)(1 << 12),
            }
        );
        Assert.Equal(
            ActivityKind.PartTimeJob,
            new WorkplaceExperienceEntry(
                "a",
                Day,
                YearGroup.Year7,
                Author,
                ActivityKind.PartTimeJob,
                "x"
            ).Kind
        );
    }

    [Fact]
    public void Numbers_AreInTheirRanges()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new SkillEntry(
                "a",
                Day,
                YearGroup.Year7,
                Author,
                EssentialSkill.Leadership,
                16,
                SkillAssessor.Self
            )
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new SkillEntry(
                "a",
                Day,
                YearGroup.Year7,
                Author,
                EssentialSkill.Leadership,
                -1,
                SkillAssessor.Self
            )
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new SkillEntry(
                "a",
                Day,
                YearGroup.Year7,
                Author,
                (EssentialSkill)8,
                1,
                SkillAssessor.Self
            )
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new GuidanceAdviser { QualificationLevel = 9 }
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new GuidanceAdviser { QualificationLevel = 0 }
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new WorkplaceExperienceEntry(
                "a",
                Day,
                YearGroup.Year7,
                Author,
                ActivityKind.WorkExperience,
                "x"
            )
            {
                Days = 366,
            }
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new CareerRelatedLearningEntry("a", Day, YearGroup.Year7, Author, "x")
            {
                DurationMinutes = 0,
            }
        );
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new EmployerEncounterEntry(
                "a",
                Day,
                YearGroup.Year7,
                Author,
                ActivityKind.CareersFair,
                ["x"]
            )
            {
                DurationMinutes = 1441,
            }
        );
        Assert.Equal(
            15,
            new SkillEntry(
                "a",
                Day,
                YearGroup.Year7,
                Author,
                EssentialSkill.Leadership,
                15,
                SkillAssessor.Self
            ).Step
        );
        Assert.Equal(
            1440,
            new CareerRelatedLearningEntry("a", Day, YearGroup.Year7, Author, "x")
            {
                DurationMinutes = 1440,
            }.DurationMinutes
        );
    }

    [Fact]
    public void Logs_KeepTheirInvariants()
    {
        var learner = LogLearner.WithUpn(LogSamples.Upn);
        var entry = new ReflectionEntry("a", Day, YearGroup.Year7, Author, "x");
        Assert.Throws<ArgumentException>(() => new CareersLogDocument(learner, [], []));
        Assert.Throws<ArgumentException>(() =>
            new CareersLogDocument(learner, [LogSamples.Primary], [entry, entry])
        );
        Assert.Throws<ArgumentException>(() =>
            new CareersLogDocument(
                learner,
                [LogSamples.Primary],
                [entry with { Id = "b", About = "zz" }]
            )
        );
        Assert.Throws<ArgumentException>(() =>
            CareersLogDocument.Start(learner, LogSamples.Primary).Add(entry).Add(entry)
        );
        Assert.Throws<ArgumentException>(() =>
            new CareersLogDocument(
                learner,
                Enumerable.Repeat(LogSamples.Primary, CareersLogDocument.MaxSchools + 1).ToArray(),
                []
            )
        );
        var log = CareersLogDocument
            .Start(learner, LogSamples.Primary)
            .Add(entry)
            .Add(entry with { Id = "b", About = "a" })
            .AddSchool(LogSamples.Secondary);
        Assert.Equal(2, log.Entries.Count);
        Assert.Equal(2, log.Schools.Count);
        Assert.Equal(CareersLogSchemas.CurrentVersion, log.SchemaVersion);
        Assert.Null(log.FindEntry("c"));
    }

    [Fact]
    public void LearnersAndSchools_NeedAnId_AndSchoolsEndAfterTheyStart()
    {
        Assert.Throws<ArgumentException>(() => new LogLearner(null, null));
        Assert.Throws<ArgumentException>(() => LogLearner.Pseudonymous("not valid"));
        Assert.Throws<ArgumentException>(() => new LogSchool(null, null, Day));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new LogSchool(Urn.Parse("123456"), null, Day) { To = Day.PlusDays(-1) }
        );
        Assert.Equal(Day, new LogSchool(Urn.Parse("123456"), null, Day) { To = Day }.To);
        Assert.True(
            LogLearner
                .WithUpn(LogSamples.Upn)
                .IsSameLearnerAs(new LogLearner(LogSamples.Upn, "other"))
        );
        Assert.False(LogLearner.Pseudonymous("a").IsSameLearnerAs(LogLearner.Pseudonymous("b")));
        Assert.False(
            LogLearner.WithUpn(LogSamples.Upn).IsSameLearnerAs(LogLearner.Pseudonymous("a"))
        );
        Assert.True(
            new LogSchool(Urn.Parse("123456"), LaEstab.Parse("8312001"), Day).IsSameSchoolAs(
                new LogSchool(null, LaEstab.Parse("8312001"), Day)
            )
        );
        Assert.False(
            new LogSchool(Urn.Parse("123456"), LaEstab.Parse("8312001"), Day).IsSameSchoolAs(
                new LogSchool(Urn.Parse("123457"), LaEstab.Parse("8312001"), Day)
            )
        );
        Assert.False(
            new LogSchool(Urn.Parse("123456"), null, Day).IsSameSchoolAs(
                new LogSchool(null, LaEstab.Parse("8312001"), Day)
            )
        );
    }

    [Fact]
    public void Entries_CompareByValue_IncludingTheirLists()
    {
        var a = new EmployerEncounterEntry(
            "a",
            Day,
            YearGroup.Year7,
            Author,
            ActivityKind.CareersFair,
            ["x", "y"]
        );
        var b = new EmployerEncounterEntry(
            "a",
            Day,
            YearGroup.Year7,
            Author,
            ActivityKind.CareersFair,
            new[] { "x", "y" }.ToList()
        );
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(
            a,
            new EmployerEncounterEntry(
                "a",
                Day,
                YearGroup.Year7,
                Author,
                ActivityKind.CareersFair,
                ["y", "x"]
            )
        );
        Assert.Equal("[x, y]", a.Employers.ToString());
    }

    [Fact]
    public void CareerRelatedLearning_ListsReadNullAsNone_AndNameWhatASectorMustBe()
    {
        var none = new CareerRelatedLearningEntry("a", Day, YearGroup.Year7, Author, "x")
        {
            Employers = null!,
            Sectors = null!,
        };
        Assert.Empty(none.Employers);
        Assert.Empty(none.Sectors);

        var some = new CareerRelatedLearningEntry("a", Day, YearGroup.Year7, Author, "x")
        {
            Employers = ["Rolls-Royce"],
            Sectors = ["health-and-science"],
        };
        Assert.Equal(["Rolls-Royce"], some.Employers);
        Assert.Equal(["health-and-science"], some.Sectors);

        var error = Assert.Throws<ArgumentException>(() =>
            new CareerRelatedLearningEntry("a", Day, YearGroup.Year7, Author, "x")
            {
                Sectors = ["not a sector"],
            }
        );
        Assert.Contains(
            "a sector (an occupational route or an x- code)",
            error.Message,
            StringComparison.Ordinal
        );
    }
}
