using System;
using System.Runtime.InteropServices;
using System.Text;

namespace Careers.Encounters.Streaming;

/// <summary>
/// An open-addressing hash table keyed by UTF-8 text given as a span, so that a field of a CSV line can be looked up
/// without making a string. Each distinct key has a dense index (0, 1, 2, … in order of first appearance); its bytes
/// are kept in one shared array. A key added by <see cref="Intern(ReadOnlySpan{byte}, int)"/> is made a string the
/// first time <see cref="Key(int)"/> asks for it, once (so a read whose ids nobody reads as text makes no string for
/// them); a table that makes no strings (a cache, a block's own ids) keeps an integer value for each key instead. The
/// hash is given by the caller, so that it can be worked out on another thread. Not thread-safe while keys are added;
/// once they no longer are, <see cref="Key(int)"/> may be called on any thread (two threads may both make a key's
/// string, equal ones, and either is kept).
/// </summary>
internal sealed class SpanTable
{
    private long[] slots = new long[64]; // the entry's hash in the high half, its index + 1 in the low; 0 is empty
    private string?[] keys = new string?[32];
    private int[] hashes = new int[32];
    private int[] values = []; // only for tables whose keys are not made strings (caches and a block's own ids)
    private int[] starts = new int[33]; // entry e's bytes are text[starts[e]..starts[e + 1]]
    private byte[] text = new byte[256];

    /// <summary>How many keys the table holds.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// The key with a given index, as a string (for keys added by <see cref="Intern(ReadOnlySpan{byte}, int)"/>), made
    /// on the first call for the key and kept.
    /// </summary>
    public string Key(int index) => keys[index] ??= Utf8.Decode(Bytes(index));

    /// <summary>The key with a given index, as UTF-8.</summary>
    public ReadOnlySpan<byte> Bytes(int index) =>
        text.AsSpan(starts[index], starts[index + 1] - starts[index]);

    /// <summary>The hash of the key with a given index.</summary>
    public int HashOf(int index) => hashes[index];

    /// <summary>Empties the table, keeping its arrays for the next use.</summary>
    public void Clear()
    {
        Array.Clear(slots, 0, slots.Length);
        Count = 0;
    }

    /// <summary>The value with a given index.</summary>
    public int Value(int index) => values[index];

    /// <summary>The index of a key, or -1.</summary>
    public int Find(ReadOnlySpan<byte> key, int hash)
    {
        var slot = Probe(key, hash);
        return (int)slots[slot] - 1;
    }

    /// <summary>The slot that holds a key, or the empty slot where it would go.</summary>
    private int Probe(ReadOnlySpan<byte> key, int hash)
    {
        // The hash is in the slot, so a probe reads the key's bytes only when the hashes match.
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var slot = slots[i];
            if (slot == 0)
            {
                return i;
            }

            if ((int)(slot >> 32) == hash && key.SequenceEqual(Bytes((int)slot - 1)))
            {
                return i;
            }
        }
    }

    /// <summary>The index of a key, adding it when it is new (its string is made when <see cref="Key(int)"/> asks).</summary>
    public int Intern(ReadOnlySpan<byte> key, int hash) => Intern(key, hash, named: true);

    /// <summary>
    /// The index of a key, adding it when it is new; a key that is <paramref name="named"/> may be read as a string
    /// (<see cref="Key(int)"/>), one that is not has a value (0 here) instead.
    /// </summary>
    public int Intern(ReadOnlySpan<byte> key, int hash, bool named)
    {
        var i = Probe(key, hash);
        return slots[i] != 0 ? (int)slots[i] - 1 : Insert(i, key, named, hash, 0);
    }

    /// <summary>Adds a key that is not in the table, with a value and no string, and returns its index.</summary>
    public int Add(ReadOnlySpan<byte> key, int hash, int value) =>
        Insert(Probe(key, hash), key, false, hash, value);

    private int Insert(int slot, ReadOnlySpan<byte> key, bool named, int hash, int value)
    {
        var index = Count++;
        if (index == keys.Length)
        {
            Array.Resize(ref keys, index * 2);
            Array.Resize(ref hashes, index * 2);
            Array.Resize(ref starts, (index * 2) + 1);
        }

        if (!named && values.Length < keys.Length)
        {
            Array.Resize(ref values, keys.Length);
        }

        var start = starts[index];
        if (start + key.Length > text.Length)
        {
            Array.Resize(ref text, Math.Max(text.Length * 2, start + key.Length));
        }

        key.CopyTo(text.AsSpan(start));
        starts[index + 1] = start + key.Length;
        keys[index] = null;
        hashes[index] = hash;
        if (!named)
        {
            values[index] = value;
        }

        slots[slot] = Slot(hash, index);
        if (Count * 2 > slots.Length)
        {
            Grow();
        }

        return index;
    }

    private void Grow()
    {
        slots = new long[slots.Length * 2];
        var mask = slots.Length - 1;
        for (var e = 0; e < Count; e++)
        {
            var i = hashes[e] & mask;
            while (slots[i] != 0)
            {
                i = (i + 1) & mask;
            }

            slots[i] = Slot(hashes[e], e);
        }
    }

    private static long Slot(int hash, int index) => ((long)hash << 32) | (uint)(index + 1);

    /// <summary>
    /// A multiply-rotate hash over the bytes eight at a time (as 64-bit words; a key of 8 to 16 bytes, such as most
    /// ids, is two words that may overlap), finished with a fold so that the low bits, which pick the slot, depend on
    /// every byte.
    /// </summary>
    public static int Hash(ReadOnlySpan<byte> key)
    {
        var hash = (ulong)key.Length * 0x9E3779B97F4A7C15UL;
        if (key.Length >= 8)
        {
            var last = key.Length - 8;
            for (var i = 0; i < last; i += 8)
            {
                hash = Mix(hash, MemoryMarshal.Read<ulong>(key.Slice(i)));
            }

            hash = Mix(hash, MemoryMarshal.Read<ulong>(key.Slice(last)));
        }
        else
        {
            foreach (var b in key)
            {
                hash = (hash ^ b) * 0xC4CEB9FE1A85EC53UL;
            }
        }

        hash ^= hash >> 29;
        hash *= 0xBF58476D1CE4E5B9UL;
        hash ^= hash >> 32;
        return (int)(hash & 0x7fffffff);
    }

    private static ulong Mix(ulong hash, ulong word)
    {
        hash = (hash ^ word) * 0xFF51AFD7ED558CCDUL;
        return (hash << 31) | (hash >> 33);
    }
}
