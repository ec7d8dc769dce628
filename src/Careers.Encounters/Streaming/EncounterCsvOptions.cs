using System;

namespace Careers.Encounters.Streaming;

/// <summary>How <see cref="EncounterCsv"/> reads an export. Immutable.</summary>
public sealed class EncounterCsvOptions
{
    private readonly int maxDegreeOfParallelism = 1;

    /// <summary>How many bytes a block starts with (it grows to hold a longer line); small in tests, to cut many blocks.</summary>
    internal int BlockSize { get; init; } = CsvBlock.DefaultSize;

    /// <summary>The defaults: one thread, the one that enumerates the records.</summary>
    public static EncounterCsvOptions Default { get; } = new();

    /// <summary>
    /// How many blocks of about 1 MiB of text may be parsed at once on the thread pool, while the enumerating thread
    /// turns parsed lines into records. Default: 1, which parses on the enumerating thread and starts no work
    /// elsewhere. More threads are the caller's choice: a national-scale export read by a batch job may ask for
    /// <see cref="Environment.ProcessorCount"/>; a web host sharing its cores with requests usually should not.
    /// Records and problems come in the order of the rows whatever the value.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => maxDegreeOfParallelism;
        init =>
            maxDegreeOfParallelism =
                value >= 1
                    ? value
                    : throw new ArgumentOutOfRangeException(
                        nameof(MaxDegreeOfParallelism),
                        value,
                        "At least 1 block must be parsed at a time."
                    );
    }
}
