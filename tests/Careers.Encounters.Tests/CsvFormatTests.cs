using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Careers.Encounters.Streaming;

namespace Careers.Encounters.Tests;

/// <summary>
/// The CSV format's vocabularies: every <see cref="ActivityKind"/> and every <see cref="MeaningfulEvidence"/> flag is
/// read, by name, on the fast path and the string path alike. A new value of either enum that the reader did not
/// accept would fail here.
/// </summary>
public class CsvFormatTests
{
    /// <summary>Reads rows as text and as UTF-8, with the problems of both.</summary>
    private static (List<EncounterRecord> Records, List<ValidationError> Problems) Read(
        IEnumerable<string> rows
    )
    {
        var csv = EncounterCsv.Header + "\n" + string.Join("\n", rows) + "\n";
        var problems = new List<ValidationError>();
        var records = EncounterCsv
            .Read(new StringReader(csv), problems)
            .Concat(EncounterCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), problems))
            .ToList();
        return (records, problems);
    }

    [Fact]
    public void EveryActivityKind_IsRead_ByItsName_InAnyCase_PlainOrQuoted()
    {
        foreach (var kind in Enum.GetValues<ActivityKind>())
        {
            var name = kind.ToString();
            var (records, problems) = Read([
                $"L1,,Y9,A1,2024-10-01,{name},,1",
                $"L1,,Y9,A2,2024-10-01,{name.ToUpperInvariant()},,1",
                $"L1,,Y9,A3,2024-10-01,\"{name.ToLowerInvariant()}\",,1",
            ]);

            Assert.Empty(problems);
            Assert.Equal(6, records.Count);
            Assert.All(records, r => Assert.Equal(kind, r.Kind));
            Assert.True(EncounterCsv.TryParseActivityKind(name, out var parsed), name);
            Assert.Equal(kind, parsed);
        }

        Assert.Equal(Enum.GetNames<ActivityKind>(), EncounterCsv.ActivityKinds);
    }

    [Fact]
    public void EveryEvidenceFlag_IsRead_ByItsName_AloneOrInAList()
    {
        var flags = Enum.GetValues<MeaningfulEvidence>()
            .Where(f => f != MeaningfulEvidence.None)
            .ToList();
        foreach (var flag in flags)
        {
            var (records, problems) = Read([
                $"L1,,Y9,A1,2024-10-01,EmployerTalk,{flag},1",
                $"L1,,Y9,A2,2024-10-01,EmployerTalk,\" {flag.ToString().ToLowerInvariant()} \",1",
            ]);

            Assert.Empty(problems);
            Assert.All(records, r => Assert.Equal(flag, r.Evidence));
            Assert.True(EncounterCsv.TryParseEvidenceName(flag.ToString(), out var parsed));
            Assert.Equal(flag, parsed);
        }

        var all = Read([$"L1,,Y9,A1,2024-10-01,EmployerTalk,{string.Join("|", flags)},1"]).Records;
        Assert.All(all, r => Assert.Equal(flags.Aggregate((a, b) => a | b), r.Evidence));
        Assert.Equal(flags.Select(f => f.ToString()), EncounterCsv.EvidenceNames);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3")]
    [InlineData(" EmployerTalk")]
    [InlineData("EmployerTalk ")]
    [InlineData("EmployerTalk,Mentoring")]
    [InlineData("Talk")]
    public void TryParseActivityKind_RefusesWhatTheReaderRefuses(string? text)
    {
        Assert.False(EncounterCsv.TryParseActivityKind(text, out _));
        if (text is not null && !text.Contains(',', StringComparison.Ordinal))
        {
            Assert.Single(
                Read([$"L1,,Y9,A1,2024-10-01,{text},,1"]).Problems.DistinctBy(p => p.Path)
            );
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("None")]
    [InlineData("1")]
    [InlineData("ClearPurpose|Reflection")]
    [InlineData("ClearPurpose, Reflection")]
    [InlineData(" Reflection")]
    [InlineData("Purpose")]
    public void TryParseEvidenceName_TakesOneFlagsName_Only(string? text)
    {
        Assert.False(EncounterCsv.TryParseEvidenceName(text, out _));
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("0001-01-01", true)]
    [InlineData("1899-12-31", true)]
    [InlineData("9999-12-31", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("0000-10-01", false)]
    [InlineData("-0001-10-01", false)]
    [InlineData("2024-1-01", false)]
    [InlineData("2024/10/01", false)]
    [InlineData(" 2024-10-01", false)]
    [InlineData(null, false)]
    public void TryParseDate_IsTheReadersFormat_WithoutTheSupportedRange(string? text, bool valid)
    {
        Assert.Equal(valid, EncounterCsv.TryParseDate(text, out var date));
        if (valid)
        {
            Assert.Equal(text, date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            Assert.Equal(default, date);
        }
    }
}
