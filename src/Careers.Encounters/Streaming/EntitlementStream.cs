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

    private sealed class LearnerState(
        string? institutionId,
        YearGroup yearGroup,
        LocalDate windowStart,
        LocalDate windowEnd,
        int years
    )
    {
        public string? InstitutionId { get; } = institutionId;

        public YearGroup YearGroup { get; } = yearGroup;

        public LocalDate WindowStart { get; } = windowStart;

        public LocalDate WindowEnd { get; } = windowEnd;

        public int Count { get; set; }

        public int[] PerYear { get; } = new int[years];

        public List<string> Counted { get; } = [];
    }

    private sealed class Accumulator(EncounterPolicy policy, LocalDate asAt)
    {
        private readonly AcademicYear asAtYear = AcademicYear.ForDate(asAt);
        private readonly Dictionary<string, LearnerState> learners = new(StringComparer.Ordinal);
        private readonly List<string> order = [];
        private readonly long[] notCounted = new long[6];
        private readonly List<ValidationError> problems = [];
        private long records;

        public void Add(in EncounterRecord record)
        {
            records++;
            if (!learners.TryGetValue(record.LearnerId, out var learner))
            {
                var (start, end) = EntitlementRules.Window(policy, record.YearGroup, asAtYear);
                learner = new LearnerState(
                    record.InstitutionId,
                    record.YearGroup,
                    start,
                    end,
                    policy.LastYearGroup.Number - policy.FirstYearGroup.Number + 1
                );
                learners.Add(record.LearnerId, learner);
                order.Add(record.LearnerId);
            }
            else if (learner.YearGroup != record.YearGroup && problems.Count < MaxProblems)
            {
                problems.Add(
                    new(
                        "record.year-group",
                        JsonPointer.Append("/records", (int)Math.Min(records, int.MaxValue)),
                        $"Record {records} puts learner '{record.LearnerId}' in {record.YearGroup}; an earlier record put them in {learner.YearGroup}."
                    )
                );
            }

            var reason =
                record.Date > asAt ? NotCountedReason.AfterAsAt
                : !policy.Qualifies(record.Kind) ? NotCountedReason.WrongKind
                : record.Date < learner.WindowStart || record.Date > learner.WindowEnd
                    ? NotCountedReason.OutsideWindow
                : !policy.IsMeaningful(record.Evidence) ? NotCountedReason.NotMeaningful
                : learner.Counted.Contains(record.ActivityId) ? NotCountedReason.Duplicate
                : 0;
            if (reason != 0)
            {
                notCounted[(int)reason]++;
                return;
            }

            var units =
                policy.CountingUnit == CountingUnit.PerOccasion ? 1 : Math.Max(1, record.Employers);
            learner.Counted.Add(record.ActivityId);
            learner.Count += units;
            learner.PerYear[EntitlementRules.YearIndex(learner.WindowStart, record.Date)] += units;
        }

        public StreamedEntitlementResult Finish(IReadOnlyList<ValidationError> readProblems)
        {
            var all = readProblems.Concat(problems).Take(MaxProblems).ToArray();
            var results = new List<StreamedLearnerEntitlement>(all.Length == 0 ? order.Count : 0);
            if (all.Length == 0)
            {
                foreach (var id in order)
                {
                    var learner = learners[id];
                    var status = EntitlementRules.Status(
                        policy,
                        learner.YearGroup,
                        learner.Count,
                        learner.PerYear,
                        asAt,
                        out var shortfall,
                        out var next
                    );
                    results.Add(
                        new StreamedLearnerEntitlement(
                            id,
                            learner.InstitutionId,
                            learner.YearGroup,
                            status,
                            learner.Count,
                            shortfall,
                            next
                        )
                    );
                }
            }

            var reasons = new Dictionary<NotCountedReason, long>();
            for (var r = 1; r < notCounted.Length; r++)
            {
                reasons[(NotCountedReason)r] = notCounted[r];
            }

            return new StreamedEntitlementResult(
                new Provenance(policy.Id, policy.Version, asAt),
                results.AsReadOnly(),
                records,
                reasons,
                all
            );
        }
    }
}
