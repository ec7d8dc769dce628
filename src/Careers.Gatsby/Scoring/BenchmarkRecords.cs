using System;
using System.Collections.Generic;
using System.Linq;

namespace Careers.Gatsby;

/// <summary>
/// What learner-evidence scoring needs beyond the <see cref="ActivityRecord"/>: Benchmark 3's advice records and
/// leavers' destinations, and which learners are considering higher education, for Benchmark 7's university visits
/// (docs/articles/domain.md §3). Immutable; <see cref="None"/> when an institution keeps none of them.
/// </summary>
public sealed class BenchmarkRecords
{
    private readonly IReadOnlyCollection<string> consideringHigherEducation = Array.Empty<string>();
    private readonly IReadOnlyCollection<string> adviceRecords = Array.Empty<string>();
    private readonly IReadOnlyList<LeaverDestinations> leavers = Array.Empty<LeaverDestinations>();

    /// <summary>No records: nobody listed as considering higher education, no advice records, no leavers.</summary>
    public static BenchmarkRecords None { get; } = new();

    /// <summary>
    /// The ids of learners considering applying to higher education (Benchmark 7's visits by 18 apply to them). Each
    /// must be the id of a learner of the activity record: another is the problem <c>evidence.unknown-learner</c> at
    /// <c>/consideringHigherEducation/{index}</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null, or to a sequence holding null.</exception>
    public IReadOnlyCollection<string> ConsideringHigherEducation
    {
        get => consideringHigherEducation;
        init => consideringHigherEducation = Copy(value, nameof(ConsideringHigherEducation));
    }

    /// <summary>
    /// The ids of learners with a systematic record of the advice given to them and the decisions agreed (Benchmark
    /// 3). Each must be the id of a learner of the activity record: another is the problem
    /// <c>evidence.unknown-learner</c> at <c>/adviceRecords/{index}</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null, or to a sequence holding null.</exception>
    public IReadOnlyCollection<string> AdviceRecords
    {
        get => adviceRecords;
        init => adviceRecords = Copy(value, nameof(AdviceRecords));
    }

    /// <summary>
    /// The destination records of learners who have left (Benchmark 3). Their ids are not checked against the
    /// learners of the activity record: leavers have left.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null, or to a sequence holding null.</exception>
    public IReadOnlyList<LeaverDestinations> Leavers
    {
        get => leavers;
        init => leavers = Copy(value, nameof(Leavers));
    }

    private static T[] Copy<T>(IEnumerable<T> items, string name)
    {
        var copy = Guard.NotNull(items, name).ToArray();
        return copy.Any(i => i is null)
            ? throw new ArgumentNullException(name, "The sequence contains null.")
            : copy;
    }
}
