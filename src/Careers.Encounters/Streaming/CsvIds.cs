using System;
using System.Text;

namespace Careers.Encounters.Streaming;

/// <summary>
/// The ids one CSV read has met, each interned once: learners and activities get dense keys, so the streaming
/// evaluation indexes arrays instead of hashing strings for every record.
/// </summary>
internal sealed class CsvIds
{
    public SpanTable Learners { get; } = new();

    public SpanTable Activities { get; } = new();

    public SpanTable Institutions { get; } = new();

    /// <summary>
    /// The keys of a block's own ids in a table of the read (<paramref name="keys"/>[i] for the block's id i), each id
    /// interned once a block, not once a row.
    /// </summary>
    /// <returns><paramref name="keys"/>, or a longer array when it was too short.</returns>
    public static int[] Intern(SpanTable global, SpanTable local, int[] keys)
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

    /// <summary>The key of an id that came as a string (from the string path), interned like the others.</summary>
    public static int Intern(SpanTable table, string id)
    {
        var bytes = Encoding.UTF8.GetBytes(id);
        return table.Intern(bytes, SpanTable.Hash(bytes));
    }
}
