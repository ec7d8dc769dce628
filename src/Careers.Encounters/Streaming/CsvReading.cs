using System.Collections.Generic;
using System.Text;

namespace Careers.Encounters.Streaming;

/// <summary>
/// One read's state on the enumerating thread: the ids interned so far, the rows before the current block, and the
/// string path for the lines the fast path left. Turns a parsed block's lines into records, in order.
/// </summary>
internal sealed class CsvReading(CsvParser parser, ICollection<ValidationError> problems)
{
    private static readonly UTF8Encoding Strict = new(false, true);
    private readonly CsvIds ids = new();
    private readonly List<string> fields = new(CsvFormat.Columns.Count);
    private readonly Dictionary<string, MeaningfulEvidence> evidenceCache = new(
        System.StringComparer.Ordinal
    );
    private int[] learners = [];
    private int[] activities = [];
    private int[] institutions = [];

    /// <summary>The rows before the current block.</summary>
    public int Rows { get; set; }

    /// <summary>Interns the ids of a parsed block, each once, before its lines are turned into records.</summary>
    public void Begin(CsvBlock block)
    {
        learners = CsvIds.Intern(ids.Learners, block.Learners, learners);
        activities = CsvIds.Intern(ids.Activities, block.Activities, activities);
        institutions = CsvIds.Intern(ids.Institutions, block.Institutions, institutions);
    }

    /// <summary>The record of a line of the current block, or false when the line is a problem (reported).</summary>
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
            line.Institution < 0 ? null : ids.Institutions.Key(institutions[line.Institution]),
            line.YearGroup,
            line.Date,
            line.Kind,
            line.Evidence,
            line.Employers,
            ids,
            learner,
            activity,
            Rows + line.Line + 1
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

        CsvParser.Split(text, fields);
        if (fields.Count != parser.HeaderCount)
        {
            problems.Add(
                new(
                    "csv.columns",
                    JsonPointer.Append("/rows", row),
                    $"Row {row} has {fields.Count} fields; the header has {parser.HeaderCount}."
                )
            );
            return false;
        }

        if (!parser.TryRead(fields, row, evidenceCache, problems, out var read))
        {
            return false;
        }

        var learner = CsvIds.Intern(ids.Learners, read.LearnerId);
        var activity = CsvIds.Intern(ids.Activities, read.ActivityId);
        record = new EncounterRecord(
            read.InstitutionId,
            read.YearGroup,
            read.Date,
            read.Kind,
            read.Evidence,
            read.Employers,
            ids,
            learner,
            activity,
            row
        );
        return true;
    }
}
