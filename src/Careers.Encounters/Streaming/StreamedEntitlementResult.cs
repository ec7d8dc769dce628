using System;
using System.Collections.Generic;
using System.Text;

namespace Careers.Encounters.Streaming;

/// <summary>
/// The result of a streamed evaluation: every learner who appeared in the records. <see cref="EntitlementStream"/> answers
/// it in an <see cref="Evaluation{TResult}"/>, which holds the problems instead when the records had any. Immutable.
/// </summary>
public sealed class StreamedEntitlementResult
{
    private readonly IReadOnlyDictionary<string, int>? byId;
    private readonly CsvIds? source;
    private readonly int[]? byKey;

    internal StreamedEntitlementResult(
        Provenance provenance,
        IReadOnlyList<StreamedLearnerEntitlement> learners,
        StatusCounts overall,
        long records,
        IReadOnlyDictionary<NotCountedReason, long> notCounted,
        IReadOnlyDictionary<string, int>? byId,
        CsvIds? source,
        int[]? byKey
    )
    {
        this.byId = byId;
        this.source = source;
        this.byKey = byKey;
        Provenance = provenance;
        Learners = learners;
        Overall = overall;
        Records = records;
        NotCounted = notCounted;
    }

    /// <summary>The policy's id and version and the as-at date.</summary>
    public Provenance Provenance { get; }

    /// <summary>
    /// Each learner who appeared in the records, in order of first appearance. The result keeps its learners in
    /// columns, not as millions of objects: each item is made when it is read (an equal value each time).
    /// </summary>
    public IReadOnlyList<StreamedLearnerEntitlement> Learners { get; }

    /// <summary>How many records were read.</summary>
    public long Records { get; }

    /// <summary>How many records did not count, by reason.</summary>
    public IReadOnlyDictionary<NotCountedReason, long> NotCounted { get; }

    /// <summary>Every learner by status.</summary>
    public StatusCounts Overall { get; }

    /// <summary>
    /// Where a learner is in <see cref="Learners"/>, found in the evaluation's own index of ids (no index is built
    /// for the call, and nothing is allocated for ids read from CSV): for joining other data, such as a roll of
    /// learners, to the result. Thread-safe.
    /// </summary>
    /// <param name="learnerId">The learner's id, compared ordinally.</param>
    /// <returns>The index, or -1 when the learner had no record.</returns>
    public int IndexOf(ReadOnlySpan<char> learnerId)
    {
        if (Learners.Count == 0 || learnerId.IsEmpty)
        {
            return -1;
        }

        if (source is null || byKey is null)
        {
            return byId is not null && byId.TryGetValue(learnerId.ToString(), out var index)
                ? index
                : -1;
        }

        // Ids read from CSV are keyed by their UTF-8 bytes.
        var length = Encoding.UTF8.GetMaxByteCount(learnerId.Length);
        var bytes = length <= 256 ? stackalloc byte[length] : new byte[length];
        var written = Utf8.Encode(learnerId, bytes);
        var utf8 = bytes.Slice(0, written);
        var key = source.Learners.Find(utf8, SpanTable.Hash(utf8));
        return key >= 0 && key < byKey.Length ? byKey[key] - 1 : -1;
    }
}
