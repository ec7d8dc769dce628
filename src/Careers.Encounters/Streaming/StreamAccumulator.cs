using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Careers.Encounters.Streaming;

/// <summary>
/// The running state, in columns indexed by learner (in order of first appearance). Records read from CSV carry
/// dense keys for their learner and activity (<see cref="EncounterRecord.LearnerKey"/>), so the state is found by
/// indexing an array; records from anywhere else are found by id in a dictionary. The activities that counted for
/// a learner are a linked list in two shared arrays, checked for duplicates.
/// </summary>
internal sealed class StreamAccumulator
{
    /// <summary>At most this many problems are kept.</summary>
    public const int MaxProblems = 1000;

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

    // One entry per learner. A learner found by key (from the one CSV read) has no string id here until the switch
    // to ids, but its key: the read makes the string only when it is asked for.
    private string?[] ids = new string?[1024];
    private int[] keys = new int[1024];
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

    public StreamAccumulator(EncounterPolicy policy, LocalDate asAt)
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
        var reason = EncounterCounting.Classify(
            policy,
            asAt,
            windowStart,
            windowEnds[yearGroup],
            record.Kind,
            record.Date,
            record.Evidence
        );
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
        var units = EncounterCounting.Units(policy, record.Employers);
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
                byId[ids[i] = Id(i)] = i;
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
            Array.Resize(ref keys, size);
            Array.Resize(ref institutions, size);
            Array.Resize(ref yearGroups, size);
            Array.Resize(ref counts, size);
            Array.Resize(ref countedHead, size);
            Array.Resize(ref perYear, size * years);
        }

        if (byId is null)
        {
            keys[learners] = record.LearnerKey;
        }
        else
        {
            ids[learners] = record.LearnerId;
        }

        institutions[learners] = record.InstitutionId;
        yearGroups[learners] = record.YearGroup;
        return learners++;
    }

    /// <summary>A learner's id, made a string by the read that found it when it has none yet.</summary>
    private string Id(int learner) => ids[learner] ?? source!.Learners.Key(keys[learner]);

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
    private sealed class LearnerColumns(StreamAccumulator state, int count)
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
                    state.Id(index),
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

    /// <summary>
    /// The result, or the problems: those of reading (<paramref name="readProblems"/>) first, then the records', at most
    /// <see cref="MaxProblems"/> in all.
    /// </summary>
    public Evaluation<StreamedEntitlementResult> Finish(IReadOnlyList<ValidationError> readProblems)
    {
        if (readProblems.Count > 0 || problems.Count > 0)
        {
            return Evaluation<StreamedEntitlementResult>.Of(
                readProblems.Concat(problems).Take(MaxProblems).ToArray()
            );
        }

        var statuses = new int[5];
        for (var l = 0; l < learners; l++)
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
        return Evaluation<StreamedEntitlementResult>.Of(
            new StreamedEntitlementResult(
                new Provenance(policy.Id, policy.Version, asAt),
                new LearnerColumns(this, learners),
                new StatusCounts(statuses),
                records,
                reasons,
                byId,
                byId is null ? source : null,
                byId is null ? byKey : null
            )
        );
    }
}
