using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using NodaTime;

namespace Careers.Encounters;

/// <summary>
/// Reads the MIS export shape of <see cref="EncounterRecord"/>s from CSV (RFC 4180, UTF-8, a header row), one row at a
/// time. Columns, in any order: <c>learner_id</c>, <c>institution_id</c> (may be empty), <c>year_group</c> (in the
/// as-at academic year: <c>7</c>, <c>Y7</c>, <c>Year 7</c>), <c>activity_id</c>, <c>activity_date</c>
/// (<c>yyyy-MM-dd</c>), <c>activity_kind</c> (an <see cref="ActivityKind"/> name such as <c>EmployerTalk</c>),
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
    /// </summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="problems">Receives a problem for every field that cannot be read.</param>
    /// <returns>The records, one per valid row.</returns>
    /// <exception cref="FormatException">The header lacks a column.</exception>
    public static IEnumerable<EncounterRecord> Read(
        TextReader reader,
        ICollection<ValidationError> problems
    )
    {
        Guard.NotNull(reader, nameof(reader));
        Guard.NotNull(problems, nameof(problems));
        return ReadRows(reader, problems);
    }

    private static IEnumerable<EncounterRecord> ReadRows(
        TextReader reader,
        ICollection<ValidationError> problems
    )
    {
        var header =
            reader.ReadLine()
            ?? throw new FormatException($"The CSV is empty; it needs the header {Header}.");
        var fields = new List<string>(Columns.Count);
        Split(header.TrimStart('\uFEFF'), fields);
        var headerCount = fields.Count;
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

        var evidenceCache = new Dictionary<string, MeaningfulEvidence>(StringComparer.Ordinal);
        var fast = new FastRow(position, headerCount);
        var row = 0;

        // Lines are cut from a block of characters and parsed as spans: no string is made for a field, and each id
        // is made a string once (CsvIds). A line the fast path cannot read (quotes, a bad field) is read by the
        // string path below, which gives the problems, so both paths accept and reject the same lines.
        var buffer = new char[1 << 16];
        int start = 0,
            end = 0;
        var eof = false;
        while (true)
        {
            var length = LineLength(buffer, start, end, eof, out var next);
            if (length < 0)
            {
                if (eof)
                {
                    yield break;
                }

                if (start > 0)
                {
                    Array.Copy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }
                else if (end == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var read = reader.Read(buffer, end, buffer.Length - end);
                if (read == 0)
                {
                    eof = true;
                }

                end += read;
                continue;
            }

            row++;
            var lineStart = start;
            start = next;
            if (length == 0)
            {
                continue;
            }

            if (fast.TryParse(buffer, lineStart, length, out var record))
            {
                yield return record;
                continue;
            }

            var line = new string(buffer, lineStart, length);
            Split(line, fields);
            if (fields.Count != headerCount)
            {
                problems.Add(
                    new(
                        "csv.columns",
                        JsonPointer.Append("/rows", row),
                        $"Row {row} has {fields.Count} fields; the header has {headerCount}."
                    )
                );
                continue;
            }

            if (TryRead(fields, position, row, evidenceCache, problems, out record))
            {
                yield return fast.Keyed(record);
            }
        }
    }

    /// <summary>
    /// The length of the line at <paramref name="start"/>, ended as <see cref="TextReader.ReadLine"/> ends one (by
    /// CR, LF or CRLF, or by the end of the text), with where the next line starts; -1 when more text is needed.
    /// </summary>
    private static int LineLength(char[] buffer, int start, int end, bool eof, out int next)
    {
        next = start;
        var span = buffer.AsSpan(start, end - start);
        var at = span.IndexOfAny('\r', '\n');
        if (at < 0)
        {
            if (!eof || span.Length == 0)
            {
                return -1;
            }

            next = end;
            return span.Length;
        }

        next = start + at + 1;
        if (span[at] == '\r')
        {
            if (at + 1 == span.Length && !eof)
            {
                return -1; // the LF of a CRLF may be in the next block
            }

            if (at + 1 < span.Length && span[at + 1] == '\n')
            {
                next++;
            }
        }

        return at;
    }

    /// <summary>The span-based reading of one line, with the caches and the interned ids of one read.</summary>
    private sealed class FastRow(int[] position, int headerCount)
    {
        private readonly CsvIds ids = new();
        private readonly SpanTable yearGroups = new();
        private readonly SpanTable kinds = new();
        private readonly SpanTable evidence = new();
        private readonly int[] starts = new int[headerCount];
        private readonly int[] lengths = new int[headerCount];
        private string lastLearner = string.Empty;
        private int lastLearnerKey;
        private string? lastYearGroupText;
        private YearGroup lastYearGroup;
        private string lastInstitution = string.Empty;

        public bool TryParse(char[] buffer, int offset, int length, out EncounterRecord record)
        {
            record = default;
            var line = buffer.AsSpan(offset, length);
            if (line.IndexOf('"') >= 0)
            {
                return false;
            }

            var field = 0;
            var from = 0;
            while (true)
            {
                var comma = line.Slice(from).IndexOf(',');
                var to = comma < 0 ? line.Length : from + comma;
                if (field == headerCount)
                {
                    return false;
                }

                starts[field] = from;
                lengths[field] = to - from;
                field++;
                if (comma < 0)
                {
                    break;
                }

                from = to + 1;
            }

            if (field != headerCount)
            {
                return false;
            }

            var learner = Field(line, 0);
            var activity = Field(line, 3);
            if (
                learner.Length == 0
                || activity.Length == 0
                || !TryYearGroup(Field(line, 2), out var yearGroup)
                || !TryDate(Field(line, 4), out var date)
                || !TryCached(kinds, Field(line, 5), KindOf, out var kind)
                || !TryCached(evidence, Field(line, 6), EvidenceOf, out var flags)
                || !TryEmployers(Field(line, 7), out var employers)
            )
            {
                return false;
            }

            int learnerKey;
            if (learner.SequenceEqual(lastLearner.AsSpan()))
            {
                learnerKey = lastLearnerKey;
            }
            else
            {
                learnerKey = ids.Learners.Intern(learner);
                lastLearner = ids.Learners.Key(learnerKey);
                lastLearnerKey = learnerKey;
            }

            var activityKey = ids.Activities.Intern(activity);
            var institution = Field(line, 1);
            if (institution.Length > 0 && !institution.SequenceEqual(lastInstitution.AsSpan()))
            {
                lastInstitution = ids.Institutions.Key(ids.Institutions.Intern(institution));
            }

            record = new EncounterRecord(
                lastLearner,
                institution.Length == 0 ? null : lastInstitution,
                yearGroup,
                ids.Activities.Key(activityKey),
                date,
                (ActivityKind)kind,
                (MeaningfulEvidence)flags,
                employers,
                ids,
                learnerKey,
                activityKey
            );
            return true;
        }

        /// <summary>A record read by the string path, with its ids interned like the others.</summary>
        public EncounterRecord Keyed(in EncounterRecord record)
        {
            var learnerKey = ids.Learners.Intern(record.LearnerId.AsSpan());
            var activityKey = ids.Activities.Intern(record.ActivityId.AsSpan());
            return new EncounterRecord(
                ids.Learners.Key(learnerKey),
                record.InstitutionId,
                record.YearGroup,
                ids.Activities.Key(activityKey),
                record.Date,
                record.Kind,
                record.Evidence,
                record.Employers,
                ids,
                learnerKey,
                activityKey
            );
        }

        private ReadOnlySpan<char> Field(ReadOnlySpan<char> line, int column) =>
            line.Slice(starts[position[column]], lengths[position[column]]);

        private static int? KindOf(string text) =>
            Kinds.TryGetValue(text, out var kind) ? (int)kind : null;

        private static int? EvidenceOf(string text) =>
            TryEvidence(text, new Dictionary<string, MeaningfulEvidence>(), out var flags, out _)
                ? (int)flags
                : null;

        private bool TryYearGroup(ReadOnlySpan<char> text, out YearGroup yearGroup)
        {
            // A learner's rows usually follow each other, with the same year group.
            if (lastYearGroupText is not null && text.SequenceEqual(lastYearGroupText.AsSpan()))
            {
                yearGroup = lastYearGroup;
                return true;
            }

            if (TryCached(yearGroups, text, YearGroupNumber, out var number))
            {
                yearGroup = number == 0 ? YearGroup.Reception : YearGroup.FromNumber(number);
                lastYearGroupText = text.ToString();
                lastYearGroup = yearGroup;
                return true;
            }

            yearGroup = default;
            return false;
        }

        private static int? YearGroupNumber(string text) =>
            YearGroup.Validate(text) is { Success: true } parsed ? parsed.Value.Number : null;

        /// <summary>A value from a small cache of the texts met so far (at most 4,096), worked out once for each.</summary>
        private static bool TryCached(
            SpanTable cache,
            ReadOnlySpan<char> text,
            Func<string, int?> parse,
            out int value
        )
        {
            var index = cache.Find(text);
            if (index >= 0)
            {
                value = cache.Value(index);
                return true;
            }

            var key = text.ToString();
            if (parse(key) is not { } parsed)
            {
                value = 0;
                return false;
            }

            if (cache.Count < 4096)
            {
                cache.Add(key, parsed);
            }

            value = parsed;
            return true;
        }

        private static bool TryEmployers(ReadOnlySpan<char> text, out int employers)
        {
            // Up to nine digits cannot overflow; anything else goes to int.TryParse on the string path.
            employers = 0;
            if (text.Length is 0 or > 9)
            {
                return false;
            }

            foreach (var c in text)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }

                employers = (employers * 10) + (c - '0');
            }

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

    private static bool TryDate(string text, out LocalDate date) =>
        TryDate(text.AsSpan(), out date);

    private static bool TryDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        static int Digits(ReadOnlySpan<char> text, int start, int length)
        {
            var value = 0;
            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
                if (c is < '0' or > '9')
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
