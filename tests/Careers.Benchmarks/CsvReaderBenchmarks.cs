using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Careers.Encounters.Streaming;
using nietras.SeparatedValues;
using Sylvan.Data.Csv;

namespace Careers.Benchmarks;

/// <summary>
/// The SDK's CSV reader against Sep 0.18 and Sylvan.Data.Csv 1.4.4 on one file in the export shape (about 55 MB, 600,000
/// rows; see <see cref="ExportFile"/>). Two kinds of work: <c>*_TwoFields</c> reads every row, finds its fields, and
/// takes the learner id and the activity date (parsed to a number), summed into a checksum so nothing is skipped;
/// <c>*_AllFields</c> does what <see cref="EncounterCsv"/> always does for a row: all eight fields parsed and checked
/// (year group, kind and evidence looked up by their text, employers a number), learner and activity ids interned to
/// dense keys (a string made only for a new id). The SDK's reader only does the second. Sep and Sylvan are referenced only here, never
/// from src: Sep targets .NET 8 and later only, Sylvan netstandard2.0 too, and the SDK's packages take no dependency.
/// MB/s = the file's size (printed by the setup) over the mean.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CsvReaderBenchmarks
{
    private string path = null!;
    private int rows;

    private static readonly EncounterCsvOptions OneThread = new() { MaxDegreeOfParallelism = 1 };
    private static readonly EncounterCsvOptions EveryCore = new()
    {
        MaxDegreeOfParallelism = Environment.ProcessorCount,
    };

    [GlobalSetup]
    public void Setup()
    {
        path = ExportFile.Write("careers-csv-reader-benchmark.csv", 80_000);
        rows = File.ReadLines(path).Count() - 1;
        Console.WriteLine(
            FormattableString.Invariant(
                $"// File: {new FileInfo(path).Length / (1024.0 * 1024):F1} MB, {rows:N0} rows"
            )
        );
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    /// <summary>A date written yyyy-MM-dd as a number (year × 10,000 + month × 100 + day); -1 when it is not one.</summary>
    private static int Date(ReadOnlySpan<char> text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return -1;
        }

        var value = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return -1;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    private long Checked(long sum, int count) =>
        count == rows
            ? sum
            : throw new InvalidOperationException($"Read {count:N0} rows of {rows:N0}.");

    [Benchmark(Baseline = true)]
    public long Sdk_AllFields_OneThread() => Sdk(OneThread);

    [Benchmark]
    public long Sdk_AllFields_EveryCore() => Sdk(EveryCore);

    private long Sdk(EncounterCsvOptions options)
    {
        using var stream = File.OpenRead(path);
        var problems = new List<ValidationError>();
        long sum = 0;
        var count = 0;
        foreach (var record in EncounterCsv.Read(stream, problems, options))
        {
            var date = record.Date;
            sum += record.LearnerId.Length + (date.Year * 10_000) + (date.Month * 100) + date.Day;
            count++;
        }

        return problems.Count == 0 ? Checked(sum, count) : throw new InvalidDataException();
    }

    [Benchmark]
    public long Sep_TwoFields_OneThread()
    {
        // Sep's fastest documented settings for a file with no quotes in it.
        using var reader = Sep.Reader(o => o with { DisableQuotesParsing = true }).FromFile(path);
        var learner = reader.Header.IndexOf("learner_id");
        var activityDate = reader.Header.IndexOf("activity_date");
        long sum = 0;
        var count = 0;
        foreach (var row in reader)
        {
            sum += row[learner].Span.Length + Date(row[activityDate].Span);
            count++;
        }

        return Checked(sum, count);
    }

    [Benchmark]
    public long Sep_TwoFields_EveryCore()
    {
        using var reader = Sep.Reader(o => o with { DisableQuotesParsing = true }).FromFile(path);
        var learner = reader.Header.IndexOf("learner_id");
        var activityDate = reader.Header.IndexOf("activity_date");
        long sum = 0;
        var count = 0;
        foreach (
            var value in reader.ParallelEnumerate(
                row => (long)row[learner].Span.Length + Date(row[activityDate].Span),
                Environment.ProcessorCount
            )
        )
        {
            sum += value;
            count++;
        }

        return Checked(sum, count);
    }

    [Benchmark]
    public long Sylvan_TwoFields_OneThread()
    {
        using var reader = CsvDataReader.Create(
            path,
            new CsvDataReaderOptions { BufferSize = 1 << 16 }
        );
        var learner = reader.GetOrdinal("learner_id");
        var activityDate = reader.GetOrdinal("activity_date");
        long sum = 0;
        var count = 0;
        while (reader.Read())
        {
            sum += reader.GetFieldSpan(learner).Length + Date(reader.GetFieldSpan(activityDate));
            count++;
        }

        return Checked(sum, count);
    }

    /// <summary>
    /// The work <see cref="EncounterCsv"/> does for a row, on fields given as text: the values looked up, the ids
    /// interned. A row it cannot read throws: the file has none.
    /// </summary>
    private sealed class AllFields
    {
        private readonly Dictionary<string, int> learners = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> activities = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> institutions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> yearGroups = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> kinds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> evidence = new(StringComparer.Ordinal);

        public long Row(
            ReadOnlySpan<char> learner,
            ReadOnlySpan<char> institution,
            ReadOnlySpan<char> yearGroup,
            ReadOnlySpan<char> activity,
            ReadOnlySpan<char> date,
            ReadOnlySpan<char> kind,
            ReadOnlySpan<char> evidenceText,
            ReadOnlySpan<char> employers
        )
        {
            var day = Date(date);
            if (
                learner.IsEmpty
                || activity.IsEmpty
                || day < 0
                || !int.TryParse(
                    employers,
                    NumberStyles.None,
                    CultureInfo.InvariantCulture,
                    out var employerCount
                )
            )
            {
                throw new InvalidDataException("A row the reader would refuse.");
            }

            return Intern(learners, learner)
                + Intern(activities, activity)
                + (institution.IsEmpty ? 0 : Intern(institutions, institution))
                + Value(yearGroups, yearGroup, YearGroupNumber)
                + Value(kinds, kind, KindNumber)
                + Value(evidence, evidenceText, EvidenceFlags)
                + day
                + employerCount;
        }

        private static int Intern(Dictionary<string, int> table, ReadOnlySpan<char> id)
        {
            var lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(id, out var key))
            {
                key = table.Count;
                lookup[id] = key;
            }

            return key;
        }

        private static int Value(
            Dictionary<string, int> cache,
            ReadOnlySpan<char> text,
            Func<string, int> parse
        )
        {
            var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(text, out var value))
            {
                var name = text.ToString();
                cache[name] = value = parse(name);
            }

            return value;
        }

        private static int YearGroupNumber(string text) =>
            YearGroup.Validate(text) is { Success: true } parsed
                ? parsed.Value.Number
                : throw new InvalidDataException($"year_group '{text}'.");

        private static int KindNumber(string text) =>
            EncounterCsv.TryParseActivityKind(text, out var kind)
                ? (int)kind
                : throw new InvalidDataException($"activity_kind '{text}'.");

        private static int EvidenceFlags(string text)
        {
            var flags = 0;
            foreach (var name in text.Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                flags |= EncounterCsv.TryParseEvidenceName(name, out var flag)
                    ? (int)flag
                    : throw new InvalidDataException($"evidence '{name}'.");
            }

            return flags;
        }
    }

    [Benchmark]
    public long Sep_AllFields_OneThread()
    {
        using var reader = Sep.Reader(o => o with { DisableQuotesParsing = true }).FromFile(path);
        var columns = EncounterCsv.Columns.Select(c => reader.Header.IndexOf(c)).ToArray();
        var work = new AllFields();
        long sum = 0;
        var count = 0;
        foreach (var row in reader)
        {
            sum += work.Row(
                row[columns[0]].Span,
                row[columns[1]].Span,
                row[columns[2]].Span,
                row[columns[3]].Span,
                row[columns[4]].Span,
                row[columns[5]].Span,
                row[columns[6]].Span,
                row[columns[7]].Span
            );
            count++;
        }

        return Checked(sum, count);
    }

    [Benchmark]
    public long Sylvan_AllFields_OneThread()
    {
        using var reader = CsvDataReader.Create(
            path,
            new CsvDataReaderOptions { BufferSize = 1 << 16 }
        );
        var columns = EncounterCsv.Columns.Select(reader.GetOrdinal).ToArray();
        var work = new AllFields();
        long sum = 0;
        var count = 0;
        while (reader.Read())
        {
            sum += work.Row(
                reader.GetFieldSpan(columns[0]),
                reader.GetFieldSpan(columns[1]),
                reader.GetFieldSpan(columns[2]),
                reader.GetFieldSpan(columns[3]),
                reader.GetFieldSpan(columns[4]),
                reader.GetFieldSpan(columns[5]),
                reader.GetFieldSpan(columns[6]),
                reader.GetFieldSpan(columns[7])
            );
            count++;
        }

        return Checked(sum, count);
    }
}
