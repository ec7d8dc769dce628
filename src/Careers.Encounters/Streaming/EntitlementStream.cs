using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;

namespace Careers.Encounters;

/// <summary>One learner's standing from a streamed evaluation: the summary, without the list of records.</summary>
/// <param name="LearnerId">The learner.</param>
/// <param name="InstitutionId">The institution on the learner's first record, or <see langword="null"/>.</param>
/// <param name="YearGroup">The learner's year group in the as-at academic year.</param>
/// <param name="Status">The status.</param>
/// <param name="Count">How many encounters count.</param>
/// <param name="Shortfall">How many more are needed.</param>
/// <param name="NextMilestone">The next milestone not yet reached, while the window is open.</param>
public sealed record StreamedLearnerEntitlement(
    string LearnerId,
    string? InstitutionId,
    YearGroup YearGroup,
    EntitlementStatus Status,
    int Count,
    int Shortfall,
    EntitlementMilestone? NextMilestone
);

/// <summary>The outcome of a streamed evaluation: every learner who appeared in the records, or every problem. Immutable.</summary>
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
        IReadOnlyList<ValidationError> problems,
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
        Problems = problems;
    }

    /// <summary>Whether every record was read and consistent; when not, <see cref="Learners"/> is empty.</summary>
    public bool Success => Problems.Count == 0;

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

    /// <summary>The problems found (at most 1,000 are kept); empty on success.</summary>
    public IReadOnlyList<ValidationError> Problems { get; }

    /// <summary>
    /// Where a learner is in <see cref="Learners"/>, found in the evaluation's own index of ids (no index is built
    /// for the call, and nothing is allocated for ids read from CSV): for joining other data, such as a roll of
    /// learners, to the result. Thread-safe.
    /// </summary>
    /// <param name="learnerId">The learner's id, compared ordinally.</param>
    /// <returns>The index, or -1 when the learner had no record (or the result has problems).</returns>
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

/// <summary>
/// Sees a record of a streamed evaluation, with the index its learner has in
/// <see cref="StreamedEntitlementResult.Learners"/>, so that other measures can be worked out in the same pass.
/// </summary>
/// <param name="record">The record.</param>
/// <param name="learner">The learner's index in the result (learners are numbered in order of first appearance).</param>
public delegate void StreamedRecordObserver(in EncounterRecord record, int learner);

/// <summary>
/// Evaluates the entitlement over records that arrive one at a time — millions of rows from an MIS export — in memory
/// proportional to the number of learners and the encounters that count, not to the number of records. Each record
/// is judged on its own evidence; a repeat of a record that already counted is a <see cref="NotCountedReason.Duplicate"/>.
/// The status rules are those of <see cref="EntitlementEvaluator"/>. Dates are supported from 1 September 1900 to
/// 31 August 9999 (<see cref="AcademicYear.MinDate"/> to <see cref="AcademicYear.MaxDate"/>): a record dated outside
/// that range is the problem <c>record.date-range</c> at <c>/records/{n}/date</c> (n counting records from 1), an
/// as-at date outside it <c>as-at.range</c>; CSV read by <see cref="EncounterCsv"/> reports such a date as
/// <c>csv.activity-date</c> instead.
/// </summary>
public static class EntitlementStream
{
    private const int MaxProblems = 1000;

    /// <summary>Evaluates records as at a date.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="records">The records, in any order.</param>
    /// <param name="asAt">
    /// The date, from 1 September 1900 to 31 August 9999; outside that range it is the problem <c>as-at.range</c>
    /// (path <c>/asAt</c>), not an exception.
    /// </param>
    /// <returns>The result.</returns>
    public static StreamedEntitlementResult Evaluate(
        EncounterPolicy policy,
        IEnumerable<EncounterRecord> records,
        LocalDate asAt
    )
    {
        Guard.NotNull(policy, nameof(policy));
        Guard.NotNull(records, nameof(records));
        return Evaluate(policy, records, asAt, [], null);
    }

    /// <summary>
    /// Evaluates records as at a date, showing each record, with its learner's index in the result, to an observer:
    /// the way to work out other measures per learner (a Gatsby benchmark, a local indicator) in the same pass.
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <param name="records">The records, in any order.</param>
    /// <param name="asAt">
    /// The date, from 1 September 1900 to 31 August 9999; outside that range it is the problem <c>as-at.range</c>
    /// (path <c>/asAt</c>), not an exception.
    /// </param>
    /// <param name="observer">Sees every record, in the order they come, after the evaluation has counted it.</param>
    /// <returns>The result.</returns>
    public static StreamedEntitlementResult Evaluate(
        EncounterPolicy policy,
        IEnumerable<EncounterRecord> records,
        LocalDate asAt,
        StreamedRecordObserver observer
    )
    {
        Guard.NotNull(policy, nameof(policy));
        Guard.NotNull(records, nameof(records));
        Guard.NotNull(observer, nameof(observer));
        return Evaluate(policy, records, asAt, [], observer);
    }

    /// <summary>Evaluates CSV text in the <see cref="EncounterCsv"/> format as at a date.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="csv">The CSV text.</param>
    /// <param name="asAt">
    /// The date, from 1 September 1900 to 31 August 9999; outside that range it is the problem <c>as-at.range</c>
    /// (path <c>/asAt</c>), not an exception.
    /// </param>
    /// <returns>The result; a row that cannot be read is a problem, and any problem means no learners are returned.</returns>
    public static StreamedEntitlementResult EvaluateCsv(
        EncounterPolicy policy,
        TextReader csv,
        LocalDate asAt
    ) => EvaluateCsv(policy, csv, asAt, EncounterCsvOptions.Default);

    /// <summary>Evaluates CSV text in the <see cref="EncounterCsv"/> format as at a date, read with options.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="csv">The CSV text.</param>
    /// <param name="asAt">
    /// The date, from 1 September 1900 to 31 August 9999; outside that range it is the problem <c>as-at.range</c>
    /// (path <c>/asAt</c>), not an exception.
    /// </param>
    /// <param name="options">How to read the CSV.</param>
    /// <returns>The result; a row that cannot be read is a problem, and any problem means no learners are returned.</returns>
    public static StreamedEntitlementResult EvaluateCsv(
        EncounterPolicy policy,
        TextReader csv,
        LocalDate asAt,
        EncounterCsvOptions options
    )
    {
        Guard.NotNull(policy, nameof(policy));
        Guard.NotNull(csv, nameof(csv));
        Guard.NotNull(options, nameof(options));
        var problems = new List<ValidationError>();
        return Evaluate(policy, EncounterCsv.Read(csv, problems, options), asAt, problems, null);
    }

    /// <summary>
    /// Evaluates a stream of UTF-8 CSV in the <see cref="EncounterCsv"/> format as at a date: the fastest way to
    /// evaluate an export (see <see cref="EncounterCsv.Read(Stream, ICollection{ValidationError}, EncounterCsvOptions?)"/>).
    /// </summary>
    /// <param name="policy">The policy.</param>
    /// <param name="utf8Csv">The CSV as UTF-8. It is read to its end, not disposed.</param>
    /// <param name="asAt">
    /// The date, from 1 September 1900 to 31 August 9999; outside that range it is the problem <c>as-at.range</c>
    /// (path <c>/asAt</c>), not an exception.
    /// </param>
    /// <param name="options">How to read the CSV; <see langword="null"/> for <see cref="EncounterCsvOptions.Default"/>.</param>
    /// <returns>The result; a row that cannot be read is a problem, and any problem means no learners are returned.</returns>
    public static StreamedEntitlementResult EvaluateCsv(
        EncounterPolicy policy,
        Stream utf8Csv,
        LocalDate asAt,
        EncounterCsvOptions? options = null
    )
    {
        Guard.NotNull(policy, nameof(policy));
        Guard.NotNull(utf8Csv, nameof(utf8Csv));
        var problems = new List<ValidationError>();
        return Evaluate(
            policy,
            EncounterCsv.Read(utf8Csv, problems, options),
            asAt,
            problems,
            null
        );
    }

    private static StreamedEntitlementResult Evaluate(
        EncounterPolicy policy,
        IEnumerable<EncounterRecord> records,
        LocalDate asAt,
        IReadOnlyList<ValidationError> problems,
        StreamedRecordObserver? observer
    )
    {
        var state = new Accumulator(policy, asAt);
        if (observer is null)
        {
            foreach (var record in records)
            {
                state.Add(record);
            }
        }
        else
        {
            foreach (var record in records)
            {
                observer(record, state.Add(record));
            }
        }

        return state.Finish(problems);
    }

#if NET
    /// <summary>Evaluates records from an asynchronous source as at a date.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="records">The records, in any order.</param>
    /// <param name="asAt">
    /// The date, from 1 September 1900 to 31 August 9999; outside that range it is the problem <c>as-at.range</c>
    /// (path <c>/asAt</c>), not an exception.
    /// </param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The result.</returns>
    public static async Task<StreamedEntitlementResult> EvaluateAsync(
        EncounterPolicy policy,
        IAsyncEnumerable<EncounterRecord> records,
        LocalDate asAt,
        CancellationToken cancellationToken = default
    )
    {
        Guard.NotNull(policy, nameof(policy));
        Guard.NotNull(records, nameof(records));
        var state = new Accumulator(policy, asAt);
        await foreach (
            var record in records.WithCancellation(cancellationToken).ConfigureAwait(false)
        )
        {
            state.Add(record);
        }

        return state.Finish(Array.Empty<ValidationError>());
    }
#endif

    /// <summary>
    /// The running state, in columns indexed by learner (in order of first appearance). Records read from CSV carry
    /// dense keys for their learner and activity (<see cref="EncounterRecord.LearnerKey"/>), so the state is found by
    /// indexing an array; records from anywhere else are found by id in a dictionary. The activities that counted for
    /// a learner are a linked list in two shared arrays, checked for duplicates.
    /// </summary>
    private sealed class Accumulator
    {
        private readonly EncounterPolicy policy;
        private readonly LocalDate asAt;
        private readonly AcademicYear asAtYear;
        private readonly bool asAtSupported;
        private readonly int years;
        private readonly LocalDate[] windowStarts = new LocalDate[YearGroup.MaxNumber + 1];
        private readonly LocalDate[] windowEnds = new LocalDate[YearGroup.MaxNumber + 1];
        private readonly long[] notCounted = new long[6];
        private readonly List<ValidationError> problems = [];
        private long records;

        // One entry per learner.
        private string[] ids = new string[1024];
        private string?[] institutions = new string?[1024];
        private YearGroup[] yearGroups = new YearGroup[1024];
        private int[] counts = new int[1024];
        private int[] perYear;
        private int[] countedHead = new int[1024]; // 1 + index into the counted arrays; 0 when none
        private int learners;

        // One entry per record that counted.
        private int[] countedActivity = new int[1024];
        private int[] countedNext = new int[1024];
        private int counted;

        // Records from one CSV read: its learner key to 1 + the learner's index.
        private CsvIds? source;
        private int[] byKey = new int[1024];

        // Records from anywhere else, and every record once two sources have been seen.
        private Dictionary<string, int>? byId;
        private Dictionary<string, int>? activityKeys;
        private string? lastId;
        private int lastIndex;

        public Accumulator(EncounterPolicy policy, LocalDate asAt)
        {
            this.policy = policy;
            this.asAt = asAt;
            years = policy.LastYearGroup.Number - policy.FirstYearGroup.Number + 1;
            perYear = new int[1024 * years];

            // Outside the supported range the as-at date is a problem: records are still read, to report theirs.
            asAtSupported = SupportedDates.CheckAsAt(asAt, problems);
            if (!asAtSupported)
            {
                return;
            }

            asAtYear = AcademicYear.ForDate(asAt);
            for (var n = 0; n <= YearGroup.MaxNumber; n++)
            {
                (windowStarts[n], windowEnds[n]) = EntitlementRules.Window(
                    policy,
                    n == 0 ? YearGroup.Reception : YearGroup.FromNumber(n),
                    asAtYear
                );
            }
        }

        /// <summary>Counts a record, and returns its learner's index.</summary>
        public int Add(in EncounterRecord record)
        {
            records++;
            var l = Learner(record, out var isNew);
            if (!isNew && yearGroups[l] != record.YearGroup && problems.Count < MaxProblems)
            {
                problems.Add(
                    new(
                        "record.year-group",
                        JsonPointer.Append("/records", (int)Math.Min(records, int.MaxValue)),
                        $"Record {records} puts learner '{record.LearnerId}' in {record.YearGroup}; an earlier record put them in {yearGroups[l]}."
                    )
                );
            }

            if (!AcademicYear.IsSupported(record.Date))
            {
                if (problems.Count < MaxProblems)
                {
                    SupportedDates.Check(
                        record.Date,
                        "record.date-range",
                        JsonPointer.Append(
                            JsonPointer.Append("/records", (int)Math.Min(records, int.MaxValue)),
                            "date"
                        ),
                        $"Record {records} (activity '{record.ActivityId}') is dated",
                        problems
                    );
                }

                return l;
            }

            if (!asAtSupported)
            {
                return l;
            }

            var yearGroup = yearGroups[l].Number;
            var windowStart = windowStarts[yearGroup];
            var reason =
                record.Date > asAt ? NotCountedReason.AfterAsAt
                : !policy.Qualifies(record.Kind) ? NotCountedReason.WrongKind
                : record.Date < windowStart || record.Date > windowEnds[yearGroup]
                    ? NotCountedReason.OutsideWindow
                : !policy.IsMeaningful(record.Evidence) ? NotCountedReason.NotMeaningful
                : 0;
            var activity = 0;
            if (reason == 0)
            {
                activity = Activity(record);
                for (var c = countedHead[l] - 1; c >= 0; c = countedNext[c] - 1)
                {
                    if (countedActivity[c] == activity)
                    {
                        reason = NotCountedReason.Duplicate;
                        break;
                    }
                }
            }

            if (reason != 0)
            {
                notCounted[(int)reason]++;
                return l;
            }

            if (counted == countedActivity.Length)
            {
                Array.Resize(ref countedActivity, counted * 2);
                Array.Resize(ref countedNext, counted * 2);
            }

            countedActivity[counted] = activity;
            countedNext[counted] = countedHead[l];
            countedHead[l] = ++counted;
            var units =
                policy.CountingUnit == CountingUnit.PerOccasion ? 1 : Math.Max(1, record.Employers);
            counts[l] += units;
            perYear[(l * years) + EntitlementRules.YearIndex(windowStart, record.Date)] += units;
            return l;
        }

        /// <summary>The learner's index, adding the learner on their first record.</summary>
        private int Learner(in EncounterRecord record, out bool isNew)
        {
            isNew = false;
            if (records == 1 && record.Source is not null)
            {
                source = record.Source;
            }

            if (byId is null && record.Source is not null && ReferenceEquals(record.Source, source))
            {
                var key = record.LearnerKey;
                if (key >= byKey.Length)
                {
                    Array.Resize(ref byKey, Math.Max(key + 1, byKey.Length * 2));
                }

                if (byKey[key] == 0)
                {
                    byKey[key] = New(record) + 1;
                    isNew = true;
                }

                return byKey[key] - 1;
            }

            if (byId is null)
            {
                // A record from another source: from now on every learner and activity is found by id.
                byId = new Dictionary<string, int>(Math.Max(learners, 16), StringComparer.Ordinal);
                for (var i = 0; i < learners; i++)
                {
                    byId[ids[i]] = i;
                }

                activityKeys = new Dictionary<string, int>(StringComparer.Ordinal);
                if (source is not null)
                {
                    for (var a = 0; a < source.Activities.Count; a++)
                    {
                        activityKeys[source.Activities.Key(a)] = a;
                    }
                }
            }

            if (ReferenceEquals(record.LearnerId, lastId) || record.LearnerId == lastId)
            {
                return lastIndex;
            }

            if (!byId.TryGetValue(record.LearnerId, out var index))
            {
                index = New(record);
                byId[record.LearnerId] = index;
                isNew = true;
            }

            lastId = record.LearnerId;
            lastIndex = index;
            return index;
        }

        private int Activity(in EncounterRecord record)
        {
            if (activityKeys is null)
            {
                return record.ActivityKey;
            }

            if (!activityKeys.TryGetValue(record.ActivityId, out var key))
            {
                key = activityKeys.Count + (source?.Activities.Count ?? 0);
                activityKeys[record.ActivityId] = key;
            }

            return key;
        }

        private int New(in EncounterRecord record)
        {
            if (learners == ids.Length)
            {
                var size = learners * 2;
                Array.Resize(ref ids, size);
                Array.Resize(ref institutions, size);
                Array.Resize(ref yearGroups, size);
                Array.Resize(ref counts, size);
                Array.Resize(ref countedHead, size);
                Array.Resize(ref perYear, size * years);
            }

            ids[learners] = record.LearnerId;
            institutions[learners] = record.InstitutionId;
            yearGroups[learners] = record.YearGroup;
            return learners++;
        }

        private EntitlementStatus Status(
            int learner,
            out int shortfall,
            out EntitlementMilestone? next
        ) =>
            EntitlementRules.Status(
                policy,
                yearGroups[learner],
                counts[learner],
                perYear.AsSpan(learner * years, years),
                asAt,
                asAtYear,
                out shortfall,
                out next
            );

        /// <summary>The learners of a finished evaluation, each made from the columns when it is read. Thread-safe.</summary>
        private sealed class LearnerColumns(Accumulator state, int count)
            : IReadOnlyList<StreamedLearnerEntitlement>
        {
            public int Count => count;

            public StreamedLearnerEntitlement this[int index]
            {
                get
                {
                    if ((uint)index >= (uint)count)
                    {
                        throw new ArgumentOutOfRangeException(
                            nameof(index),
                            index,
                            $"There are {count} learners."
                        );
                    }

                    var status = state.Status(index, out var shortfall, out var next);
                    return new StreamedLearnerEntitlement(
                        state.ids[index],
                        state.institutions[index],
                        state.yearGroups[index],
                        status,
                        state.counts[index],
                        shortfall,
                        next
                    );
                }
            }

            public IEnumerator<StreamedLearnerEntitlement> GetEnumerator()
            {
                for (var l = 0; l < count; l++)
                {
                    yield return this[l];
                }
            }

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() =>
                GetEnumerator();
        }

        public StreamedEntitlementResult Finish(IReadOnlyList<ValidationError> readProblems)
        {
            var all = readProblems.Concat(problems).Take(MaxProblems).ToArray();
            var shown = all.Length == 0 ? learners : 0;
            var statuses = new int[5];
            for (var l = 0; l < shown; l++)
            {
                statuses[(int)Status(l, out _, out _)]++;
            }

            var reasons = new Dictionary<NotCountedReason, long>();
            for (var r = 1; r < notCounted.Length; r++)
            {
                reasons[(NotCountedReason)r] = notCounted[r];
            }

            // The result reads the learners' columns; what only the counting needed can go.
            countedActivity = [];
            countedNext = [];
            countedHead = [];
            activityKeys = null;
            return new StreamedEntitlementResult(
                new Provenance(policy.Id, policy.Version, asAt),
                new LearnerColumns(this, shown),
                new StatusCounts(statuses),
                records,
                reasons,
                all,
                byId,
                byId is null ? source : null,
                byId is null ? byKey : null
            );
        }
    }
}
