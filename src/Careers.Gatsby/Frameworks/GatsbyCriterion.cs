using System;

namespace Careers.Gatsby;

/// <summary>
/// One criterion of a benchmark (an "assessment area" in Compass): a stable id such as <c>2024.schools.B5.1</c>, its
/// text, its source, and how it is evidenced. Immutable.
/// </summary>
public sealed class GatsbyCriterion
{
    internal GatsbyCriterion(
        string id,
        int benchmark,
        string text,
        bool isQuoted,
        string source,
        LearnerRequirement? requirement
    )
    {
        Id = id;
        Benchmark = benchmark;
        Text = text;
        IsQuoted = isQuoted;
        Source = source;
        Requirement = requirement;
    }

    /// <summary>The stable id: edition, audience, benchmark and position, for example <c>2024.schools.B5.1</c>.</summary>
    public string Id { get; }

    /// <summary>The number of the benchmark the criterion belongs to, 1–8.</summary>
    public int Benchmark { get; }

    /// <summary>The criterion's text: the publisher's words when <see cref="IsQuoted"/>, else this SDK's summary of them.</summary>
    public string Text { get; }

    /// <summary>Whether <see cref="Text"/> quotes the publisher; when not, it summarises what the source asks.</summary>
    public bool IsQuoted { get; }

    /// <summary>The publication the criterion comes from.</summary>
    public string Source { get; }

    /// <summary>How the criterion is evidenced: declared by the institution, or proved by learners' activity records.</summary>
    public CriterionEvidence Evidence =>
        Requirement is null ? CriterionEvidence.Declared : CriterionEvidence.LearnerEvidence;

    /// <summary>What each learner must have for a learner-evidenced criterion; <see langword="null"/> for a declared one.</summary>
    public LearnerRequirement? Requirement { get; }

    /// <summary>The id and the text.</summary>
    /// <returns>The criterion on one line.</returns>
    public override string ToString() => $"{Id}: {Text}";
}
