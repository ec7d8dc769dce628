using System;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using Xunit;

namespace Careers.CareersLog.Tests;

public class CareersLogSerializerTests
{
    [Fact]
    public void Serialize_ThenDeserialize_GivesAnEqualLog()
    {
        var log = LogSamples.FullLog();
        var json = CareersLogSerializer.Serialize(log);
        var back = CareersLogSerializer.Deserialize(json).GetResultOrThrow();
        Assert.Equal(log.Learner, back.Learner);
        Assert.Equal(log.Schools, back.Schools);
        Assert.Equal(log.Entries, back.Entries);
        Assert.Equal(json, CareersLogSerializer.Serialize(back));
    }

    [Fact]
    public void Serialize_WritesTheCurrentVersion_IsoDates_NumbersForYearGroups_AndLeavesOutEmptyLists()
    {
        var json = CareersLogSerializer.Serialize(LogSamples.PrimaryLog());
        Assert.StartsWith("{\"schemaVersion\":3,", json, StringComparison.Ordinal);
        Assert.Contains("\"date\":\"2019-10-03\"", json, StringComparison.Ordinal);
        Assert.Contains("\"yearGroup\":2,", json, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"p-1\",\"type\":\"aspiration\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("occupationsDiscussed", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.Contains(
            "\"skill\":\"teamwork\",\"step\":3,\"assessor\":\"teacher\"",
            json,
            StringComparison.Ordinal
        );
        Assert.Empty(CareersLogValidator.Default.Validate(json));
    }

    [Fact]
    public void Serialize_WritesEvidenceAsNames_InTheSchemaOrder()
    {
        var json = CareersLogSerializer.Serialize(LogSamples.FullLog());
        Assert.Contains(
            "\"meaningful\":[\"learningOutcomes\",\"twoWayInteraction\",\"activeParticipation\"]",
            json,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "\"meaningful\":[\"clearPurpose\",\"reflection\"]",
            json,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void SerializeToBytesAndStream_WriteTheSameDocument_IndentedOnRequest()
    {
        var log = LogSamples.FullLog();
        var text = CareersLogSerializer.Serialize(log);
        Assert.Equal(text, Encoding.UTF8.GetString(CareersLogSerializer.SerializeToUtf8Bytes(log)));
        using var stream = new MemoryStream();
        CareersLogSerializer.Serialize(stream, log);
        Assert.Equal(text, Encoding.UTF8.GetString(stream.ToArray()));
        var indented = CareersLogSerializer.Serialize(log, indented: true);
        Assert.Contains("\n", indented, StringComparison.Ordinal);
        Assert.Equal(
            log.Entries,
            CareersLogSerializer.Deserialize(indented).GetResultOrThrow().Entries
        );
    }

    [Fact]
    public void Deserialize_VersionOne_MigratesAndKeepsEveryEntry()
    {
        var v1 = LogSamples.Fixture("v1/valid/full-primary-to-secondary.json");
        var v2 = LogSamples.Fixture("v2/valid/full-primary-to-secondary.json");
        var fromV1 = CareersLogSerializer.Deserialize(v1).GetResultOrThrow();
        var fromV2 = CareersLogSerializer.Deserialize(v2).GetResultOrThrow();
        Assert.Equal(12, fromV1.Entries.Count);
        Assert.Equal(fromV2.Entries.Select(e => e.Id), fromV1.Entries.Select(e => e.Id));
        var talk = Assert.IsType<EmployerEncounterEntry>(fromV1.FindEntry("s-2024-005"));
        Assert.Equal(
            MeaningfulEvidence.LearningOutcomes
                | MeaningfulEvidence.TwoWayInteraction
                | MeaningfulEvidence.ActiveParticipation,
            talk.Meaningful
        );
        Assert.Equal(new LocalDate(2024, 1, 17), talk.Date);
        Assert.Equal(YearGroup.Year7, talk.YearGroup);
        Assert.Equal("ACT-2024-017", talk.ActivityId);
    }

    [Fact]
    public void Deserialize_ReadsEveryKindOfEntry()
    {
        var log = CareersLogSerializer
            .Deserialize(LogSamples.Fixture("v2/valid/full-primary-to-secondary.json"))
            .GetResultOrThrow();
        Assert.Equal("831", log.Learner.Upn!.LaNumber);
        Assert.Equal(new LocalDate(2012, 5, 14), log.Learner.DateOfBirth);
        Assert.Equal(2, log.Schools.Count);
        Assert.Equal(new LocalDate(2023, 7, 21), log.Schools[0].To);
        Assert.Equal(LaEstab.Parse("8312001"), log.Schools[0].LaEstab);
        Assert.Equal(
            Enum.GetValues<LogEntryType>(),
            log.Entries.Select(e => e.Type).Distinct().Order().ToArray()
        );
        var skill = Assert.IsType<SkillEntry>(log.FindEntry("s-2025-011"));
        Assert.Equal(
            (EssentialSkill.Speaking, 6, SkillAssessor.Employer, AuthorRole.Employer),
            (skill.Skill, skill.Step, skill.Assessor, skill.Author.Role)
        );
        var provider = Assert.IsType<ProviderEncounterEntry>(log.FindEntry("s-2025-007"));
        Assert.Equal(Ukprn.Parse("10001919"), provider.Provider.Ukprn);
        Assert.True(provider.DuringSchoolDay);
        Assert.Equal(
            MeaningfulEvidence.ClearPurpose
                | MeaningfulEvidence.ProviderInformation
                | MeaningfulEvidence.LearningEnvironment,
            provider.Meaningful
        );
        var meeting = Assert.IsType<GuidanceMeetingEntry>(log.FindEntry("s-2025-008"));
        Assert.Equal(6, meeting.Adviser.QualificationLevel);
        Assert.Equal(["Look at engineering options for Year 9."], meeting.AgreedDecisions);
        var destination = Assert.IsType<DestinationEntry>(log.FindEntry("s-2025-010"));
        Assert.Equal(
            (DestinationStage.Intended, LogDestinationCategory.Apprenticeship),
            (destination.Stage, destination.Category)
        );
        var aspiration = Assert.IsType<AspirationEntry>(log.FindEntry("s-2025-012"));
        Assert.Equal(["soc2020:5223", "x-train-driver"], aspiration.OccupationsDiscussed);
        Assert.Equal(
            "s-2025-006",
            Assert.IsType<ReflectionEntry>(log.FindEntry("s-2025-009")).About
        );
    }

    [Fact]
    public void Deserialize_WholeNumbersWrittenWithAFraction_AreRead()
    {
        var log = CareersLogSerializer
            .Deserialize(LogSamples.Fixture("v1/valid/year-group-written-as-2.0.json"))
            .GetResultOrThrow();
        Assert.Equal(YearGroup.Year2, log.Entries[0].YearGroup);
    }

    [Fact]
    public void Deserialize_AnInvalidDocument_ReportsEveryProblem()
    {
        var result = CareersLogSerializer.Deserialize(
            LogSamples.Fixture("v1/invalid/many-problems-at-once.json")
        );
        Assert.False(result.Success);
        Assert.Equal(4, result.Problems.Count);
    }

    [Fact]
    public void Deserialize_NotJson_SaysWhere()
    {
        var result = CareersLogSerializer.Deserialize("{\"schemaVersion\": 2,\n \"learner\": }");
        var problem = Assert.Single(result.Problems);
        Assert.Equal("log.json", problem.Code);
        Assert.Contains("line 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_APropertyWrittenTwice_IsAProblem()
    {
        var json = LogSamples
            .Fixture("v2/valid/minimal-pseudonymous.json")
            .Replace("\"entries\": []", "\"entries\": [], \"entries\": []");
        var problem = Assert.Single(CareersLogSerializer.Deserialize(json).Problems);
        Assert.Equal(("log.duplicate-property", "/entries"), (problem.Code, problem.Path));
    }

    [Theory]
    [InlineData("\"entries\": [], \"entries\": []", "/entries")]
    [InlineData("\"entries\": [], \"\\u0065ntries\": []", "/entries")]
    [InlineData("\"entries\": [{\"id\": \"a\", \"id\": \"b\"}]", "/entries/0/id")]
    public void Validate_APropertyWrittenTwice_EvenEscaped_IsFoundWhereItIs(
        string entries,
        string path
    )
    {
        var json = LogSamples
            .Fixture("v2/valid/minimal-pseudonymous.json")
            .Replace("\"entries\": []", entries);
        Assert.Contains(
            CareersLogValidator.Default.Validate(json),
            p => p.Code == "log.duplicate-property" && p.Path == path
        );
    }

    [Fact]
    public void Deserialize_TooLarge_IsRefusedBeforeParsing_FromTextBytesAndStreams()
    {
        var options = new CareersLogReadOptions { MaxDocumentBytes = 100 };
        var json = "{" + new string(' ', 200) + "not even json";
        Assert.Equal(
            "log.too-large",
            Assert.Single(CareersLogSerializer.Deserialize(json, options).Problems).Code
        );
        Assert.Equal(
            "log.too-large",
            Assert
                .Single(
                    CareersLogSerializer.Deserialize(Encoding.UTF8.GetBytes(json), options).Problems
                )
                .Code
        );
        Assert.Equal(
            "log.too-large",
            Assert
                .Single(
                    CareersLogSerializer
                        .Deserialize(new MemoryStream(Encoding.UTF8.GetBytes(json)), options)
                        .Problems
                )
                .Code
        );
        using var unseekable = new UnseekableStream(Encoding.UTF8.GetBytes(json));
        var problem = Assert.Single(CareersLogSerializer.Deserialize(unseekable, options).Problems);
        Assert.Equal("log.too-large", problem.Code);
        Assert.Contains("more than 100", problem.Message, StringComparison.Ordinal);
        Assert.Equal(
            "log.too-large",
            Assert.Single(new CareersLogValidator(options).Validate(json)).Code
        );
    }

    [Fact]
    public void Deserialize_AtTheSizeLimit_IsRead()
    {
        var json = LogSamples.Fixture("v2/valid/minimal-pseudonymous.json");
        var bytes = Encoding.UTF8.GetBytes(json);
        var options = new CareersLogReadOptions { MaxDocumentBytes = bytes.Length };
        Assert.True(CareersLogSerializer.Deserialize(bytes, options).Success);
        Assert.True(CareersLogSerializer.Deserialize(new UnseekableStream(bytes), options).Success);
        Assert.False(
            CareersLogSerializer
                .Deserialize(
                    bytes,
                    new CareersLogReadOptions { MaxDocumentBytes = bytes.Length - 1 }
                )
                .Success
        );
    }

    [Fact]
    public void Validator_RefusesANonPositiveLimit()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new CareersLogValidator(new CareersLogReadOptions { MaxDocumentBytes = 0 })
        );
        Assert.Equal(
            CareersLogReadOptions.DefaultMaxDocumentBytes,
            CareersLogValidator.Default.MaxDocumentBytes
        );
    }

    [Fact]
    public void Validator_ValidatesAParsedElement()
    {
        using var document = System.Text.Json.JsonDocument.Parse(
            LogSamples.Fixture("v1/invalid/skill-step-16.json")
        );
        var problem = Assert.Single(CareersLogValidator.Default.Validate(document.RootElement));
        Assert.Equal(("schema.maximum", "/entries/2/step"), (problem.Code, problem.Path));
        Assert.Equal("Must be at most 15; found 16.", problem.Message);
    }

    [Theory]
    [InlineData("v1/invalid/learner-without-id.json", "Needs 'upn' or 'pseudonymousId'.")]
    [InlineData("v1/invalid/sector-not-in-list.json", "'Sport' is not a sector code.")]
    [InlineData(
        "v1/invalid/skill-unknown.json",
        "'juggling' is not one of: listening, speaking, problemSolving, creativity, stayingPositive, aimingHigh, leadership, teamwork."
    )]
    [InlineData("v1/invalid/no-entries.json", "The property 'entries' is required.")]
    [InlineData("v1/invalid/year-group-as-text.json", "Expected an integer, found '7'.")]
    [InlineData(
        "v1/invalid/date-month-13.json",
        "'2024-13-01' is not a date in the form yyyy-MM-dd."
    )]
    [InlineData(
        "v1/invalid/job-of-201-emoji.json",
        "Must be at most 200 characters long; it has 201."
    )]
    [InlineData("v1/invalid/jobs-empty-list.json", "Needs at least 1 item.")]
    [InlineData("v1/invalid/job-empty-text.json", "Must be at least 1 character long.")]
    [InlineData("v1/invalid/skill-step-minus-1.json", "Must be at least 0; found -1.")]
    [InlineData("v1/invalid/sector-twice.json", "The same as item 0: items must differ.")]
    [InlineData("v1/invalid/root-extra-property.json", "The property 'notes' is not allowed here.")]
    [InlineData(
        "v1/invalid/urn-five-digits.json",
        "'11223' does not have the required form ^[0-9]{6}$."
    )]
    [InlineData(
        "v1/invalid/schema-version-4.json",
        "A careers log declares its schemaVersion, a whole number from 1 to 3."
    )]
    [InlineData(
        "v1/invalid/duplicate-entry-id.json",
        "Entry 0 already has the id 'p-2019-001'; ids are unique in a log."
    )]
    [InlineData(
        "v1/invalid/school-leaves-before-joining.json",
        "The last day, 2015-07-21, is before the first, 2016-09-05."
    )]
    [InlineData(
        "v1/invalid/reflection-about-missing-entry.json",
        "The reflection is about entry 's-9999', which is not in the log."
    )]
    public void Problems_HaveMessagesThatSayWhatIsWrong(string fixture, string message) =>
        Assert.Contains(
            CareersLogValidator.Default.Validate(LogSamples.Fixture(fixture)),
            p => p.Message == message
        );

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
