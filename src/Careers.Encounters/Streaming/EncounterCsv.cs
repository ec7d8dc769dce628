using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;

namespace Careers.Encounters.Streaming;

/// <summary>
/// Reads the MIS export shape of <see cref="EncounterRecord"/>s from CSV (RFC 4180, UTF-8, a header row), one row at a
/// time. Columns, in any order: <c>learner_id</c>, <c>institution_id</c> (may be empty), <c>year_group</c> (in the
/// as-at academic year: <c>7</c>, <c>Y7</c>, <c>Year 7</c>), <c>activity_id</c>, <c>activity_date</c>
/// (<c>yyyy-MM-dd</c>, from 1900-09-01 to 9999-08-31, the supported range), <c>activity_kind</c> (an <see cref="ActivityKind"/> name such as <c>EmployerTalk</c>),
/// <c>evidence</c> (<see cref="MeaningfulEvidence"/> names separated by <c>|</c>, may be empty) and <c>employers</c>
/// (a whole number). Fields may be quoted; a quoted field cannot contain a line break. A sample file is
/// <c>docs/samples/encounters.csv</c>.
/// </summary>
public static class EncounterCsv
{
    /// <summary>The columns, in the order <see cref="Header"/> lists them.</summary>
    public static IReadOnlyList<string> Columns => CsvFormat.Columns;

    /// <summary>The header row of the format.</summary>
    public static string Header => CsvFormat.Header;

    /// <summary>
    /// The values <c>activity_kind</c> accepts, compared ignoring case: the name of every <see cref="ActivityKind"/>, in
    /// order of value. Made from the enum, so every kind the SDK knows is accepted.
    /// </summary>
    public static IReadOnlyList<string> ActivityKinds => CsvFormat.KindNames;

    /// <summary>
    /// The names <c>evidence</c> accepts, compared ignoring case: the name of every <see cref="MeaningfulEvidence"/>
    /// flag but <see cref="MeaningfulEvidence.None"/>, in order of value.
    /// </summary>
    public static IReadOnlyList<string> EvidenceNames => CsvFormat.FlagNames;

    /// <summary>
    /// Reads a value of <c>activity_kind</c> as the reader does: one of <see cref="ActivityKinds"/>, in any case, with
    /// nothing around it (not a number). For a host that takes the same rows in another form, such as JSON.
    /// </summary>
    /// <param name="text">The value.</param>
    /// <param name="kind">The kind, when the value is one.</param>
    /// <returns>Whether the value names a kind.</returns>
    public static bool TryParseActivityKind(string? text, out ActivityKind kind)
    {
        kind = default;
        return text is not null && CsvFormat.Kinds.TryGetValue(text, out kind);
    }

    /// <summary>
    /// Reads one name of the <c>evidence</c> column as the reader does: one of <see cref="EvidenceNames"/>, in any case,
    /// with nothing around it (not <c>None</c>, a number or a list). For a host that takes the same rows in another
    /// form, such as JSON.
    /// </summary>
    /// <param name="text">The name.</param>
    /// <param name="flag">The flag, when the name is one.</param>
    /// <returns>Whether the name is a flag's.</returns>
    public static bool TryParseEvidenceName(string? text, out MeaningfulEvidence flag)
    {
        flag = default;
        return text is not null && CsvFormat.Flags.TryGetValue(text, out flag);
    }

    /// <summary>
    /// Reads a value of <c>activity_date</c> as the reader does: <c>yyyy-MM-dd</c>, a real day of a year from 1 to 9999.
    /// Whether the date is in the supported range is not checked here (<see cref="AcademicYear.IsSupported"/>: the reader
    /// refuses a row dated outside it). For a host that takes the same rows in another form, such as JSON.
    /// </summary>
    /// <param name="text">The value.</param>
    /// <param name="date">The date, when the value is one.</param>
    /// <returns>Whether the value is a date written <c>yyyy-MM-dd</c>.</returns>
    public static bool TryParseDate(string? text, out LocalDate date)
    {
        date = default;
        return text is not null && CsvFormat.TryDate(text, out date);
    }

    /// <summary>
    /// Reads records from CSV text, lazily, on the thread that enumerates. A row that cannot be read is not returned;
    /// its problems are added to <paramref name="problems"/> with the path <c>/rows/N/column</c> (N counting data rows
    /// from 1, blank lines included), and reading goes on. Each record carries its row, N, as
    /// <see cref="EncounterRecord.Row"/>. To parse on more threads, pass <see cref="EncounterCsvOptions"/> with a
    /// <see cref="EncounterCsvOptions.MaxDegreeOfParallelism"/> above 1.
    /// </summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="problems">Receives a problem for every field that cannot be read.</param>
    /// <returns>The records, one per valid row.</returns>
    /// <exception cref="FormatException">The header lacks a column.</exception>
    public static IEnumerable<EncounterRecord> Read(
        TextReader reader,
        ICollection<ValidationError> problems
    ) => Read(reader, problems, EncounterCsvOptions.Default);

    /// <summary>
    /// Reads records from CSV text, lazily, as <see cref="Read(TextReader, ICollection{ValidationError})"/> does, with
    /// options (such as how many threads may parse).
    /// </summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="problems">Receives a problem for every field that cannot be read.</param>
    /// <param name="options">How to read.</param>
    /// <returns>The records, one per valid row.</returns>
    /// <exception cref="FormatException">The header lacks a column.</exception>
    public static IEnumerable<EncounterRecord> Read(
        TextReader reader,
        ICollection<ValidationError> problems,
        EncounterCsvOptions options
    )
    {
        Guard.NotNull(reader, nameof(reader));
        Guard.NotNull(problems, nameof(problems));
        Guard.NotNull(options, nameof(options));
        return ReadRows(new CsvSource.Text(reader), problems, options);
    }

    /// <summary>
    /// Reads records from a stream of UTF-8 CSV (a byte order mark is skipped), lazily; the fastest way to read an
    /// export, as its bytes are parsed without decoding them to text first. Otherwise as
    /// <see cref="Read(TextReader, ICollection{ValidationError})"/>; a row that is not well-formed UTF-8 is a problem
    /// with the code <c>csv.encoding</c>.
    /// </summary>
    /// <param name="utf8">The CSV as UTF-8. It is read to its end, not disposed.</param>
    /// <param name="problems">Receives a problem for every field that cannot be read.</param>
    /// <param name="options">How to read; <see langword="null"/> for <see cref="EncounterCsvOptions.Default"/>.</param>
    /// <returns>The records, one per valid row.</returns>
    /// <exception cref="FormatException">The header lacks a column.</exception>
    public static IEnumerable<EncounterRecord> Read(
        Stream utf8,
        ICollection<ValidationError> problems,
        EncounterCsvOptions? options = null
    )
    {
        Guard.NotNull(utf8, nameof(utf8));
        Guard.NotNull(problems, nameof(problems));
        return ReadRows(
            new CsvSource.Utf8Stream(utf8),
            problems,
            options ?? EncounterCsvOptions.Default
        );
    }

    private static IEnumerable<EncounterRecord> ReadRows(
        CsvSource source,
        ICollection<ValidationError> problems,
        EncounterCsvOptions options
    )
    {
        // The text is cut into blocks of whole lines; with a degree of parallelism above 1 a reading thread reads the
        // blocks ahead and up to twice the degree are parsed at once on the thread pool (with a degree of 1, all of
        // it happens here). Their lines are turned into records here, in order: ids are interned (each made a dense
        // key once), and a line the parser could not read (quotes, non-ASCII, a bad field) is read by the string
        // path, which gives the problems, so both paths accept and reject the same lines.
        return options.MaxDegreeOfParallelism > 1
            ? ReadAhead(source, problems, options)
            : ReadHere(source, problems, options);
    }

    /// <summary>The first block, read when the enumeration starts: its header says where each column is.</summary>
    /// <exception cref="FormatException">The text is empty, or the header lacks a column.</exception>
    private static (
        CsvBlockReader Blocks,
        CsvBlock First,
        CsvParser Parser,
        CsvReading Reading
    ) Open(CsvSource source, ICollection<ValidationError> problems, EncounterCsvOptions options)
    {
        var blocks = new CsvBlockReader(source);
        var first = new CsvBlock(options.BlockSize);
        if (!blocks.Next(first))
        {
            throw new FormatException($"The CSV is empty; it needs the header {Header}.");
        }

        var parser = CsvParser.Of(first);
        return (blocks, first, parser, new CsvReading(parser, problems));
    }

    /// <summary>Reads, parses and turns into records on the enumerating thread alone.</summary>
    private static IEnumerable<EncounterRecord> ReadHere(
        CsvSource source,
        ICollection<ValidationError> problems,
        EncounterCsvOptions options
    )
    {
        var (blocks, block, parser, reading) = Open(source, problems, options);
        do
        {
            parser.Parse(block);
            reading.Begin(block);
            for (var i = 0; i < block.Count; i++)
            {
                if (reading.TryRecord(block, i, out var record))
                {
                    yield return record;
                }
            }

            reading.Rows += block.LineCount;
        } while (blocks.Next(block));
    }

    /// <summary>
    /// Reads the blocks on a thread of its own, which starts each block's parsing on the thread pool, while the
    /// enumerating thread interns ids and makes records, block by block in order: the enumerating thread, which
    /// cannot be split, does no reading and no parsing.
    /// </summary>
    private static IEnumerable<EncounterRecord> ReadAhead(
        CsvSource source,
        ICollection<ValidationError> problems,
        EncounterCsvOptions options
    )
    {
        var (blocks, first, parser, reading) = Open(source, problems, options);
        var depth = options.MaxDegreeOfParallelism * 2;
        using var ready = new BlockingCollection<CsvBlock>(depth);
        using var free = new BlockingCollection<CsvBlock>();
        using var stop = new CancellationTokenSource();
        Start(first, parser);
        ready.Add(first);
        var reader = Task.Factory.StartNew(
            () =>
            {
                var made = 1;
                try
                {
                    while (true)
                    {
                        CsvBlock block;
                        if (free.TryTake(out var reused))
                        {
                            block = reused;
                        }
                        else if (made <= depth)
                        {
                            block = new CsvBlock(options.BlockSize);
                            made++;
                        }
                        else
                        {
                            block = free.Take(stop.Token);
                        }

                        if (!blocks.Next(block))
                        {
                            return;
                        }

                        Start(block, parser);
                        try
                        {
                            ready.Add(block, stop.Token);
                        }
                        catch (OperationCanceledException)
                        {
                            // Stopped early: the block's parsing ends before the reader does.
                            Wait(block);
                            return;
                        }
                    }
                }
                catch (OperationCanceledException)
                {
                    // Stopped early, waiting for a free block.
                }
                finally
                {
                    ready.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach,
            TaskScheduler.Default
        );
        try
        {
            foreach (var next in ready.GetConsumingEnumerable())
            {
                next.Parsing!.GetAwaiter().GetResult();
                reading.Begin(next);
                for (var i = 0; i < next.Count; i++)
                {
                    if (reading.TryRecord(next, i, out var record))
                    {
                        yield return record;
                    }
                }

                reading.Rows += next.LineCount;
                next.Parsing = null;
                free.Add(next);
            }

            // A failure to read the text (an I/O error) is the reader's.
            reader.GetAwaiter().GetResult();
        }
        finally
        {
            // Stopped early: let the reader and the blocks still being parsed finish before the caller reuses
            // anything (the stream above all).
            stop.Cancel();
            try
            {
                reader.Wait();
            }
            catch (AggregateException)
            {
                // Already thrown above, or the enumeration has already ended.
            }

            foreach (var block in ready)
            {
                Wait(block);
            }
        }
    }

    /// <summary>Waits for a block's parsing to end, ignoring a parser fault (the enumeration has already ended).</summary>
    private static void Wait(CsvBlock block)
    {
        try
        {
            block.Parsing?.Wait();
        }
        catch (AggregateException)
        {
            // Only a parser fault.
        }
    }

    /// <summary>Starts parsing a block on the thread pool.</summary>
    private static void Start(CsvBlock block, CsvParser parser) =>
        block.Parsing = Task.Factory.StartNew(
            static state =>
            {
                var (block, parser) = ((CsvBlock, CsvParser))state!;
                parser.Parse(block);
            },
            (block, parser),
            CancellationToken.None,
            TaskCreationOptions.DenyChildAttach,
            TaskScheduler.Default
        );
}
