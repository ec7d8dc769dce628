using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
#if NET
using System.Numerics;
using System.Runtime.Intrinsics;
#endif

namespace Careers.Encounters;

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
    public static IReadOnlyList<string> Columns { get; } =
        Array.AsReadOnly([
            "learner_id",
            "institution_id",
            "year_group",
            "activity_id",
            "activity_date",
            "activity_kind",
            "evidence",
            "employers",
        ]);

    /// <summary>The header row of the format.</summary>
    public static string Header => string.Join(",", Columns);

    private static readonly Dictionary<string, ActivityKind> Kinds = Names<ActivityKind>([
        ActivityKind.EmployerTalk,
        ActivityKind.Mentoring,
        ActivityKind.EnterpriseChallenge,
        ActivityKind.CareersFair,
        ActivityKind.WorkplaceVisit,
        ActivityKind.WorkShadowing,
        ActivityKind.WorkExperience,
        ActivityKind.VirtualWorkExperience,
        ActivityKind.PartTimeJob,
        ActivityKind.ProviderEncounter,
        ActivityKind.HigherEducationVisit,
        ActivityKind.GuidanceMeeting,
        ActivityKind.LabourMarketInformationSession,
        ActivityKind.CareerRelatedLearningSession,
    ]);

    private static readonly Dictionary<string, MeaningfulEvidence> Flags =
        Names<MeaningfulEvidence>([
            MeaningfulEvidence.ClearPurpose,
            MeaningfulEvidence.LearningOutcomes,
            MeaningfulEvidence.TwoWayInteraction,
            MeaningfulEvidence.ExtensiveTwoWayInteraction,
            MeaningfulEvidence.ActiveParticipation,
            MeaningfulEvidence.MetRangeOfPeople,
            MeaningfulEvidence.TaskSetByEmployer,
            MeaningfulEvidence.EmployerFeedback,
            MeaningfulEvidence.Reflection,
            MeaningfulEvidence.ProviderInformation,
            MeaningfulEvidence.LearningEnvironment,
            MeaningfulEvidence.MetStaffAndStudents,
        ]);

    /// <summary>
    /// Reads records from CSV text, lazily. A row that cannot be read is not returned; its problems are added to
    /// <paramref name="problems"/> with the path <c>/rows/N/column</c> (N counting data rows from 1), and reading goes on.
    /// Blocks of the text are parsed on the thread pool, as <see cref="EncounterCsvOptions.Default"/> says; records
    /// and problems still come in the order of the rows, on the thread that enumerates.
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
    /// options.
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
        // The text is cut into blocks of whole lines; up to twice the degree of parallelism are parsed at once on
        // the thread pool (or, with a degree of 1, here), and their lines are turned into records here, in order:
        // ids are interned (each made a string once), and a line the parser could not read (quotes, non-ASCII, a bad
        // field) is read by the string path, which gives the problems, so both paths accept and reject the same lines.
        var blocks = new CsvBlockReader(source);
        var first = new CsvBlock(options.BlockSize);
        if (!blocks.Next(first))
        {
            throw new FormatException($"The CSV is empty; it needs the header {Header}.");
        }

        var layout = Layout.Of(first);
        var reading = new Reading(layout, problems);
        var parallel = options.MaxDegreeOfParallelism > 1;
        var depth = parallel ? options.MaxDegreeOfParallelism * 2 : 1;
        var pending = new Queue<CsvBlock>(depth);
        var free = new Stack<CsvBlock>(depth);
        var more = true;
        Start(first, layout, parallel);
        pending.Enqueue(first);
        try
        {
            while (true)
            {
                while (more && pending.Count < depth)
                {
                    var block = free.Count > 0 ? free.Pop() : new CsvBlock(options.BlockSize);
                    more = blocks.Next(block);
                    if (more)
                    {
                        Start(block, layout, parallel);
                        pending.Enqueue(block);
                    }
                }

                if (pending.Count == 0)
                {
                    break;
                }

                var next = pending.Dequeue();
                next.Parsing?.GetAwaiter().GetResult();
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
                free.Push(next);
            }
        }
        finally
        {
            // Stopped early: let the blocks still being parsed finish before the caller reuses anything.
            foreach (var block in pending)
            {
                try
                {
                    block.Parsing?.Wait();
                }
                catch (AggregateException)
                {
                    // Only a parser fault; the enumeration has already ended.
                }
            }
        }
    }

    private static void Start(CsvBlock block, Layout layout, bool parallel)
    {
        if (parallel)
        {
            block.Parsing = Task.Factory.StartNew(
                static state =>
                {
                    var (block, layout) = ((CsvBlock, Layout))state!;
                    layout.Parse(block);
                },
                (block, layout),
                CancellationToken.None,
                TaskCreationOptions.DenyChildAttach,
                TaskScheduler.Default
            );
        }
        else
        {
            layout.Parse(block);
        }
    }

    /// <summary>
    /// The length of the line at <paramref name="start"/> in a block of whole lines, with where the next line starts.
    /// </summary>
    private static int LineLength(ReadOnlySpan<byte> block, int start, out int next)
    {
        var span = block.Slice(start);
        var at = span.IndexOfAny((byte)'\r', (byte)'\n');
        if (at < 0)
        {
            next = block.Length;
            return span.Length;
        }

        next = start + at + 1;
        if (span[at] == '\r' && at + 1 < span.Length && span[at + 1] == '\n')
        {
            next++;
        }

        return at;
    }

    /// <summary>
    /// Where each column is in a line, from the header, and the parsing of a block's lines with it: spans of bytes,
    /// no string for a field. Immutable, shared by the threads that parse.
    /// </summary>
    internal sealed class Layout(int[] position, int headerCount)
    {
        public int[] Position => position;

        public int HeaderCount => headerCount;

        /// <summary>Reads the header from the first line of the first block, and starts the block past it.</summary>
        public static Layout Of(CsvBlock first)
        {
            var text = first.Bytes.AsSpan(0, first.Length);
            var length = LineLength(text, 0, out var next);
            var fields = new List<string>(Columns.Count);
            Split(Utf8.Decode(text.Slice(0, length)).TrimStart('\uFEFF'), fields);
            var position = new int[Columns.Count];
            for (var c = 0; c < Columns.Count; c++)
            {
                position[c] = fields.IndexOf(Columns[c]);
                if (position[c] < 0)
                {
                    throw new FormatException(
                        $"The CSV header has no column '{Columns[c]}'; it needs {Header}."
                    );
                }
            }

            first.Offset = next;
            return new Layout(position, fields.Count);
        }

        public void Parse(CsvBlock block)
        {
            if (block.Starts.Length != headerCount)
            {
                block.Starts = new int[headerCount];
                block.Lengths = new int[headerCount];
            }

            var text = block.Bytes.AsSpan(0, block.Length);
            block.Count = 0;
            block.LineCount = 0;
            block.Learners.Clear();
            block.Activities.Clear();
            block.Institutions.Clear();
            var at = block.Offset;
            while (at < text.Length)
            {
                var length = LineLength(text, at, out var next);
                if (length > 0)
                {
                    if (block.Count == block.Lines.Length)
                    {
                        Array.Resize(ref block.Lines, block.Count * 2);
                    }

                    ref var line = ref block.Lines[block.Count++];
                    line.Line = block.LineCount;
                    line.Start = at;
                    line.Length = length;
                    line.Parsed = TryParse(block, text.Slice(at, length), ref line);
                }

                block.LineCount++;
                at = next;
            }
        }

        private bool TryParse(CsvBlock block, ReadOnlySpan<byte> line, ref CsvLine parsed)
        {
            var starts = block.Starts;
            var lengths = block.Lengths;
            if (!TrySplit(line, starts, lengths))
            {
                return false;
            }

            ReadOnlySpan<byte> Field(ReadOnlySpan<byte> line, int column) =>
                line.Slice(starts[position[column]], lengths[position[column]]);

            var learner = Field(line, 0);
            var activity = Field(line, 3);
            var institution = Field(line, 1);
            if (
                learner.Length == 0
                || activity.Length == 0
                || !TryCached(block.YearGroups, Field(line, 2), YearGroupNumber, out var yearGroup)
                || !TryDate(Field(line, 4), out parsed.Date)
                || !AcademicYear.IsSupported(parsed.Date)
                || !TryCached(block.Kinds, Field(line, 5), KindOf, out var kind)
                || !TryCached(block.Evidence, Field(line, 6), EvidenceOf, out var flags)
                || !TryEmployers(Field(line, 7), out parsed.Employers)
            )
            {
                return false;
            }

            parsed.Learner = Local(block.Learners, learner);
            parsed.Activity = Local(block.Activities, activity);
            parsed.Institution =
                institution.Length == 0 ? -1 : Local(block.Institutions, institution);
            parsed.YearGroup =
                yearGroup == 0 ? YearGroup.Reception : YearGroup.FromNumber(yearGroup);
            parsed.Kind = (ActivityKind)kind;
            parsed.Evidence = (MeaningfulEvidence)flags;
            return true;
        }

        /// <summary>
        /// Where each field of a line starts and how long it is, in one pass; false when the line has a quote, a byte
        /// that is not ASCII, or another number of fields than the header: the string path reads those.
        /// </summary>
        private bool TrySplit(ReadOnlySpan<byte> line, int[] starts, int[] lengths)
        {
            var field = 0;
            var from = 0;
            var i = 0;
#if NET
            // Sixteen bytes at a time: a mask of the commas, and whether any byte is a quote or not ASCII.
            ref var first = ref MemoryMarshal.GetReference(line);
            var commas = Vector128.Create((byte)',');
            var quotes = Vector128.Create((byte)'"');
            var high = Vector128.Create((byte)0x80);
            for (; i + 16 <= line.Length; i += 16)
            {
                var bytes = Vector128.LoadUnsafe(ref first, (nuint)i);
                if ((Vector128.Equals(bytes, quotes) | (bytes & high)) != Vector128<byte>.Zero)
                {
                    return false;
                }

                var mask = Vector128.Equals(bytes, commas).ExtractMostSignificantBits();
                while (mask != 0)
                {
                    var at = i + BitOperations.TrailingZeroCount(mask);
                    mask &= mask - 1;
                    if (field == headerCount)
                    {
                        return false;
                    }

                    starts[field] = from;
                    lengths[field++] = at - from;
                    from = at + 1;
                }
            }
#endif
            for (; i < line.Length; i++)
            {
                var c = line[i];
                if (c is (byte)'"' or >= 0x80)
                {
                    return false;
                }

                if (c == ',')
                {
                    if (field == headerCount)
                    {
                        return false;
                    }

                    starts[field] = from;
                    lengths[field++] = i - from;
                    from = i + 1;
                }
            }

            if (field != headerCount - 1)
            {
                return false;
            }

            starts[field] = from;
            lengths[field] = line.Length - from;
            return true;
        }

        /// <summary>An id's index in a block's table: a learner's rows usually follow each other, so the last is tried first.</summary>
        private static int Local(SpanTable table, ReadOnlySpan<byte> id)
        {
            var last = table.Count - 1;
            if (last >= 0 && id.SequenceEqual(table.Bytes(last)))
            {
                return last;
            }

            return table.Intern(id, SpanTable.Hash(id), named: false);
        }

        private static int? KindOf(string text) =>
            Kinds.TryGetValue(text, out var kind) ? (int)kind : null;

        private static int? EvidenceOf(string text) =>
            TryEvidence(text, new Dictionary<string, MeaningfulEvidence>(), out var flags, out _)
                ? (int)flags
                : null;

        private static int? YearGroupNumber(string text) =>
            YearGroup.Validate(text) is { Success: true } parsed ? parsed.Value.Number : null;

        /// <summary>A value from a block's cache of the texts met so far (at most 4,096), worked out once for each.</summary>
        private static bool TryCached(
            SpanTable cache,
            ReadOnlySpan<byte> text,
            Func<string, int?> parse,
            out int value
        )
        {
            var hash = SpanTable.Hash(text);
            var index = cache.Find(text, hash);
            if (index >= 0)
            {
                value = cache.Value(index);
                return true;
            }

            if (parse(Utf8.Decode(text)) is not { } parsed)
            {
                value = 0;
                return false;
            }

            if (cache.Count < 4096)
            {
                cache.Add(text, hash, parsed);
            }

            value = parsed;
            return true;
        }

        private static bool TryEmployers(ReadOnlySpan<byte> text, out int employers)
        {
            // Up to nine digits cannot overflow; anything else goes to int.TryParse on the string path.
            employers = 0;
            if (text.Length is 0 or > 9)
            {
                return false;
            }

            foreach (var c in text)
            {
                if (c is < (byte)'0' or > (byte)'9')
                {
                    return false;
                }

                employers = (employers * 10) + (c - '0');
            }

            return true;
        }
    }

    /// <summary>One read's state on the enumerating thread: the interned ids, the row count and the string path.</summary>
    private sealed class Reading(Layout layout, ICollection<ValidationError> problems)
    {
        private static readonly UTF8Encoding Strict = new(false, true);
        private readonly CsvIds ids = new();
        private readonly List<string> fields = new(Columns.Count);
        private readonly Dictionary<string, MeaningfulEvidence> evidenceCache = new(
            StringComparer.Ordinal
        );
        private int[] learners = [];
        private int[] activities = [];
        private int[] institutions = [];

        /// <summary>The rows before the current block.</summary>
        public int Rows { get; set; }

        /// <summary>Interns the ids of a parsed block, each once, before its lines are turned into records.</summary>
        public void Begin(CsvBlock block)
        {
            learners = Global(ids.Learners, block.Learners, learners);
            activities = Global(ids.Activities, block.Activities, activities);
            institutions = Global(ids.Institutions, block.Institutions, institutions);
        }

        private static int[] Global(SpanTable global, SpanTable local, int[] keys)
        {
            if (keys.Length < local.Count)
            {
                keys = new int[Math.Max(local.Count, keys.Length * 2)];
            }

            for (var i = 0; i < local.Count; i++)
            {
                keys[i] = global.Intern(local.Bytes(i), local.HashOf(i));
            }

            return keys;
        }

        public bool TryRecord(CsvBlock block, int index, out EncounterRecord record)
        {
            ref var line = ref block.Lines[index];
            if (!line.Parsed)
            {
                return TryReadString(block, line, out record);
            }

            var learner = learners[line.Learner];
            var activity = activities[line.Activity];
            record = new EncounterRecord(
                ids.Learners.Key(learner),
                line.Institution < 0 ? null : ids.Institutions.Key(institutions[line.Institution]),
                line.YearGroup,
                ids.Activities.Key(activity),
                line.Date,
                line.Kind,
                line.Evidence,
                line.Employers,
                ids,
                learner,
                activity
            );
            return true;
        }

        private bool TryReadString(CsvBlock block, in CsvLine line, out EncounterRecord record)
        {
            record = default;
            var row = Rows + line.Line + 1;
            string text;
            try
            {
                text = Strict.GetString(block.Bytes, line.Start, line.Length);
            }
            catch (DecoderFallbackException)
            {
                problems.Add(
                    new(
                        "csv.encoding",
                        JsonPointer.Append("/rows", row),
                        $"Row {row} is not well-formed UTF-8."
                    )
                );
                return false;
            }

            Split(text, fields);
            if (fields.Count != layout.HeaderCount)
            {
                problems.Add(
                    new(
                        "csv.columns",
                        JsonPointer.Append("/rows", row),
                        $"Row {row} has {fields.Count} fields; the header has {layout.HeaderCount}."
                    )
                );
                return false;
            }

            if (!TryRead(fields, layout.Position, row, evidenceCache, problems, out var read))
            {
                return false;
            }

            var learner = CsvIds.Intern(ids.Learners, read.LearnerId);
            var activity = CsvIds.Intern(ids.Activities, read.ActivityId);
            record = new EncounterRecord(
                ids.Learners.Key(learner),
                read.InstitutionId,
                read.YearGroup,
                ids.Activities.Key(activity),
                read.Date,
                read.Kind,
                read.Evidence,
                read.Employers,
                ids,
                learner,
                activity
            );
            return true;
        }
    }

    private static bool TryRead(
        List<string> fields,
        int[] position,
        int row,
        Dictionary<string, MeaningfulEvidence> evidenceCache,
        ICollection<ValidationError> problems,
        out EncounterRecord record
    )
    {
        record = default;
        string Field(int column) =>
            position[column] < fields.Count ? fields[position[column]] : string.Empty;
        var before = problems.Count;
        void Problem(int column, string message) =>
            problems.Add(
                new(
                    "csv." + Columns[column].Replace('_', '-'),
                    JsonPointer.Append(JsonPointer.Append("/rows", row), Columns[column]),
                    $"Row {row}: {message}"
                )
            );

        var learnerId = Field(0);
        var activityId = Field(3);
        if (learnerId.Length == 0)
        {
            Problem(0, "learner_id is empty.");
        }

        if (activityId.Length == 0)
        {
            Problem(3, "activity_id is empty.");
        }

        var yearGroup = YearGroup.Validate(Field(2));
        if (!yearGroup.Success)
        {
            Problem(2, yearGroup.Error.Message);
        }

        if (!TryDate(Field(4), out var date))
        {
            Problem(4, $"activity_date '{Field(4)}' is not a date written yyyy-MM-dd.");
        }
        else if (!AcademicYear.IsSupported(date))
        {
            Problem(
                4,
                $"activity_date '{Field(4)}' is outside the supported range {SupportedDates.Range}."
            );
        }

        if (!Kinds.TryGetValue(Field(5), out var kind))
        {
            Problem(
                5,
                $"activity_kind '{Field(5)}' is not one of {string.Join(", ", Kinds.Keys)}."
            );
        }

        if (!TryEvidence(Field(6), evidenceCache, out var evidence, out var unknown))
        {
            Problem(
                6,
                $"evidence has '{unknown}', which is not one of {string.Join(", ", Flags.Keys)}."
            );
        }

        if (
            !int.TryParse(
                Field(7),
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var employers
            )
        )
        {
            Problem(7, $"employers '{Field(7)}' is not a whole number.");
        }

        if (problems.Count > before)
        {
            return false;
        }

        var institution = Field(1);
        record = new EncounterRecord(
            learnerId,
            institution.Length == 0 ? null : institution,
            yearGroup.Value,
            activityId,
            date,
            kind,
            evidence,
            employers
        );
        return true;
    }

    private static bool TryDate(string text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10)
        {
            return false;
        }

        Span<byte> ascii = stackalloc byte[10];
        for (var i = 0; i < ascii.Length; i++)
        {
            if (text[i] > 0x7F)
            {
                return false;
            }

            ascii[i] = (byte)text[i];
        }

        return TryDate(ascii, out date);
    }

    private static bool TryDate(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        static int Digits(ReadOnlySpan<byte> text, int start, int length)
        {
            var value = 0;
            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
                if (c is < (byte)'0' or > (byte)'9')
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }

        var (year, month, day) = (Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2));
        if (
            year < 1
            || month is < 1 or > 12
            || day < 1
            || day > CalendarSystem.Iso.GetDaysInMonth(year, month)
        )
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryEvidence(
        string text,
        Dictionary<string, MeaningfulEvidence> cache,
        out MeaningfulEvidence evidence,
        out string unknown
    )
    {
        unknown = string.Empty;
        if (cache.TryGetValue(text, out evidence))
        {
            return true;
        }

        evidence = MeaningfulEvidence.None;
        foreach (var part in text.Split('|'))
        {
            var name = part.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!Flags.TryGetValue(name, out var flag))
            {
                unknown = name;
                return false;
            }

            evidence |= flag;
        }

        // MIS exports repeat a handful of combinations: remember each once.
        if (cache.Count < 4096)
        {
            cache[text] = evidence;
        }

        return true;
    }

    /// <summary>Splits one CSV line into fields, honouring quotes and doubled quotes.</summary>
    private static void Split(string line, List<string> fields)
    {
        fields.Clear();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                var text = new StringBuilder();
                i++;
                while (i < line.Length)
                {
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            text.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    text.Append(line[i++]);
                }

                fields.Add(text.ToString());
                while (i < line.Length && line[i] != ',')
                {
                    i++;
                }
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var end = comma < 0 ? line.Length : comma;
                fields.Add(line.Substring(i, end - i));
                i = end;
            }

            if (i >= line.Length)
            {
                return;
            }

            i++; // past the comma
        }
    }

    private static Dictionary<string, T> Names<T>(T[] values)
        where T : struct, Enum
    {
        var names = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            names[value.ToString()] = value;
        }

        return names;
    }
}
