using System;

namespace Careers.CareersLog;

/// <summary>
/// A set of byte strings kept as offsets into a caller's buffer (which may move when it grows: every call passes it),
/// each with the index it was first added with: the entry ids of a log, compared as UTF-8 without a string each.
/// </summary>
internal sealed class ByteSet
{
    private int[] buckets = new int[64];
    private Slice[] slices = new Slice[32];
    private int count;

    public void Clear()
    {
        if (count > 0)
        {
            Array.Clear(buckets, 0, buckets.Length);
            count = 0;
        }
    }

    /// <summary>Adds the bytes with <paramref name="index"/>, or returns the index they were first added with.</summary>
    public int AddOrGetFirst(byte[] buffer, int start, int length, int index)
    {
        var bytes = buffer.AsSpan(start, length);
        var hash = Hash(bytes);
        var mask = buckets.Length - 1;
        for (var b = hash & mask; ; b = (b + 1) & mask)
        {
            var at = buckets[b] - 1;
            if (at < 0)
            {
                if (count == slices.Length)
                {
                    Array.Resize(ref slices, slices.Length * 2);
                }

                slices[count] = new Slice(start, length, index, hash);
                buckets[b] = ++count;
                if (count * 2 > buckets.Length)
                {
                    Grow();
                }

                return index;
            }

            var slice = slices[at];
            if (slice.Hash == hash && buffer.AsSpan(slice.Start, slice.Length).SequenceEqual(bytes))
            {
                return slice.Index;
            }
        }
    }

    public bool Contains(byte[] buffer, int start, int length)
    {
        var bytes = buffer.AsSpan(start, length);
        var hash = Hash(bytes);
        var mask = buckets.Length - 1;
        for (var b = hash & mask; ; b = (b + 1) & mask)
        {
            var at = buckets[b] - 1;
            if (at < 0)
            {
                return false;
            }

            var slice = slices[at];
            if (slice.Hash == hash && buffer.AsSpan(slice.Start, slice.Length).SequenceEqual(bytes))
            {
                return true;
            }
        }
    }

    private void Grow()
    {
        buckets = new int[buckets.Length * 2];
        var mask = buckets.Length - 1;
        for (var i = 0; i < count; i++)
        {
            var b = slices[i].Hash & mask;
            while (buckets[b] != 0)
            {
                b = (b + 1) & mask;
            }

            buckets[b] = i + 1;
        }
    }

    // FNV-1a: ids are short.
    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private readonly record struct Slice(int Start, int Length, int Index, int Hash);
}
