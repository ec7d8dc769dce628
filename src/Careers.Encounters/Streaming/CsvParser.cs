using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
#if NET
using System.Numerics;
using System.Runtime.Intrinsics;
#endif

namespace Careers.Encounters.Streaming;

/// <summary>
/// Turns the fields of a line into a record's values, or into problems. Where each column is comes from the header.
/// The fast path parses a block's lines as spans of bytes, with no string for a field, and marks the lines it cannot
/// read (quotes, bytes that are not ASCII, a field it does not know); the string path reads those lines and reports
/// their problems, so both paths accept and reject the same lines. Immutable, shared by the threads that parse.
/// </summary>
internal sealed class CsvParser(int[] position, int headerCount)
{
    /// <summary>Where each column of <see cref="CsvFormat.Columns"/> is in a line.</summary>
    public int[] Position => position;

    /// <summary>How many fields the header has (every line must have as many).</summary>
    public int HeaderCount => headerCount;

    /// <summary>Reads the header from the first line of the first block, and starts the block past it.</summary>
    /// <exception cref="FormatException">The header lacks a column.</exception>
    public static CsvParser Of(CsvBlock first)
    {
        var columns = CsvFormat.Columns;
        var text = first.Bytes.AsSpan(0, first.Length);
        var length = CsvLines.Length(text, 0, out var next);
        var fields = new List<string>(columns.Count);
        Split(Utf8.Decode(text.Slice(0, length)).TrimStart('\uFEFF'), fields);
        var position = new int[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            position[c] = fields.IndexOf(columns[c]);
            if (position[c] < 0)
            {
                throw new FormatException(
                    $"The CSV header has no column '{columns[c]}'; it needs {CsvFormat.Header}."
                );
            }
        }

        first.Offset = next;
        return new CsvParser(position, fields.Count);
    }

    /// <summary>Parses every line of a block on the fast path; a worker thread may call this.</summary>
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
            var length = CsvLines.Length(text, at, out var next);
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

        var learner = Field(line, CsvFormat.LearnerId);
        var activity = Field(line, CsvFormat.ActivityId);
        var institution = Field(line, CsvFormat.InstitutionId);
        if (
            learner.Length == 0
            || activity.Length == 0
            || !TryCached(
                block.YearGroups,
                Field(line, CsvFormat.YearGroupColumn),
                CsvFormat.YearGroupNumber,
                out var yearGroup
            )
            || !CsvFormat.TryDate(Field(line, CsvFormat.ActivityDate), out parsed.Date)
            || !AcademicYear.IsSupported(parsed.Date)
            || !TryCached(
                block.Kinds,
                Field(line, CsvFormat.ActivityKindColumn),
                CsvFormat.KindNumber,
                out var kind
            )
            || !TryCached(
                block.Evidence,
                Field(line, CsvFormat.Evidence),
                CsvFormat.EvidenceNumber,
                out var flags
            )
            || !CsvFormat.TryEmployers(Field(line, CsvFormat.Employers), out parsed.Employers)
        )
        {
            return false;
        }

        parsed.Learner = Local(block.Learners, learner);
        parsed.Activity = Local(block.Activities, activity);
        parsed.Institution = institution.Length == 0 ? -1 : Local(block.Institutions, institution);
        parsed.YearGroup = CsvFormat.YearGroupOf(yearGroup);
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

    /// <summary>
    /// Reads a line's fields on the string path: the record's values, or a problem at <c>/rows/N/column</c> for every
    /// field that cannot be read. The ids are not interned.
    /// </summary>
    public bool TryRead(
        List<string> fields,
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
                    CsvFormat.Code(column),
                    JsonPointer.Append(JsonPointer.Append("/rows", row), CsvFormat.Columns[column]),
                    $"Row {row}: {message}"
                )
            );

        var learnerId = Field(CsvFormat.LearnerId);
        var activityId = Field(CsvFormat.ActivityId);
        if (learnerId.Length == 0)
        {
            Problem(CsvFormat.LearnerId, "learner_id is empty.");
        }

        if (activityId.Length == 0)
        {
            Problem(CsvFormat.ActivityId, "activity_id is empty.");
        }

        var yearGroup = YearGroup.Validate(Field(CsvFormat.YearGroupColumn));
        if (!yearGroup.Success)
        {
            Problem(CsvFormat.YearGroupColumn, yearGroup.Error.Message);
        }

        var dateText = Field(CsvFormat.ActivityDate);
        if (!CsvFormat.TryDate(dateText, out var date))
        {
            Problem(
                CsvFormat.ActivityDate,
                $"activity_date '{dateText}' is not a date written yyyy-MM-dd."
            );
        }
        else if (!AcademicYear.IsSupported(date))
        {
            Problem(
                CsvFormat.ActivityDate,
                $"activity_date '{dateText}' is outside the supported range {SupportedDates.Range}."
            );
        }

        var kindText = Field(CsvFormat.ActivityKindColumn);
        if (!CsvFormat.Kinds.TryGetValue(kindText, out var kind))
        {
            Problem(
                CsvFormat.ActivityKindColumn,
                $"activity_kind '{kindText}' is not one of {string.Join(", ", CsvFormat.KindNames)}."
            );
        }

        if (
            !CsvFormat.TryEvidence(
                Field(CsvFormat.Evidence),
                evidenceCache,
                out var evidence,
                out var unknown
            )
        )
        {
            Problem(
                CsvFormat.Evidence,
                $"evidence has '{unknown}', which is not one of {string.Join(", ", CsvFormat.FlagNames)}."
            );
        }

        var employersText = Field(CsvFormat.Employers);
        if (
            !int.TryParse(
                employersText,
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var employers
            )
        )
        {
            Problem(CsvFormat.Employers, $"employers '{employersText}' is not a whole number.");
        }

        if (problems.Count > before)
        {
            return false;
        }

        var institution = Field(CsvFormat.InstitutionId);
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

    /// <summary>Splits one CSV line into fields, honouring quotes and doubled quotes.</summary>
    public static void Split(string line, List<string> fields)
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
}
