using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Careers.Encounters.Streaming;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Careers.Encounters.Tests;

/// <summary>
/// The block reader: UTF-8 streams and text, parsed on one thread or many, in blocks of any size, give the same
/// records and problems in the order of the rows; the parser and the string path agree on every line.
/// </summary>
public class ParallelReaderTests
{
    private static readonly LocalDate AsAt = new(2025, 3, 1);

    private const string Evidence = "LearningOutcomes|TwoWayInteraction|ActiveParticipation";

    /// <summary>Every way of reading: text or UTF-8, one thread or four, tiny blocks or the default.</summary>
    private static IEnumerable<(
        string Name,
        Func<string, List<ValidationError>, List<EncounterRecord>> Read
    )> Readers()
    {
        foreach (var parallelism in new[] { 1, 4 })
        {
            foreach (var blockSize in new[] { 16, 200, CsvBlock.DefaultSize })
            {
                var options = new EncounterCsvOptions
                {
                    MaxDegreeOfParallelism = parallelism,
                    BlockSize = blockSize,
                };
                yield return (
                    $"text, {parallelism} threads, {blockSize} B blocks",
                    (csv, problems) =>
                        EncounterCsv.Read(new StringReader(csv), problems, options).ToList()
                );
                yield return (
                    $"UTF-8, {parallelism} threads, {blockSize} B blocks",
                    (csv, problems) =>
                        EncounterCsv
                            .Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), problems, options)
                            .ToList()
                );
            }
        }
    }

    private static object Shape(EncounterRecord r) =>
        (
            r.LearnerId,
            r.InstitutionId,
            r.YearGroup,
            r.ActivityId,
            r.Date,
            r.Kind,
            r.Evidence,
            r.Employers,
            r.Row
        );

    private static string Csv(IEnumerable<string> rows, string newline = "\n") =>
        EncounterCsv.Header + newline + string.Join(newline, rows) + newline;

    private static string Row(int learner, int activity, string institution = "URN1") =>
        $"L{learner},{institution},Year 9,A{activity},2024-10-0{1 + (activity % 9)},EmployerTalk,{Evidence},{activity % 3}";

    /// <summary>A row quoted field by field: the parser leaves it to the string path.</summary>
    private static string Quoted(string row) =>
        string.Join(",", row.Split(',').Select(f => "\"" + f.Replace("\"", "\"\"") + "\""));

    /// <summary>Lines without quotes: rows of every shape the parser reads, and rows it must leave to the string path.</summary>
    private static Gen<string> PlainLineGen { get; } =
        Gen.OneOf(
            from learner in Gen.Choose(0, 40)
            from activity in Gen.Choose(0, 30)
            from institution in Gen.Elements("URN1", "", "100002")
            from year in Gen.Elements("Year 9", "Y9", "9", "year 10", "Reception")
            from kind in Gen.Elements(
                "EmployerTalk",
                "careersfair",
                "WorkExperience",
                "GuidanceMeeting"
            )
            from evidence in Gen.Elements(
                Evidence,
                "",
                " ClearPurpose | Reflection ",
                "TwoWayInteraction"
            )
            from employers in Gen.Elements("0", "1", "12", "0123456789")
            from day in Gen.Choose(1, 28)
            select string.Join(
                ",",
                $"L{learner}",
                institution,
                year,
                $"A{activity}",
                $"2024-11-{day:D2}",
                kind,
                evidence,
                employers
            ),
            Gen.Elements(
                "",
                "L1,,Year 14,A1,2024-02-30,Talk,Nonsense,-1",
                "L2,URN1,Year 9,A2,2024-10-01,EmployerTalk,,1,extra",
                ",URN1,Year 9,A3,2024-10-01,EmployerTalk,,1",
                "Łukasz,URN1,Year 9,A4,2024-10-01,EmployerTalk," + Evidence + ",1",
                "L3,URN1,Year 9,Ä5,2024-10-01,EmployerTalk,,1",
                "L4,URN1,Year 9,A5,2024-10-01,EmployerTalk,,1,"
            )
        );

    /// <summary>Lines, about a third of them quoted.</summary>
    private static Gen<string> LineGen { get; } =
        from line in PlainLineGen
        from quoted in Gen.Elements(false, false, true)
        select quoted && line.Length > 0 ? Quoted(line) : line;

    private static Gen<string> CsvGen { get; } =
        from lines in Gen.ListOf(LineGen)
        from newline in Gen.Elements("\n", "\r\n", "\r")
        select Csv(lines, newline);

    [Property(MaxTest = 60)]
    public Property EveryReader_GivesTheSameRecordsAndProblems_InRowOrder() =>
        Prop.ForAll(
            CsvGen.ToArbitrary(),
            csv =>
            {
                var expectedProblems = new List<ValidationError>();
                var expected = EncounterCsv
                    .Read(
                        new StringReader(csv),
                        expectedProblems,
                        new EncounterCsvOptions { MaxDegreeOfParallelism = 1 }
                    )
                    .Select(Shape)
                    .ToList();
                foreach (var (name, read) in Readers())
                {
                    var problems = new List<ValidationError>();
                    var records = read(csv, problems).Select(Shape).ToList();
                    Assert.True(expected.SequenceEqual(records), name);
                    Assert.True(
                        expectedProblems
                            .Select(p => (p.Code, p.Path, p.Message))
                            .SequenceEqual(problems.Select(p => (p.Code, p.Path, p.Message))),
                        name
                    );
                }

                return true;
            }
        );

    [Property(MaxTest = 60)]
    public Property QuotingEveryField_ChangesNoRecord() =>
        Prop.ForAll(
            Gen.ListOf(PlainLineGen).ToArbitrary(),
            lines =>
            {
                var plain = lines.Where(l => l.Length > 0).ToList();
                var problems = new List<ValidationError>();
                var parsed = EncounterCsv
                    .Read(new StringReader(Csv(plain)), problems)
                    .Select(Shape)
                    .ToList();
                var quotedProblems = new List<ValidationError>();
                var quoted = EncounterCsv
                    .Read(new StringReader(Csv(plain.Select(Quoted))), quotedProblems)
                    .Select(Shape)
                    .ToList();
                return parsed.SequenceEqual(quoted)
                    && problems
                        .Select(p => p.Path)
                        .SequenceEqual(quotedProblems.Select(p => p.Path));
            }
        );

    [Fact]
    public void Problems_NameTheRowTheyAreOn_CountingBlankLines()
    {
        var lines = new List<string>();
        for (var i = 0; i < 3000; i++)
        {
            lines.Add(
                i % 97 == 0 ? ""
                : i % 89 == 0 ? $"L{i},,Year 9,A1,2024-13-01,EmployerTalk,,1"
                : Row(i, i)
            );
        }

        var csv = Csv(lines, "\r\n");
        var rows = Regex.Split(csv, "\r\n|\r|\n").Skip(1).ToList();
        foreach (var (name, read) in Readers())
        {
            var problems = new List<ValidationError>();
            read(csv, problems);

            var expected = lines
                .Select((line, i) => (line, row: i + 1))
                .Where(x => x.line.Contains("2024-13-01", StringComparison.Ordinal))
                .Select(x => $"/rows/{x.row}/activity_date");
            Assert.True(expected.SequenceEqual(problems.Select(p => p.Path)), name);
            Assert.All(
                problems,
                p =>
                    Assert.Contains(
                        "2024-13-01",
                        rows[int.Parse(p.Path.Split('/')[2], CultureInfo.InvariantCulture) - 1],
                        StringComparison.Ordinal
                    )
            );
        }
    }

    [Fact]
    public void Records_CarryTheRowTheyAreOn_CountingBlankLines()
    {
        var lines = new List<string>();
        for (var i = 0; i < 3000; i++)
        {
            lines.Add(
                i % 97 == 0 ? ""
                : i % 89 == 0 ? $"L{i},,Year 9,A1,2024-13-01,EmployerTalk,,1"
                : i % 83 == 0 ? Quoted(Row(i, i))
                : Row(i, i)
            );
        }

        var csv = Csv(lines, "\r\n");
        var rows = Regex.Split(csv, "\r\n|\r|\n").Skip(1).ToList();
        foreach (var (name, read) in Readers())
        {
            var records = read(csv, []);

            Assert.True(records.Count > 2900, name);
            Assert.All(
                records,
                r => Assert.Equal($"L{r.Row - 1}", rows[r.Row - 1].Split(',')[0].Trim('"'))
            );
        }

        var byHand = new EncounterRecord(
            "L1",
            null,
            YearGroup.Year9,
            "A1",
            AsAt,
            ActivityKind.EmployerTalk,
            MeaningfulEvidence.None,
            0
        );
        Assert.Equal(0, byHand.Row);
    }

    [Fact]
    public void Utf8_ByteOrderMark_IsSkipped_AndNonAsciiIdsAreTheSameAsFromText()
    {
        var csv = Csv([
            "Łukasz,URN1,Year 9,A1,2024-10-01,EmployerTalk," + Evidence + ",1",
            Row(1, 1),
        ]);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        var problems = new List<ValidationError>();

        var fromBytes = EncounterCsv.Read(new MemoryStream(bytes), problems).ToList();
        var fromText = EncounterCsv.Read(new StringReader("\uFEFF" + csv), problems).ToList();

        Assert.Empty(problems);
        Assert.Equal(["Łukasz", "L1"], fromBytes.Select(r => r.LearnerId));
        Assert.Equal(fromText.Select(Shape), fromBytes.Select(Shape));
    }

    [Fact]
    public void Utf8_ARowThatIsNotUtf8_IsAProblem_AndTheOthersAreRead()
    {
        var before = Encoding.UTF8.GetBytes(EncounterCsv.Header + "\n" + Row(1, 1) + "\n");
        var bad = Encoding.UTF8.GetBytes(Row(2, 2) + "\n");
        bad[1] = 0xFF; // not UTF-8 anywhere
        var after = Encoding.UTF8.GetBytes(Row(3, 3) + "\n");
        var problems = new List<ValidationError>();

        var records = EncounterCsv
            .Read(new MemoryStream([.. before, .. bad, .. after]), problems)
            .ToList();

        Assert.Equal(["L1", "L3"], records.Select(r => r.LearnerId));
        var problem = Assert.Single(problems);
        Assert.Equal(("csv.encoding", "/rows/2"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Utf8_ALineLongerThanABlock_IsReadWhole()
    {
        var longId = new string('x', 3 * CsvBlock.DefaultSize);
        var csv = Csv(
            [Row(1, 1), $"{longId},URN1,Year 9,A1,2024-10-01,EmployerTalk,,1", Row(2, 2)],
            "\r"
        );
        var problems = new List<ValidationError>();

        var records = EncounterCsv
            .Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), problems)
            .ToList();

        Assert.Empty(problems);
        Assert.Equal(["L1", longId, "L2"], records.Select(r => r.LearnerId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    public void Utf8_AnEmptyStream_SaysSo(string text)
    {
        var records = EncounterCsv.Read(
            new MemoryStream(Encoding.UTF8.GetBytes(text)),
            new List<ValidationError>()
        );

        var error = Assert.ThrowsAny<FormatException>(() => records.ToList());
        Assert.Contains(
            text.Length == 0 ? "empty" : "header",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void StoppingEarly_LeavesNoWorkBehind_AndTheStreamCanBeClosed()
    {
        var csv = Csv(Enumerable.Range(0, 20_000).Select(i => Row(i, i)));
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var options = new EncounterCsvOptions { MaxDegreeOfParallelism = 4, BlockSize = 4096 };

        var first = EncounterCsv
            .Read(stream, new List<ValidationError>(), options)
            .Take(10)
            .ToList();
        stream.Dispose();

        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"L{i}"), first.Select(r => r.LearnerId));
    }

    [Fact]
    public void Options_OneThreadByDefault_MoreOnlyWhenAsked_FewerThanOneRefused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new EncounterCsvOptions { MaxDegreeOfParallelism = 0 }
        );
        Assert.Equal("MaxDegreeOfParallelism", error.ParamName);
        Assert.Equal(1, EncounterCsvOptions.Default.MaxDegreeOfParallelism);
        Assert.Equal(1, new EncounterCsvOptions().MaxDegreeOfParallelism);
        Assert.Equal(
            Environment.ProcessorCount,
            new EncounterCsvOptions
            {
                MaxDegreeOfParallelism = Environment.ProcessorCount,
            }.MaxDegreeOfParallelism
        );
    }

    [Fact]
    public void EvaluateCsv_FromUtf8_IsTheSameAsFromText()
    {
        var csv = Csv(Enumerable.Range(0, 5000).Select(i => Row(i % 300, i % 40)));
        var policy = EncounterPolicy.DerbyOpportunityArea;

        var fromText = EntitlementStream
            .EvaluateCsv(policy, new StringReader(csv), AsAt)
            .GetResultOrThrow();
        var fromBytes = EntitlementStream
            .EvaluateCsv(
                policy,
                new MemoryStream(Encoding.UTF8.GetBytes(csv)),
                AsAt,
                new EncounterCsvOptions { MaxDegreeOfParallelism = 3, BlockSize = 1000 }
            )
            .GetResultOrThrow();

        Assert.Equal(fromText.Learners, fromBytes.Learners);
        Assert.Equal(fromText.NotCounted, fromBytes.NotCounted);
        Assert.True(fromBytes.NotCounted[NotCountedReason.Duplicate] > 0);
    }

    [Fact]
    public void IndexOf_FindsEveryLearner_FromCsvAndFromRecordsMadeByHand()
    {
        var csv = Csv(
            Enumerable
                .Range(0, 3000)
                .Select(i => Row(i % 500, i % 40))
                .Append("Łukasz,URN1,Year 9,A1,2024-10-01,EmployerTalk," + Evidence + ",1")
        );
        var policy = EncounterPolicy.DerbyOpportunityArea;
        var fromCsv = EntitlementStream
            .EvaluateCsv(policy, new MemoryStream(Encoding.UTF8.GetBytes(csv)), AsAt)
            .GetResultOrThrow();
        var byHand = EntitlementStream
            .Evaluate(
                policy,
                EncounterCsv
                    .Read(new StringReader(csv), new List<ValidationError>())
                    .Select(r => new EncounterRecord(
                        r.LearnerId,
                        r.InstitutionId,
                        r.YearGroup,
                        r.ActivityId,
                        r.Date,
                        r.Kind,
                        r.Evidence,
                        r.Employers
                    )),
                AsAt
            )
            .GetResultOrThrow();

        foreach (var result in new[] { fromCsv, byHand })
        {
            Assert.Equal(501, result.Learners.Count);
            for (var l = 0; l < result.Learners.Count; l++)
            {
                Assert.Equal(l, result.IndexOf(result.Learners[l].LearnerId));
            }

            Assert.Equal(-1, result.IndexOf("L500"));
            Assert.Equal(-1, result.IndexOf("l1"));
            Assert.Equal(-1, result.IndexOf(""));
            Assert.Equal(-1, result.IndexOf(new string('L', 1000)));
        }
    }

    [Fact]
    public void EvaluateCsv_WithProblems_HasNoResult_OnlyTheProblems()
    {
        var csv = Csv([Row(1, 1), "L2,,Year 99,A1,2024-10-01,EmployerTalk,,1"]);

        var evaluation = EntitlementStream.EvaluateCsv(
            EncounterPolicy.DerbyOpportunityArea,
            new StringReader(csv),
            AsAt
        );

        Assert.False(evaluation.Success);
        Assert.Null(evaluation.Result);
        Assert.Equal("/rows/2/year_group", Assert.Single(evaluation.Problems).Path);
        Assert.Throws<InvalidOperationException>(() => evaluation.GetResultOrThrow());
    }

    [Fact]
    public void Observer_SeesEveryRecord_WithItsLearnersIndex()
    {
        var csv = Csv(Enumerable.Range(0, 4000).Select(i => Row((i * 7) % 300, i % 50)));
        var seen = new List<(string Learner, int Index)>();

        var result = EntitlementStream
            .Evaluate(
                EncounterPolicy.DerbyOpportunityArea,
                EncounterCsv.Read(new StringReader(csv), new List<ValidationError>()),
                AsAt,
                (in EncounterRecord record, int learner) => seen.Add((record.LearnerId, learner))
            )
            .GetResultOrThrow();

        Assert.Equal(result.Records, seen.Count);
        Assert.All(seen, s => Assert.Equal(s.Learner, result.Learners[s.Index].LearnerId));
        Assert.Equal(
            result.Learners.Select(l => l.LearnerId),
            seen.Select(s => s.Learner).Distinct()
        );
    }

    [Fact]
    public void Observer_IsRequired()
    {
        Assert.Throws<ArgumentNullException>(() =>
            EntitlementStream.Evaluate(
                EncounterPolicy.DerbyOpportunityArea,
                Array.Empty<EncounterRecord>(),
                AsAt,
                null!
            )
        );
    }
}
