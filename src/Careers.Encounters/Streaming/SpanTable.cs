using System;
using System.Runtime.InteropServices;

namespace Careers.Encounters;

/// <summary>
/// An open-addressing hash table keyed by text given as a span, so that a field of a CSV line can be looked up without
/// making a string: each distinct key is made a string once, and has a dense index (0, 1, 2, … in order of first
/// appearance) and an integer value. Not thread-safe.
/// </summary>
internal sealed class SpanTable
{
    private int[] slots = new int[64]; // entry index + 1; 0 is empty
    private string[] keys = new string[32];
    private int[] hashes = new int[32];
    private int[] values = new int[32];

    /// <summary>How many keys the table holds.</summary>
    public int Count { get; private set; }

    /// <summary>The key with a given index.</summary>
    public string Key(int index) => keys[index];

    /// <summary>The value with a given index.</summary>
    public int Value(int index) => values[index];

    /// <summary>The index of a key, or -1.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        var hash = Hash(key);
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var entry = slots[i] - 1;
            if (entry < 0)
            {
                return -1;
            }

            if (hashes[entry] == hash && key.SequenceEqual(keys[entry].AsSpan()))
            {
                return entry;
            }
        }
    }

    /// <summary>The index of a key, adding it (as a new string) with value 0 when it is new.</summary>
    public int Intern(ReadOnlySpan<char> key)
    {
        var hash = Hash(key);
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var entry = slots[i] - 1;
            if (entry < 0)
            {
                return Insert(i, key.ToString(), hash, 0);
            }

            if (hashes[entry] == hash && key.SequenceEqual(keys[entry].AsSpan()))
            {
                return entry;
            }
        }
    }

    /// <summary>Adds a key that is not in the table, with a value, and returns its index.</summary>
    public int Add(string key, int value)
    {
        var hash = Hash(key.AsSpan());
        var mask = slots.Length - 1;
        var i = hash & mask;
        while (slots[i] != 0)
        {
            i = (i + 1) & mask;
        }

        return Insert(i, key, hash, value);
    }

    private int Insert(int slot, string key, int hash, int value)
    {
        var index = Count++;
        if (index == keys.Length)
        {
            Array.Resize(ref keys, index * 2);
            Array.Resize(ref hashes, index * 2);
            Array.Resize(ref values, index * 2);
        }

        keys[index] = key;
        hashes[index] = hash;
        values[index] = value;
        slots[slot] = index + 1;
        if (Count * 2 > slots.Length)
        {
            Grow();
        }

        return index;
    }

    private void Grow()
    {
        slots = new int[slots.Length * 2];
        var mask = slots.Length - 1;
        for (var e = 0; e < Count; e++)
        {
            var i = hashes[e] & mask;
            while (slots[i] != 0)
            {
                i = (i + 1) & mask;
            }

            slots[i] = e + 1;
        }
    }

    /// <summary>
    /// A multiply-rotate hash over the characters four at a time (as 64-bit words), then one at a time, finished with
    /// a fold so that the low bits, which pick the slot, depend on every character.
    /// </summary>
    private static int Hash(ReadOnlySpan<char> key)
    {
        var hash = (ulong)key.Length * 0x9E3779B97F4A7C15UL;
        var words = MemoryMarshal.Cast<char, ulong>(key);
        foreach (var word in words)
        {
            hash = (hash ^ word) * 0xFF51AFD7ED558CCDUL;
            hash = (hash << 31) | (hash >> 33);
        }

        for (var i = words.Length * 4; i < key.Length; i++)
        {
            hash = (hash ^ key[i]) * 0xC4CEB9FE1A85EC53UL;
        }

        hash ^= hash >> 29;
        hash *= 0xBF58476D1CE4E5B9UL;
        hash ^= hash >> 32;
        return (int)(hash & 0x7fffffff);
    }
}

/// <summary>
/// The ids one CSV read has met, each interned once: learners and activities get dense keys, so the streaming
/// evaluation indexes arrays instead of hashing strings for every record.
/// </summary>
internal sealed class CsvIds
{
    public SpanTable Learners { get; } = new();

    public SpanTable Activities { get; } = new();

    public SpanTable Institutions { get; } = new();
}
