using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Careers.Encounters.Streaming;
using NodaTime;

namespace Careers.Encounters.Tests;

/// <summary>
/// The parts of the CSV reader one at a time: the line parser (which lines it reads, which it leaves to the string
/// path, and what it makes of each field), the id table, and the arguments every public method checks.
/// </summary>
public class CsvParserTests
{
    private const string Evidence = "LearningOutcomes|TwoWayInteraction|ActiveParticipation";

    /// <summary>Parses the lines after a header as one block, as a worker does.</summary>
    private static CsvBlock Parse(params string[] lines)
    {
        var bytes = Encoding.UTF8.GetBytes(EncounterCsv.Header + "\n" + string.Join("\n", lines));
        var block = new CsvBlock(bytes.Length) { Length = bytes.Length };
        bytes.CopyTo(block.Bytes, 0);
        CsvParser.Of(block).Parse(block);
        return block;
    }

    private static string Text(SpanTable table, int index) =>
        Encoding.UTF8.GetString(table.Bytes(index).ToArray());

    [Theory]
    [InlineData("L,,7,A,2024-10-01,EmployerTalk,,0")] // shorter than 16 bytes after the first field
    [InlineData("L1234567890,,Year 9,A1,2024-10-01,EmployerTalk,,1")]
    [InlineData("L1,URN1,Year 9,A1,2024-10-01,EmployerTalk," + Evidence + ",1")]
    [InlineData(
        "Learner-with-a-long-id-of-40-characters-x,100001,Y10,Activity-with-a-long-id,2024-10-01,careersfair,ClearPurpose,123456789"
    )]
    public void PlainRows_AreParsed_NotLeftToTheStringPath(string row)
    {
        var block = Parse(row);

        var line = Assert.Single(block.Lines.Take(block.Count));
        Assert.True(line.Parsed);
        var fields = row.Split(',');
        Assert.Equal(fields[0], Text(block.Learners, line.Learner));
        Assert.Equal(fields[3], Text(block.Activities, line.Activity));
        Assert.Equal(
            fields[1],
            line.Institution < 0 ? "" : Text(block.Institutions, line.Institution)
        );
        Assert.Equal(new LocalDate(2024, 10, 1), line.Date);
        Assert.Equal(
            int.Parse(fields[7], System.Globalization.CultureInfo.InvariantCulture),
            line.Employers
        );
    }

    [Fact]
    public void EveryField_IsWhereTheCommasSay_WhereverTheyFallInSixteenByteBlocks()
    {
        // Learner ids of every length from 1 to 40 move every comma across the 16-byte steps of the scan.
        var rows = Enumerable
            .Range(1, 40)
            .Select(n =>
                $"{new string('L', n)},U{n},Year 9,A{n},2024-10-{1 + (n % 28):D2},WorkExperience,{Evidence},{n}"
            )
            .ToArray();

        var block = Parse(rows);

        Assert.Equal(40, block.Count);
        for (var i = 0; i < rows.Length; i++)
        {
            var line = block.Lines[i];
            var n = i + 1;
            Assert.True(line.Parsed, rows[i]);
            Assert.Equal(new string('L', n), Text(block.Learners, line.Learner));
            Assert.Equal($"U{n}", Text(block.Institutions, line.Institution));
            Assert.Equal($"A{n}", Text(block.Activities, line.Activity));
            Assert.Equal(new LocalDate(2024, 10, 1 + (n % 28)), line.Date);
            Assert.Equal(ActivityKind.WorkExperience, line.Kind);
            Assert.Equal(YearGroup.Year9, line.YearGroup);
            Assert.Equal(n, line.Employers);
            Assert.Equal(
                MeaningfulEvidence.LearningOutcomes
                    | MeaningfulEvidence.TwoWayInteraction
                    | MeaningfulEvidence.ActiveParticipation,
                line.Evidence
            );
        }
    }

    [Theory]
    [InlineData("\"L1\",URN1,Year 9,A1,2024-10-01,EmployerTalk,,1")] // a quote in the first 16 bytes
    [InlineData("L1,URN1,Year 9,A1,2024-10-01,EmployerTalk,,\"1\"")] // a quote in the tail
    [InlineData("L1,URN1,Year 9,A1,2024-10-01,EmployerTalk,\"ClearPurpose\",1")] // a quote in a later step
    [InlineData("Łukasz,URN1,Year 9,A1,2024-10-01,EmployerTalk,,1")] // not ASCII, early
    [InlineData("L1,URN1,Year 9,A1,2024-10-01,EmployerTalk,,1é")] // not ASCII, in the tail
    [InlineData("L1,URN1,Year 9,A1,2024-10-01,EmployerTalk,,1,")] // nine fields
    [InlineData("L1,URN1,Year 9,A1,2024-10-01,EmployerTalk,1")] // seven fields
    [InlineData("L1,URN1,Year 9,A1,2024-10-01,EmployerTalk,,1,2,3,4,5,6,7,8,9,10")] // many more commas
    [InlineData(",URN1,Year 9,A1,2024-10-01,EmployerTalk,,1")] // no learner
    [InlineData("L1,URN1,Year 9,,2024-10-01,EmployerTalk,,1")] // no activity
    [InlineData("L1,URN1,Year 19,A1,2024-10-01,EmployerTalk,,1")]
    [InlineData("L1,URN1,Year 9,A1,2024-10-32,EmployerTalk,,1")]
    [InlineData("L1,URN1,Year 9,A1,2024-10-01,Talk,,1")]
    [InlineData("L1,URN1,Year 9,A1,2024-10-01,EmployerTalk,Nonsense,1")]
    [InlineData("L1,URN1,Year 9,A1,2024-10-01,EmployerTalk,,1234567890")] // ten digits: int.TryParse decides
    [InlineData("L1,URN1,Year 9,A1,2024-10-01,EmployerTalk,,")]
    [InlineData("L1,URN1,Year 9,A1,2024-10-01,EmployerTalk,,1x")]
    [InlineData("L1,URN1,Year 9,A1,2024-10-01,EmployerTalk,,/")]
    [InlineData("L1,URN1,Year 9,A1,2024-10-01,EmployerTalk,,:")]
    public void OtherRows_AreLeftToTheStringPath(string row)
    {
        var block = Parse(Row(1), row, Row(2));

        Assert.Equal([true, false, true], block.Lines.Take(block.Count).Select(l => l.Parsed));
    }

    private static string Row(int n) =>
        $"L{n},URN1,Year 9,A{n},2024-10-01,EmployerTalk,{Evidence},1";

    [Fact]
    public void ABlock_InternsEachIdOnce_AndNumbersLinesCountingBlankOnes()
    {
        var block = Parse(Row(1), Row(1), "", Row(2), Row(1), "", "");

        Assert.Equal(4, block.Count);
        Assert.Equal(6, block.LineCount); // the text ends with a line end, not another blank line
        Assert.Equal([0, 1, 3, 4], block.Lines.Take(block.Count).Select(l => l.Line));
        Assert.Equal(2, block.Learners.Count);
        Assert.Equal([0, 0, 1, 0], block.Lines.Take(block.Count).Select(l => l.Learner));
        Assert.Equal([0, 0, 1, 0], block.Lines.Take(block.Count).Select(l => l.Activity));
        Assert.Equal(1, block.Institutions.Count);
    }

    [Theory]
    [InlineData("2024-10x01")]
    [InlineData("2024x10-01")]
    [InlineData("0000-01-01")]
    [InlineData("2023-02-29")]
    [InlineData("2024-00-10")]
    [InlineData("2024-13-10")]
    [InlineData("2024-1-010")]
    public void Dates_NotWrittenYyyyMmDdAsARealDay_AreProblems(string date)
    {
        var problems = new List<ValidationError>();
        var csv = $"{EncounterCsv.Header}\nL1,,Year 9,A1,{date},EmployerTalk,,1\n";

        var records = EncounterCsv.Read(new StringReader(csv), problems).ToList();

        Assert.Empty(records);
        Assert.Equal("/rows/1/activity_date", Assert.Single(problems).Path);
    }

    [Theory]
    [InlineData("1900-09-01")]
    [InlineData("2024-02-29")]
    [InlineData("9999-08-31")]
    public void Dates_InTheSupportedRange_AreRead(string date)
    {
        var problems = new List<ValidationError>();
        var csv = $"{EncounterCsv.Header}\nL1,,Year 9,A1,{date},EmployerTalk,,1\n";

        var record = Assert.Single(EncounterCsv.Read(new StringReader(csv), problems));

        Assert.Empty(problems);
        Assert.Equal(date, record.Date.ToString("yyyy-MM-dd", null));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("1900-08-31")]
    [InlineData("9999-09-01")]
    [InlineData("9999-12-31")]
    public void Dates_OutsideTheSupportedRange_AreRowProblems_FromTextAndUtf8(string date)
    {
        var csv =
            $"{EncounterCsv.Header}\nL1,,Year 9,A1,2024-11-05,EmployerTalk,,1\nL2,,Year 9,A2,{date},EmployerTalk,,1\n";
        var fromText = new List<ValidationError>();
        var fromUtf8 = new List<ValidationError>();

        var textRecords = EncounterCsv.Read(new StringReader(csv), fromText).ToList();
        var utf8Records = EncounterCsv
            .Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), fromUtf8)
            .ToList();

        Assert.Equal("L1", Assert.Single(textRecords).LearnerId);
        Assert.Equal("L1", Assert.Single(utf8Records).LearnerId);
        var problem = Assert.Single(fromText);
        Assert.Equal(problem, Assert.Single(fromUtf8));
        Assert.Equal("csv.activity-date", problem.Code);
        Assert.Equal("/rows/2/activity_date", problem.Path);
        Assert.Equal(
            $"Row 2: activity_date '{date}' is outside the supported range 1900-09-01 to 9999-08-31.",
            problem.Message
        );
    }

    [Fact]
    public void SpanTable_KeysWithTheSameHash_AreDifferentEntries()
    {
        var table = new SpanTable();
        var a = table.Intern("a"u8, 7);
        var b = table.Intern("b"u8, 7);
        var c = table.Intern("c"u8, 7 + 64); // the same slot in a table of 64

        Assert.Equal([0, 1, 2], [a, b, c]);
        Assert.Equal(1, table.Intern("b"u8, 7));
        Assert.Equal(-1, table.Find("d"u8, 7));
        Assert.Equal(["a", "b", "c"], new[] { a, b, c }.Select(table.Key));
    }

    [Fact]
    public void SpanTable_Grows_Keeps_AndEmpties()
    {
        var table = new SpanTable();
        var keys = Enumerable
            .Range(0, 5000)
            .Select(i => Encoding.UTF8.GetBytes($"key-{i}"))
            .ToList();
        foreach (var key in keys)
        {
            table.Intern(key, SpanTable.Hash(key), named: false);
        }

        Assert.Equal(5000, table.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            Assert.Equal(i, table.Find(keys[i], SpanTable.Hash(keys[i])));
            Assert.True(table.Bytes(i).SequenceEqual(keys[i]));
            Assert.Equal(SpanTable.Hash(keys[i]), table.HashOf(i));
        }

        table.Clear();
        Assert.Equal(0, table.Count);
        Assert.Equal(-1, table.Find(keys[0], SpanTable.Hash(keys[0])));
        Assert.Equal(0, table.Add("x"u8, SpanTable.Hash("x"u8), 42));
        Assert.Equal(42, table.Value(0));
    }

    [Fact]
    public void SpanTable_Hash_DependsOnEveryByte_OfKeysOfEveryLength()
    {
        for (var length = 1; length <= 40; length++)
        {
            var key = Enumerable.Range(0, length).Select(i => (byte)('a' + (i % 26))).ToArray();
            var hash = SpanTable.Hash(key);
            Assert.InRange(hash, 0, int.MaxValue);
            for (var i = 0; i < length; i++)
            {
                var changed = (byte[])key.Clone();
                changed[i] ^= 1;
                Assert.NotEqual(hash, SpanTable.Hash(changed));
            }

            Assert.NotEqual(hash, SpanTable.Hash(key.AsSpan(0, length - 1)));
        }
    }

    [Fact]
    public void ManyLearners_AndManyCountedRecords_AreTheSameFromCsvAndByHand()
    {
        var rows = Enumerable
            .Range(0, 9000)
            .Select(i =>
                $"L{i / 3},URN{i % 5},Year 10,A{i % 3},2024-10-0{1 + (i % 3)},EmployerTalk,{Evidence},1"
            )
            .ToList();
        var csv = EncounterCsv.Header + "\n" + string.Join("\n", rows);
        var policy = EncounterPolicy.DerbyOpportunityArea;
        var asAt = new LocalDate(2025, 3, 1);

        var fromCsv = EntitlementStream
            .EvaluateCsv(policy, new MemoryStream(Encoding.UTF8.GetBytes(csv)), asAt)
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
                asAt
            )
            .GetResultOrThrow();

        Assert.Equal(3000, fromCsv.Learners.Count);
        Assert.All(fromCsv.Learners, l => Assert.Equal(3, l.Count));
        Assert.Equal(fromCsv.Learners, byHand.Learners);
        Assert.Equal(fromCsv.NotCounted, byHand.NotCounted);
        Assert.Equal("URN0", fromCsv.Learners[0].InstitutionId);
    }

    [Fact]
    public void EveryPublicMethod_ChecksItsArguments()
    {
        var policy = EncounterPolicy.DerbyOpportunityArea;
        var asAt = new LocalDate(2025, 3, 1);
        var problems = new List<ValidationError>();
        var text = new StringReader(EncounterCsv.Header);
        var bytes = new MemoryStream();
        var options = EncounterCsvOptions.Default;

        void Throws(string name, Action call) =>
            Assert.Equal(name, Assert.Throws<ArgumentNullException>(call).ParamName);

        Throws("reader", () => EncounterCsv.Read((TextReader)null!, problems));
        Throws("problems", () => EncounterCsv.Read(text, null!));
        Throws("options", () => EncounterCsv.Read(text, problems, null!));
        Throws("utf8", () => EncounterCsv.Read((Stream)null!, problems));
        Throws("problems", () => EncounterCsv.Read(bytes, null!));
        Throws("policy", () => EntitlementStream.EvaluateCsv(null!, text, asAt));
        Throws("policy", () => EntitlementStream.EvaluateCsv(null!, text, asAt, options));
        Throws("policy", () => EntitlementStream.EvaluateCsv(null!, bytes, asAt));
        Throws("utf8Csv", () => EntitlementStream.EvaluateCsv(policy, (Stream)null!, asAt));
        Throws("csv", () => EntitlementStream.EvaluateCsv(policy, (TextReader)null!, asAt));
        Throws("options", () => EntitlementStream.EvaluateCsv(policy, text, asAt, null!));
        Throws("policy", () => EntitlementStream.Evaluate(null!, [], asAt));
        Throws("records", () => EntitlementStream.Evaluate(policy, null!, asAt));
        Throws(
            "policy",
            () => EntitlementStream.Evaluate(null!, [], asAt, (in EncounterRecord _, int _) => { })
        );
        Throws(
            "records",
            () =>
                EntitlementStream.Evaluate(
                    policy,
                    null!,
                    asAt,
                    (in EncounterRecord _, int _) => { }
                )
        );
    }

    [Fact]
    public void ReadingWithoutOptions_UsesTheDefaults()
    {
        var csv = EncounterCsv.Header + "\n" + Row(1) + "\n";

        var records = EncounterCsv
            .Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new List<ValidationError>(), null)
            .ToList();

        Assert.Equal("L1", Assert.Single(records).LearnerId);
    }
}
