using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Careers.Tests;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace Careers.CareersLog.Tests;

/// <summary>
/// Issue 16 for the careers log: a date the schema accepts but the SDK does not support (before 1 September 1900,
/// after 31 August 9999) is <c>rule.date-range</c> to the validator, and so a problem to the serializer and the
/// migrator; a log built in code with any date can be transferred, exported and written without an exception.
/// </summary>
public class HostileLogTests
{
    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("1900-08-31")]
    [InlineData("9999-09-01")]
    [InlineData("0000-02-29")]
    public void DatesOutsideTheRange_AreRuleProblems_AtEachDate(string date)
    {
        var json = $$"""
            {
              "schemaVersion": 2,
              "learner": { "pseudonymousId": "DERBY-000123", "dateOfBirth": "{{date}}" },
              "schools": [ { "laEstab": "8312001", "from": "{{date}}", "to": "{{date}}" } ],
              "entries": [
                {
                  "id": "e1", "type": "reflection", "date": "{{date}}", "yearGroup": 7,
                  "author": { "role": "learner" }, "text": "It was good."
                }
              ]
            }
            """;

        var problems = CareersLogValidator.Default.Validate(json);

        Assert.Equal(
            [
                ("rule.date-range", "/learner/dateOfBirth"),
                ("rule.date-range", "/schools/0/from"),
                ("rule.date-range", "/schools/0/to"),
                ("rule.date-range", "/entries/0/date"),
            ],
            problems.Select(p => (p.Code, p.Path))
        );
        Assert.All(
            problems,
            p =>
                Assert.Contains(
                    "outside the supported range 1900-09-01 to 9999-08-31",
                    p.Message,
                    StringComparison.Ordinal
                )
        );
        Assert.Equal(problems, CareersLogSerializer.Deserialize(json).Problems);
        Assert.Equal(problems, CareersLogMigrator.Migrate(json).Problems);
    }

    [Fact]
    public void DatesAtTheEdgesOfTheRange_AreValid()
    {
        var json = """
            {
              "schemaVersion": 1,
              "learner": { "pseudonymousId": "DERBY-000123", "dateOfBirth": "1900-09-01" },
              "schools": [ { "laEstab": "8312001", "from": "1900-09-01", "to": "9999-08-31" } ],
              "entries": []
            }
            """;

        Assert.Empty(CareersLogValidator.Default.Validate(json));
        Assert.True(CareersLogMigrator.Migrate(json).Success);
        var log = CareersLogSerializer.Deserialize(json).GetResultOrThrow();
        Assert.Equal(AcademicYear.MaxDate, log.Schools[0].To);
    }

    [Fact]
    public void ALogBuiltWithADateInYearOne_IsWritten_ButDoesNotValidate()
    {
        var log = LogSamples.FullLog();
        var old = new CareersLogDocument(
            log.Learner,
            log.Schools,
            [.. log.Entries.Select((e, i) => i == 1 ? e with { Date = new LocalDate(1, 1, 1) } : e)]
        );

        var json = CareersLogSerializer.Serialize(CareersLogTransfer.ExportForTransfer(old));
        var read = CareersLogSerializer.Deserialize(json);

        Assert.Equal(
            ("rule.date-range", "/entries/1/date"),
            (Assert.Single(read.Problems).Code, read.Problems[0].Path)
        );
        Assert.True(CareersLogTransfer.Merge(log, old).Success);
    }

    /// <summary>Date text: ISO dates from anywhere in the range (negative years are not dates to the schema), and oddities.</summary>
    private static Gen<string> DateText { get; } =
        Gen.Frequency(
            (8, HostileData.Date.Select(d => LocalDatePattern.Iso.Format(d))),
            (
                1,
                Gen.Elements(
                    "0000-01-01",
                    "0000-02-29",
                    "1900-02-29",
                    "2023-02-29",
                    "9999-12-31",
                    "",
                    "2024-1-01",
                    "+10000-01-01",
                    "\u0661\u0669\u0660\u0660-\u0660\u0669-\u0660\u0661"
                )
            )
        );

    /// <summary>Whether the validator must report <c>rule.date-range</c>: a real yyyy-MM-dd day, outside the supported range.</summary>
    private static bool OutOfRange(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        for (var i = 0; i < 10; i++)
        {
            if (i is not (4 or 7) && text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        var (year, month, day) = (
            int.Parse(text[..4]),
            int.Parse(text[5..7]),
            int.Parse(text[8..])
        );
        if (
            month is < 1 or > 12
            || day < 1
            || day
                > (
                    year == 0
                        ? (month == 2 ? 29 : 31)
                        : CalendarSystem.Iso.GetDaysInMonth(year, month)
                )
        )
        {
            return false;
        }

        return year == 0 || !HostileData.Supported(new LocalDate(year, month, day));
    }

    private sealed record Document(string Json, List<(string Code, string Path)> Expected)
    {
        public override string ToString() => Json.Length > 2000 ? Json[..2000] + "…" : Json;
    }

    /// <summary>Dates of a document: hostile ones, or supported ones (the edges of the range too) with now and then a hostile one.</summary>
    private static Gen<Gen<string>> DatesOfADocument { get; } =
        Gen.Elements(
            DateText,
            Gen.Frequency(
                (30, HostileData.SupportedDate.Select(d => LocalDatePattern.Iso.Format(d))),
                (1, DateText)
            )
        );

    private static Gen<Document> DocumentGen { get; } =
        from version in Gen.Elements(1, 2, 3)
        from full in Gen.Elements(true, false)
        from dateText in DatesOfADocument
        from born in dateText
        from first in dateText
        from last in Gen.Frequency(
            (1, Gen.Constant<string?>(null)),
            (2, dateText.Select(t => (string?)t))
        )
        from dates in Gen.ArrayOf(dateText, 9)
        from id in Gen.Frequency(
            (3, Gen.Constant<string?>(null)),
            (1, HostileData.Id.Select(t => (string?)t))
        )
        select Make(version, full, born, first, last, dates, id);

    private static Document Make(
        int version,
        bool full,
        string born,
        string first,
        string? last,
        string[] dates,
        string? id
    )
    {
        var expected = new List<(string, string)>();
        var document = JsonNode
            .Parse(
                CareersLogSerializer.Serialize(
                    full ? LogSamples.FullLog() : LogSamples.PrimaryLog()
                )
            )!
            .AsObject();
        document["schemaVersion"] = version;
        var learner = document["learner"]!.AsObject();
        learner["dateOfBirth"] = born;
        if (OutOfRange(born))
        {
            expected.Add(("rule.date-range", "/learner/dateOfBirth"));
        }

        var school = document["schools"]![0]!.AsObject();
        school["from"] = first;
        if (OutOfRange(first))
        {
            expected.Add(("rule.date-range", "/schools/0/from"));
        }

        school.Remove("to");
        if (last is not null)
        {
            school["to"] = last;
            if (OutOfRange(last))
            {
                expected.Add(("rule.date-range", "/schools/0/to"));
            }
        }

        var entries = document["entries"]!.AsArray();
        for (var i = 0; i < entries.Count; i++)
        {
            entries[i]!["date"] = dates[i % dates.Length];
            if (OutOfRange(dates[i % dates.Length]))
            {
                expected.Add(("rule.date-range", $"/entries/{i}/date"));
            }
        }

        if (id is not null)
        {
            learner["pseudonymousId"] = id;
            if (entries.Count > 0)
            {
                entries[0]!["id"] = id;
            }
        }

        return new Document(document.ToJsonString(), expected);
    }

    [Property(MaxTest = 200)]
    public Property Validator_Serializer_Migrator_AnswerAnyDocument_WithALogOrProblems() =>
        Prop.ForAll(
            DocumentGen.ToArbitrary(),
            document =>
            {
                var json = document.Json;
                var problems = CareersLogValidator.Default.Validate(json);
                var reported = problems.Select(p => (p.Code, p.Path)).ToHashSet();
                if (!reported.Contains(("log.too-large", "")))
                {
                    // A document over the size limit (a 200,000-character id) is refused before it is read.
                    Assert.All(document.Expected, e => Assert.Contains(e, reported));
                }

                var bytes = Encoding.UTF8.GetBytes(json);
                var read = CareersLogSerializer.Deserialize(json);
                Assert.Equal(problems.Count == 0, read.Success);
                Assert.Equal(problems, read.Problems);
                Assert.Equal(problems, CareersLogSerializer.Deserialize(bytes).Problems);
                Assert.Equal(
                    problems,
                    CareersLogSerializer.Deserialize(new MemoryStream(bytes)).Problems
                );
                Assert.Equal(problems, CareersLogValidator.Default.Validate(bytes));

                var migrated = CareersLogMigrator.Migrate(json);
                Assert.Equal(problems.Count == 0, migrated.Success);
                Assert.Equal(problems, migrated.Problems);

                if (read.Success)
                {
                    var log = read.Result;
                    Assert.Equal(
                        log,
                        CareersLogSerializer
                            .Deserialize(CareersLogSerializer.Serialize(log))
                            .GetResultOrThrow()
                    );
                    Assert.True(
                        CareersLogTransfer
                            .Merge(log, CareersLogTransfer.ExportForTransfer(log))
                            .Success
                    );
                    var activities = CareersLogActivities.From("L1", log);
                    Assert.Equal(activities.Success, activities.Problems.Count == 0);
                    Assert.All(
                        activities.Result?.Activities ?? [],
                        a => Assert.True(HostileData.Supported(a.Date))
                    );
                }

                return true;
            }
        );

    private static Gen<(CareersLogDocument Log, bool Supported)> CodeLogGen { get; } =
        from date in Gen.Elements(
            HostileData.Date,
            Gen.Frequency((30, HostileData.SupportedDate), (1, HostileData.Date))
        )
        from born in Gen.Frequency(
            (1, Gen.Constant<LocalDate?>(null)),
            (3, date.Select(d => (LocalDate?)d))
        )
        from first in date
        from other in date
        from closed in Gen.Elements(true, false)
        from dates in Gen.ArrayOf(date, 9)
        let start = first < other ? first : other
        let end = first < other ? other : first
        let sample = LogSamples.FullLog()
        let school = new LogSchool(Urn.Parse("112233"), null, start) { To = closed ? end : null }
        let log = new CareersLogDocument(
            sample.Learner with
            {
                DateOfBirth = born,
            },
            [school],
            [.. sample.Entries.Select((e, i) => e with { Date = dates[i % dates.Length] })]
        )
        select (
            log,
            (born is not { } b || HostileData.Supported(b))
                && HostileData.Supported(start)
                && (!closed || HostileData.Supported(end))
                && log.Entries.All(e => HostileData.Supported(e.Date))
        );

    [Property(MaxTest = 200)]
    public Property Transfer_Export_AndWriting_TakeALogOfAnyDates_WithoutThrowing() =>
        Prop.ForAll(
            CodeLogGen.ToArbitrary(),
            HostileData.Date.ToArbitrary(),
            (c, asAt) =>
            {
                var log = c.Log;
                var exported = CareersLogTransfer.ExportForTransfer(log);
                var merged = CareersLogTransfer.Merge(
                    CareersLogDocument.Start(exported.Learner, LogSamples.Secondary),
                    exported
                );
                Assert.True(merged.Success);
                Assert.True(CareersLogTransfer.Merge(merged.Result.Log, log).Success);
                _ = SkillsProfile.Of(log, asAt).Skills.Select(s => s.ChangeSince(asAt)).ToList();
                _ = CareersLogActivities.From("L1", log);

                // Written, the log reads back when every date is supported, and is a problem when not.
                var read = CareersLogSerializer.Deserialize(
                    CareersLogSerializer.Serialize(merged.Result.Log)
                );
                Assert.Equal(read.Success, read.Problems.Count == 0);
                return read.Success == c.Supported;
            }
        );
}
