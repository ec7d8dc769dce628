using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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
    internal StreamedEntitlementResult(
        Provenance provenance,
        IReadOnlyList<StreamedLearnerEntitlement> learners,
        long records,
        IReadOnlyDictionary<NotCountedReason, long> notCounted,
        IReadOnlyList<ValidationError> problems
    )
    {
        Provenance = provenance;
        Learners = learners;
        Records = records;
        NotCounted = notCounted;
        Problems = problems;
        var counts = new int[5];
        foreach (var learner in learners)
        {
            counts[(int)learner.Status]++;
        }

        Overall = new StatusCounts(counts);
    }

    /// <summary>Whether every record was read and consistent; when not, <see cref="Learners"/> is empty.</summary>
    public bool Success => Problems.Count == 0;

    /// <summary>The policy's id and version and the as-at date.</summary>
    public Provenance Provenance { get; }

    /// <summary>Each learner who appeared in the records, in order of first appearance.</summary>
    public IReadOnlyList<StreamedLearnerEntitlement> Learners { get; }

    /// <summary>How many records were read.</summary>
    public long Records { get; }

    /// <summary>How many records did not count, by reason.</summary>
    public IReadOnlyDictionary<NotCountedReason, long> NotCounted { get; }

    /// <summary>Every learner by status.</summary>
    public StatusCounts Overall { get; }

    /// <summary>The problems found (at most 1,000 are kept); empty on success.</summary>
    public IReadOnlyList<ValidationError> Problems { get; }
}

/// <summary>
/// Evaluates the entitlement over records that arrive one at a time — millions of rows from an MIS export — in memory
/// proportional to the number of learners and the encounters that count, not to the number of records. Each record
/// is judged on its own evidence; a repeat of a record that already counted is a <see cref="NotCountedReason.Duplicate"/>.
/// The status rules are those of <see cref="EntitlementEvaluator"/>.
/// </summary>
public static class EntitlementStream
{
    private const int MaxProblems = 1000;

    /// <summary>Evaluates records as at a date.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="records">The records, in any order.</param>
    /// <param name="asAt">The date.</param>
    /// <returns>The result.</returns>
    public static StreamedEntitlementResult Evaluate(
        EncounterPolicy policy,
        IEnumerable<EncounterRecord> records,
        LocalDate asAt
    )
    {
        Guard.NotNull(policy, nameof(policy));
        Guard.NotNull(records, nameof(records));
        var state = new Accumulator(policy, asAt);
        foreach (var record in records)
        {
            state.Add(record);
        }

        return state.Finish(Array.Empty<ValidationError>());
    }

    /// <summary>Evaluates CSV text in the <see cref="EncounterCsv"/> format as at a date.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="csv">The CSV text.</param>
    /// <param name="asAt">The date.</param>
    /// <returns>The result; a row that cannot be read is a problem, and any problem means no learners are returned.</returns>
    public static StreamedEntitlementResult EvaluateCsv(
        EncounterPolicy policy,
        TextReader csv,
        LocalDate asAt
    )
    {
        Guard.NotNull(policy, nameof(policy));
        var problems = new List<ValidationError>();
        var state = new Accumulator(policy, asAt);
        foreach (var record in EncounterCsv.Read(csv, problems))
        {
            state.Add(record);
        }

        return state.Finish(problems);
    }

#if NET
    /// <summary>Evaluates records from an asynchronous source as at a date.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="records">The records, in any order.</param>
    /// <param name="asAt">The date.</param>
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
            asAtYear = AcademicYear.ForDate(asAt);
            years = policy.LastYearGroup.Number - policy.FirstYearGroup.Number + 1;
            perYear = new int[1024 * years];
            for (var n = 0; n <= YearGroup.MaxNumber; n++)
            {
                (windowStarts[n], windowEnds[n]) = EntitlementRules.Window(
                    policy,
                    n == 0 ? YearGroup.Reception : YearGroup.FromNumber(n),
                    asAtYear
                );
            }
        }

        public void Add(in EncounterRecord record)
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
                return;
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

        public StreamedEntitlementResult Finish(IReadOnlyList<ValidationError> readProblems)
        {
            var all = readProblems.Concat(problems).Take(MaxProblems).ToArray();
            var results = new StreamedLearnerEntitlement[all.Length == 0 ? learners : 0];
            for (var l = 0; l < results.Length; l++)
            {
                var status = EntitlementRules.Status(
                    policy,
                    yearGroups[l],
                    counts[l],
                    perYear.AsSpan(l * years, years),
                    asAt,
                    out var shortfall,
                    out var next
                );
                results[l] = new StreamedLearnerEntitlement(
                    ids[l],
                    institutions[l],
                    yearGroups[l],
                    status,
                    counts[l],
                    shortfall,
                    next
                );
            }

            var reasons = new Dictionary<NotCountedReason, long>();
            for (var r = 1; r < notCounted.Length; r++)
            {
                reasons[(NotCountedReason)r] = notCounted[r];
            }

            return new StreamedEntitlementResult(
                new Provenance(policy.Id, policy.Version, asAt),
                Array.AsReadOnly(results),
                records,
                reasons,
                all
            );
        }
    }
}
