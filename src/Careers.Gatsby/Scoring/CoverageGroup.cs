using System;
using System.Collections.Generic;

namespace Careers.Gatsby;

/// <summary>
/// How far one group of learners (a year group, or the leavers of one year) meets a learner-evidenced criterion:
/// how many are in scope, how many meet it, the share and its band, and who still lacks it. Immutable.
/// </summary>
public sealed class CoverageGroup
{
    internal CoverageGroup(
        string name,
        YearGroup? yearGroup,
        bool isAssessed,
        int inScope,
        IReadOnlyList<string> lacking,
        string need
    )
    {
        Name = name;
        YearGroup = yearGroup;
        IsAssessed = isAssessed;
        InScope = inScope;
        Lacking = lacking;
        Meeting = inScope - lacking.Count;
        Share = inScope == 0 ? 0m : (decimal)Meeting / inScope;
        Band = CoverageBands.Of(Share);
        Explanation =
            lacking.Count == 0
                ? FormattableString.Invariant($"{name}: all {inScope} learners have {need}.")
                : FormattableString.Invariant(
                    $"{name}: {lacking.Count} of {inScope} {(inScope == 1 ? "learner" : "learners")} still {(lacking.Count == 1 ? "needs" : "need")} {need}."
                );
    }

    /// <summary>The group's name, for example "Year 10" or "Left in 2023/24".</summary>
    public string Name { get; }

    /// <summary>The year group, for year-group groups.</summary>
    public YearGroup? YearGroup { get; }

    /// <summary>
    /// Whether the criterion is judged on this group. For a deadline ("by the age of 16") only the year group whose
    /// end is the deadline is judged; younger year groups are shown as progress.
    /// </summary>
    public bool IsAssessed { get; }

    /// <summary>The number of learners in scope.</summary>
    public int InScope { get; }

    /// <summary>The number of learners who meet the criterion.</summary>
    public int Meeting { get; }

    /// <summary>The share who meet it, from 0 to 1, unrounded.</summary>
    public decimal Share { get; }

    /// <summary>The band of <see cref="Share"/>.</summary>
    public CoverageBand Band { get; }

    /// <summary>The ids of the learners who do not meet it, in the order the evidence listed them.</summary>
    public IReadOnlyList<string> Lacking { get; }

    /// <summary>What the group still needs, for example "Year 10: 132 of 180 learners still need at least one meaningful employer encounter this academic year."</summary>
    public string Explanation { get; }
}
