using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using NodaTime;

namespace Careers.Encounters.Streaming;

/// <summary>Where the bytes of a CSV come from: UTF-8 as it is, or text encoded to UTF-8 on the way.</summary>
internal abstract class CsvSource
{
    /// <summary>Reads at least one byte unless the text has ended; <paramref name="count"/> is at least 4.</summary>
    public abstract int Read(byte[] buffer, int offset, int count);

    public sealed class Utf8Stream(Stream stream) : CsvSource
    {
        public override int Read(byte[] buffer, int offset, int count) =>
            stream.Read(buffer, offset, count);
    }

    public sealed class Text(TextReader reader) : CsvSource
    {
        private readonly char[] chars = new char[1 << 14];
        private readonly Encoder encoder = new UTF8Encoding(false).GetEncoder();
        private bool done;

        public override int Read(byte[] buffer, int offset, int count)
        {
            while (!done)
            {
                // A surrogate pair split across reads is held by the encoder: n chars make at most 3n + 1 bytes.
                var read = reader.Read(chars, 0, Math.Min(chars.Length, (count - 1) / 3));
                if (read == 0)
                {
                    done = true;
                    return encoder.GetBytes(chars, 0, 0, buffer, offset, flush: true);
                }

                var bytes = encoder.GetBytes(chars, 0, read, buffer, offset, flush: false);
                if (bytes > 0)
                {
                    return bytes;
                }
            }

            return 0;
        }
    }
}

/// <summary>
/// Cuts a CSV into blocks of whole lines (a line ends at CR, LF or CRLF, as <see cref="TextReader.ReadLine"/> ends
/// one), so that blocks can be parsed apart. A block grows when one line is longer than it.
/// </summary>
internal sealed class CsvBlockReader(CsvSource source)
{
    private byte[] carry = new byte[256];
    private int carried;
    private bool eof;

    /// <summary>Fills a block with the next whole lines; false when the text has ended.</summary>
    public bool Next(CsvBlock block)
    {
        var buffer = block.Bytes;
        if (carried + 4 > buffer.Length)
        {
            buffer = new byte[Math.Max(buffer.Length * 2, carried + 4)];
        }

        Array.Copy(carry, buffer, carried);
        var filled = carried;
        carried = 0;
        while (true)
        {
            while (!eof && filled <= buffer.Length - 4)
            {
                var read = source.Read(buffer, filled, buffer.Length - filled);
                if (read == 0)
                {
                    eof = true;
                }

                filled += read;
            }

            if (filled == 0)
            {
                block.Bytes = buffer;
                return false;
            }

            var cut = Cut(buffer, filled);
            if (cut > 0)
            {
                var rest = filled - cut;
                if (rest > carry.Length)
                {
                    carry = new byte[Math.Max(carry.Length * 2, rest)];
                }

                Array.Copy(buffer, cut, carry, 0, rest);
                carried = rest;
                block.Bytes = buffer;
                block.Length = cut;
                block.Offset = 0;
                return true;
            }

            Array.Resize(ref buffer, buffer.Length * 2);
        }
    }

    /// <summary>Where the last whole line ends; 0 when there is none yet.</summary>
    private int Cut(byte[] buffer, int filled)
    {
        if (eof)
        {
            return filled;
        }

        var text = buffer.AsSpan(0, filled);
        var lf = text.LastIndexOf((byte)'\n');
        if (lf >= 0)
        {
            return lf + 1;
        }

        // A CR alone ends a line too, but a CR that ends the buffer may be the first half of a CRLF.
        var cr = text.Slice(0, filled - 1).LastIndexOf((byte)'\r');
        return cr + 1;
    }
}

/// <summary>Lines in a block of whole lines.</summary>
internal static class CsvLines
{
    /// <summary>
    /// The length of the line at <paramref name="start"/> in a block of whole lines, with where the next line starts.
    /// </summary>
    public static int Length(ReadOnlySpan<byte> block, int start, out int next)
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
}

/// <summary>
/// One line of a block, parsed on a worker: its values, and its ids as indexes into the block's own tables, so that
/// the enumerating thread interns each distinct id of a block once instead of once a line.
/// </summary>
internal struct CsvLine
{
    public int Line; // counting every line of the block from 0, blank ones too
    public int Start;
    public int Length;
    public bool Parsed; // false: the line goes to the string path
    public int Learner;
    public int Activity;
    public int Institution; // -1 when empty
    public YearGroup YearGroup;
    public LocalDate Date;
    public ActivityKind Kind;
    public MeaningfulEvidence Evidence;
    public int Employers;
}

/// <summary>
/// A block of whole lines of a CSV and what parsing made of them. Each block has its own tables of the ids it holds
/// (emptied for each block) and caches of the small texts (year groups, kinds, evidence; kept), so blocks can be
/// parsed at the same time on different threads.
/// </summary>
internal sealed class CsvBlock(int size)
{
    public const int DefaultSize = 1 << 20;

    public byte[] Bytes = new byte[size];
    public int Length; // bytes of whole lines
    public int Offset; // where the data lines start (past the header, in the first block)
    public CsvLine[] Lines = new CsvLine[Math.Max(16, size / 128)];
    public int Count; // non-blank lines
    public int LineCount; // every line, blank ones too
    public readonly SpanTable Learners = new();
    public readonly SpanTable Activities = new();
    public readonly SpanTable Institutions = new();
    public readonly SpanTable YearGroups = new();
    public readonly SpanTable Kinds = new();
    public readonly SpanTable Evidence = new();
    public int[] Starts = [];
    public int[] Lengths = [];
    public Task? Parsing;
}
